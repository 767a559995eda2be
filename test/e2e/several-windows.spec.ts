import { expect, test, type Page } from '@playwright/test';
import { completeFirstStart, openApp } from './helpers';

// Several windows, one truth (issue 17): two pages of one browser context share IndexedDB and
// localStorage as two windows of the app do. Nothing typed in either is lost, and no window says
// "saved" beside a value that is not the stored one.

async function newOrganisation(page: Page): Promise<string> {
  await openApp(page, 'en');
  await completeFirstStart(page, 'Textile company manager', 'Saraa');
  await page.getByLabel('Name (Mongolian)').fill('Хоёр Цонх ХХК');
  await page.getByLabel('Name (English)').fill('Two Windows LLC');
  await page.getByRole('button', { name: 'Create organisation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Company profile' })).toBeVisible();
  await page.getByLabel('Scouring (washing)').check();
  await expect(page.getByTestId('profile-save-status')).toHaveText('All changes saved');
  return page.url();
}

/** What is stored, read by a third window opened afresh. */
async function storedAddress(page: Page, url: string): Promise<string> {
  const reader = await page.context().newPage();
  await reader.goto(url);
  const value = await reader.getByLabel('Address').inputValue();
  await reader.close();
  return value;
}

test('the same profile field typed in two windows: one is stored, the other kept in a notice', async ({
  page,
}) => {
  const url = await newOrganisation(page);
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByLabel('Name (English)')).toHaveValue('Two Windows LLC');

  // Both type before either's debounced save (500 ms) has run.
  await page.getByLabel('Address').fill('Street of window A');
  await other.getByLabel('Address').fill('Street of window B');

  // Both windows settle: no save under way.
  for (const p of [page, other])
    await expect(p.getByTestId('profile-save-status')).toHaveText('All changes saved');
  const stored = await storedAddress(page, url);
  expect(['Street of window A', 'Street of window B']).toContain(stored);
  const lost = stored === 'Street of window A' ? 'Street of window B' : 'Street of window A';
  const loser = stored === 'Street of window A' ? other : page;
  // Each window shows what is stored; the text that was not stored is offered back.
  for (const p of [page, other]) await expect(p.getByLabel('Address')).toHaveValue(stored);
  await expect(loser.getByTestId('profile-conflict')).toContainText(lost);
  await loser.getByRole('button', { name: 'Apply mine again' }).click();
  await expect(loser.getByTestId('profile-save-status')).toHaveText('All changes saved');
  expect(await storedAddress(page, url)).toBe(lost);
  // The first window follows the second's save, so its "saved" is about the stored value.
  const winner = loser === page ? other : page;
  await expect(winner.getByLabel('Address')).toHaveValue(lost);
  await expect(winner.getByTestId('profile-save-status')).toHaveText('All changes saved');
});

test('a comment in one window and the same item’s answer in another: both are kept', async ({
  page,
}) => {
  const url = await newOrganisation(page);
  const vcp = url.replace(/\/profile$/, '/vcp');
  await page.getByRole('link', { name: 'Self-assessment (VCP)', exact: true }).click();
  const other = await page.context().newPage();
  await other.goto(page.url());
  const first = page.locator('.vcp-items [data-item]').first();
  const itemId = (await first.getAttribute('data-item')) ?? '';
  expect(itemId).not.toBe('');
  const card = (p: Page) => p.locator(`.vcp-items [data-item="${itemId}"]`);
  await expect(card(other)).toBeVisible();

  // The comment opens once the item has an answer: window A answers first, both see it.
  await card(page).getByLabel('Yes', { exact: true }).check();
  await expect(page.getByTestId('vcp-save-status')).toHaveText('Saved');
  await expect(card(other).getByLabel('Yes', { exact: true })).toBeChecked();

  // Window A types the comment; window B changes the answer within the same 300 ms.
  await card(page).getByRole('textbox').fill('Meter readings in the boiler log');
  await card(other).getByLabel('Partly', { exact: true }).check();

  for (const p of [page, other]) await expect(p.getByTestId('vcp-save-status')).toHaveText('Saved');
  // Both windows show both edits, and so does a window opened afresh.
  const reader = await page.context().newPage();
  await reader.goto(other.url() || vcp);
  for (const p of [page, other, reader]) {
    await expect(card(p).getByRole('textbox')).toHaveValue('Meter readings in the boiler log');
    await expect(card(p).getByLabel('Partly', { exact: true })).toBeChecked();
  }
});

test('the two notices in both languages (screenshots)', async ({ page }) => {
  const url = await newOrganisation(page);
  const orgId = /org\/([^/]+)\//.exec(url)?.[1] ?? '';
  expect(orgId).not.toBe('');
  const shot = async (p: Page, name: string) =>
    p.screenshot({ path: `.artifacts/screens/windows-${name}.png`, fullPage: false });

  // Recovery: a journal the database never received (as a crash leaves it) is offered back.
  const stored = await page.evaluate((id) => {
    const key = Object.keys(localStorage).find((k) => k.endsWith(`org.profile.${id}`));
    return key ?? null;
  }, orgId);
  const key = stored ?? `gt.journal.org.profile.${orgId}`;
  const org = await page.evaluate(async (id) => {
    const open = indexedDB.open('greenthread');
    const db = await new Promise<IDBDatabase>((resolve) => {
      open.onsuccess = () => resolve(open.result);
    });
    const get = db.transaction('organisations').objectStore('organisations').get(id);
    return new Promise<Record<string, unknown>>((resolve) => {
      get.onsuccess = () => resolve(get.result as Record<string, unknown>);
    });
  }, orgId);
  const rowOnly = new Set(['createdAt', 'updatedAt', 'rev', 'deletedAt', 'isDemo']);
  const plain = Object.fromEntries(Object.entries(org).filter(([k]) => !rowOnly.has(k)));
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [
    key,
    JSON.stringify({ ...plain, address: 'Khan-Uul, 3rd khoroo, building 12' }),
  ] as const);
  await page.reload();
  await expect(page.getByTestId('profile-recovered')).toContainText('Khan-Uul');
  await shot(page, 'recovered-en');
  await page
    .getByLabel(/^(Language|Хэл)$/)
    .first()
    .selectOption('mn');
  await expect(page.getByTestId('profile-recovered')).toContainText('хадгалагдаагүй');
  await shot(page, 'recovered-mn');
  await page
    .getByLabel(/^(Language|Хэл)$/)
    .first()
    .selectOption('en');
  await page.getByRole('button', { name: 'Discard it' }).click();

  // Changed in another window.
  const other = await page.context().newPage();
  await other.goto(url);
  await page.getByLabel('Address').fill('Street of window A');
  await other.getByLabel('Address').fill('Street of window B');
  await expect
    .poll(
      async () =>
        (await page.getByTestId('profile-conflict').isVisible()) ||
        (await other.getByTestId('profile-conflict').isVisible()),
    )
    .toBe(true);
  const loser = (await page.getByTestId('profile-conflict').isVisible()) ? page : other;
  await loser.getByTestId('profile-conflict').scrollIntoViewIfNeeded();
  await shot(loser, 'conflict-en');
  await loser
    .getByLabel(/^(Language|Хэл)$/)
    .first()
    .selectOption('mn');
  await expect(loser.getByTestId('profile-conflict')).toContainText('Өөр цонхонд');
  await shot(loser, 'conflict-mn');
});
