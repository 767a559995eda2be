import { expect, test, type Page } from '@playwright/test';
import { mkdir, readFile } from 'node:fs/promises';
import { completeFirstStart, openApp } from './helpers';

// An evidence file in a real browser: "Save a copy…" downloads the very bytes attached, under
// the file's own name; a file over the bank server's 25 MB limit (one kept from before the limit)
// says on its row and in Settings → Bank server that it stays on this computer. Screenshots of
// both, in English and Mongolian, are kept in test-results/evidence/.
const PERMIT = Buffer.from('%PDF-1.4 water permit \u0000\u00ff scanned at the aimag office');
const SURVEY = Buffer.from('%PDF-1.4 the 2023 energy survey');

async function vcpCard(page: Page) {
  await page.getByRole('link', { name: 'Self-assessment (VCP)', exact: true }).click();
  await page.locator('.pillar-nav button').first().click();
  return page.locator('.vcp-items [data-item]').first();
}

/** As the desktop would be after an old version: linked to a bank server, one large file. */
async function linkedWithOldLargeFile(page: Page, name: string) {
  await page.evaluate(async (fileName) => {
    const open = indexedDB.open('greenthread');
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open'));
    });
    const tx = idb.transaction(['settings', 'evidenceFiles'], 'readwrite');
    tx.objectStore('settings').put({
      key: 'syncDevice',
      value: {
        serverUrl: 'http://127.0.0.1:9',
        deviceId: 'd-e2e',
        deviceName: 'GreenThread browser',
        token: 't',
        user: { id: 7, username: 'bat', displayName: 'Bat', role: 'officer', branchId: 'north' },
        signedInAt: '2026-11-01T08:00:00.000Z',
      },
    });
    const files = tx.objectStore('evidenceFiles');
    files.openCursor().onsuccess = (event) => {
      const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
      if (!cursor) return;
      const row = cursor.value as { name: string; size: number };
      if (row.name === fileName) cursor.update({ ...row, size: 31 * 1024 * 1024 });
      cursor.continue();
    };
    await new Promise((resolve) => (tx.oncomplete = resolve));
    idb.close();
  }, name);
}

test('save a copy of an evidence file; a file over 25 MB is shown as not sent', async ({
  page,
}, testInfo) => {
  const dir = testInfo.outputPath('evidence');
  await mkdir(dir, { recursive: true });
  await openApp(page, 'en');
  await completeFirstStart(page);
  await page.goto('/#/');
  await page.getByLabel('Name (Mongolian)').fill('Дархан Ноолуур ХХК');
  await page.getByLabel('Name (English)').fill('Darkhan Cashmere LLC');
  await page.getByRole('button', { name: 'Create organisation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Company profile' })).toBeVisible();
  const orgUrl = page.url();

  const card = await vcpCard(page);
  const input = card.getByLabel(/^Attach evidence for “.+”$/);
  await input.setInputFiles({ name: 'permit.pdf', mimeType: 'application/pdf', buffer: PERMIT });
  await input.setInputFiles({
    name: 'survey-2023.pdf',
    mimeType: 'application/pdf',
    buffer: SURVEY,
  });
  await expect(card.locator('.evidence-name')).toHaveCount(2);

  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Save a copy of permit.pdf' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('permit.pdf');
  expect(Buffer.compare(await readFile((await saved.path()) ?? ''), PERMIT)).toBe(0);

  await linkedWithOldLargeFile(page, 'survey-2023.pdf');
  for (const lang of ['en', 'mn'] as const) {
    if (lang === 'mn') {
      await page.goto('/#/settings');
      await page.getByRole('combobox', { name: 'Language' }).selectOption('mn');
    }
    await page.goto(orgUrl.replace(/\/[^/]+$/, '/vcp'));
    await page.reload();
    await page.locator('.pillar-nav button').first().click();
    const again = page.locator('.vcp-items [data-item]').first();
    await expect(again.getByRole('note')).toContainText(lang === 'en' ? '25 MB' : '25 MB-аас');
    await again.scrollIntoViewIfNeeded();
    await again.screenshot({ path: `${dir}/evidence-row-${lang}.png` });

    await page.goto('/#/settings');
    const facts = page.getByTestId('evidence-not-sent');
    await expect(facts).toContainText('survey-2023.pdf');
    await page.locator('#bank-server-title').scrollIntoViewIfNeeded();
    await page
      .locator('section.settings-section', { has: page.locator('#bank-server-title') })
      .screenshot({ path: `${dir}/bank-server-${lang}.png` });
  }
});
