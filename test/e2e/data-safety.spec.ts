import { expect, test } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { completeFirstStart, expectTypingKept, openApp } from './helpers';

test('typing survives an immediate reload; backup, delete, restore through the UI', async ({
  page,
}, testInfo) => {
  await openApp(page, 'en');
  await completeFirstStart(page, 'Textile company manager', 'Saraa');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();

  // Autosave: reload straight after typing; the pagehide flush must have saved it.
  const nameInput = page.getByLabel('Your name');
  await nameInput.fill('Saraa Bold');
  await page.reload();
  await expectTypingKept(page, page.getByLabel('Your name'), 'Saraa Bold');

  // Backup with the demo companies in it.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup now' }).click();
  const backupPath = testInfo.outputPath('backup.json');
  await (await download).saveAs(backupPath);
  await expect(page.getByText(/Backup saved/)).toBeVisible();
  const backup = JSON.parse(await readFile(backupPath, 'utf8')) as {
    app: string;
    schemaVersion: number;
  };
  expect(backup.app).toBe('GreenThread');
  expect(backup.schemaVersion).toBeGreaterThan(1);

  // Delete a demo company: it goes to the trash after a confirmation.
  await page.getByRole('link', { name: 'Organisations' }).click();
  await page.getByRole('button', { name: 'Delete Торгон Оёдол ХХК' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Torgon Garments LLC')).toHaveCount(0);

  // A damaged backup is refused and changes nothing.
  await page.getByRole('link', { name: 'Settings' }).click();
  const broken = testInfo.outputPath('broken.json');
  await writeFile(broken, (await readFile(backupPath, 'utf8')).slice(0, 500));
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await (await chooser).setFiles(broken);
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  await expect(page.getByRole('cell', { name: 'Торгон Оёдол ХХК' })).toBeVisible(); // still in the trash

  // The real backup, replacing: the deleted company is back.
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await (await chooser).setFiles(backupPath);
  await page.getByLabel(/Replace: this installation/).check();
  await page.screenshot({ path: testInfo.outputPath('restore-dialog-en.png') });
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/Restored \d+ records/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('settings-en.png'), fullPage: true });
  await page.getByRole('link', { name: 'Organisations' }).click();
  await expect(page.getByText('Torgon Garments LLC')).toBeVisible();
});
