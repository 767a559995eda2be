import { expect, test, type Page } from '@playwright/test';
import { completeFirstStart, openApp } from './helpers';

// Issue 17, several windows: a backup restored in one window while a second window edits the
// monthly grid of the same installation. The second window stops writing and reloads; what it
// had typed is offered back (never written silently), and no write lands for an organisation
// that the restore removed — no orphan month, no audit event.

async function createScourer(page: Page, nameMn: string, nameEn: string): Promise<string> {
  await page.goto('/#/');
  await page.getByLabel('Name (Mongolian)').fill(nameMn);
  await page.getByLabel('Name (English)').fill(nameEn);
  await page.getByRole('button', { name: 'Create organisation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Company profile' })).toBeVisible();
  await page.getByLabel('Scouring (washing)').check();
  await expect(page.getByTestId('profile-save-status')).toHaveText('All changes saved');
  await page.getByRole('link', { name: 'Monthly data', exact: true }).click();
  await page.getByLabel('Year', { exact: true }).selectOption('2025');
  return /org\/([^/]+)\//.exec(page.url())?.[1] ?? '';
}

const cell = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Rows of one organisation in the periods and audit tables, read straight from IndexedDB. */
function rowsOf(page: Page, orgId: string) {
  return page.evaluate(async (id) => {
    const open = indexedDB.open('greenthread');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const all = (store: string) =>
      new Promise<Record<string, unknown>[]>((resolve) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
      });
    const periods = (await all('periods')).filter((r) => r.orgId === id);
    const audit = (await all('auditEvents')).filter((r) => r.orgId === id);
    db.close();
    return { periods, audit: audit.length };
  }, orgId);
}

test('restore in one window while a second edits the grid: nothing lost, nothing orphaned', async ({
  page,
}, testInfo) => {
  page.on('pageerror', (e) => {
    console.error(`page error: ${e.message}`);
  });
  await openApp(page, 'en');
  await completeFirstStart(page, 'Textile company manager', 'Saraa');

  // Kept: a company with January in the backup.
  const kept = await createScourer(page, 'Нөөц Ноос ХХК', 'Backup Wool LLC');
  await cell(page, 'Electricity (grid), Jan').click();
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('metrics-save-status')).toHaveText('All figures saved');
  await page.getByRole('link', { name: 'Settings' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup now' }).click();
  const backupPath = testInfo.outputPath('backup.json');
  await (await download).saveAs(backupPath);

  // Gone: a company created after the backup, so the restore removes it.
  const gone = await createScourer(page, 'Алга ХХК', 'Gone LLC');
  expect([kept, gone]).not.toContain('');

  // Second window: typing in Backup Wool's February (not left yet) ...
  const second = await page.context().newPage();
  await second.goto(`/#/org/${kept}/metrics`);
  await second.getByLabel('Year', { exact: true }).selectOption('2025');
  await cell(second, 'Electricity (grid), Feb').click();
  await second.keyboard.type('13');
  // ... and a third on Gone LLC: one figure stored, one typed and not left.
  const third = await page.context().newPage();
  await third.goto(`/#/org/${gone}/metrics`);
  await third.getByLabel('Year', { exact: true }).selectOption('2025');
  await cell(third, 'Electricity (grid), Jan').click();
  await third.keyboard.type('55');
  await third.keyboard.press('Tab');
  await expect(third.getByTestId('metrics-save-status')).toHaveText('All figures saved');
  await third.keyboard.type('56');

  // The first window restores the backup, replacing everything.
  await page.getByRole('link', { name: 'Settings' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await (await chooser).setFiles(backupPath);
  await page.getByLabel(/Replace: this installation/).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/Restored \d+ records/)).toBeVisible();

  // The second window reloaded with the restored data; its typing is offered back, not written.
  await expect(second.getByRole('button', { name: 'Save them' })).toBeVisible({ timeout: 20_000 });
  await second.getByLabel('Year', { exact: true }).selectOption('2025');
  await expect(cell(second, 'Electricity (grid), Feb')).toHaveValue('13');
  await expect(cell(second, 'Electricity (grid), Jan')).toHaveValue('12');
  expect((await rowsOf(page, kept)).periods.map((p) => p.period)).toEqual(['2025-01']);
  await second.getByRole('button', { name: 'Save them' }).click();
  await expect(second.getByTestId('metrics-save-status')).toHaveText('All figures saved');
  await expect
    .poll(async () => (await rowsOf(page, kept)).periods.map((p) => p.period))
    .toEqual(['2025-01', '2025-02']);

  // Gone LLC: the third window reloaded too; nothing was written for the company that no longer
  // exists, and its typing stays in the journal rather than vanishing.
  await expect(third.getByTestId('restore-elsewhere')).toHaveCount(0, { timeout: 20_000 });
  await third.waitForLoadState('load');
  await expect.poll(async () => rowsOf(page, gone)).toEqual({ periods: [], audit: 0 });
  const journal = await third.evaluate(
    (id) => localStorage.getItem(`gt.journal.metricsDrafts.${id}`),
    gone,
  );
  expect(journal).toContain('56');
});
