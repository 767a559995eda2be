import { expect, test, type Page } from '@playwright/test';
import { completeFirstStart, expectTypingKept, openApp } from './helpers';

// IndexedDB writes started while a page unloads may never complete. Every form journals what was
// typed synchronously and replays it on the next start, so each test reloads straight after the
// last keystroke (no waiting for the autosave) and expects the text back.

async function newOrganisation(page: Page): Promise<void> {
  page.on('pageerror', (e) => {
    console.error(`page error: ${e.message}`);
  });
  await openApp(page, 'en');
  await completeFirstStart(page, 'Textile company manager', 'Saraa');
  await page.getByLabel('Name (Mongolian)').fill('Дахин Ачаалал ХХК');
  await page.getByLabel('Name (English)').fill('Reload LLC');
  await page.getByRole('button', { name: 'Create organisation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Company profile' })).toBeVisible();
  await page.getByLabel('Scouring (washing)').check();
  await expect(page.getByTestId('profile-save-status')).toHaveText('All changes saved');
}

/** Pastes text into a cell the way the browser does for Ctrl+V from Excel. */
async function pasteInto(page: Page, label: string, text: string): Promise<void> {
  const cell = page.getByLabel(label, { exact: true });
  await cell.click();
  await cell.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

test('organisation profile', async ({ page }) => {
  await newOrganisation(page);
  await page.getByLabel('Address').fill('Khan-Uul, 3rd khoroo, building 12');
  await page.reload();
  // Stored by the flush on unload, or offered back from the journal (never written unasked).
  await expect(async () => {
    const offered = page.getByTestId('profile-recovered');
    if (await offered.isVisible())
      await offered.getByRole('button', { name: 'Put it back' }).click();
    await expect(page.getByLabel('Address')).toHaveValue('Khan-Uul, 3rd khoroo, building 12', {
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId('profile-save-status')).toHaveText('All changes saved');
});

test('a VCP answer and its comment', async ({ page }) => {
  await newOrganisation(page);
  await page.getByRole('link', { name: 'Self-assessment (VCP)', exact: true }).click();
  const first = page.locator('.vcp-items [data-item]').first();
  const itemId = (await first.getAttribute('data-item')) ?? '';
  expect(itemId).not.toBe('');
  const card = page.locator(`.vcp-items [data-item="${itemId}"]`);
  await card.getByLabel('Partly', { exact: true }).check();
  await page.reload();
  // An answer whose write the reload cut off is offered back, not written unasked.
  await expect(async () => {
    const offer = page.getByRole('button', { name: 'Put it back' });
    if ((await offer.count()) > 0) await offer.first().click();
    await expect(card.getByLabel('Partly', { exact: true })).toBeChecked({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await card.getByRole('textbox').fill('Meter readings in the boiler log');
  await page.reload();
  // Stored by the flush on unload, or offered back from the journal (never written unasked).
  await expectTypingKept(page, card.getByRole('textbox'), 'Meter readings in the boiler log');
  await expect(page.getByTestId('vcp-save-status')).toHaveText('Saved');
});

test("an action's text", async ({ page }) => {
  await newOrganisation(page);
  await page.getByRole('link', { name: 'Action plan', exact: true }).click();
  await page.getByLabel('New action').fill('Fit a water meter');
  await page.getByRole('button', { name: 'Add action' }).click();
  const text = page.locator('table.actions-table textarea').first();
  await expect(text).toHaveValue('Fit a water meter');
  await text.fill('Fit water meters on both washing lines');
  await page.reload();
  await expectTypingKept(page, text, 'Fit water meters on both washing lines');
});

test('cells of the monthly grid, typed and pasted', async ({ page }) => {
  await newOrganisation(page);
  await page.getByRole('link', { name: 'Monthly data', exact: true }).click();
  const year = await page.getByLabel('Year', { exact: true }).inputValue();
  await page.getByLabel('Electricity (grid), Mar', { exact: true }).fill('43210');
  await page.reload();
  await page.getByLabel('Year', { exact: true }).selectOption(year);
  await expect(page.getByLabel('Electricity (grid), Mar', { exact: true })).toHaveValue('43210');

  // A pasted row is twelve writes, one after another: far more than an unloading page finishes.
  const water = [410, 420, 430, 440, 450, 460, 470, 480, 490, 500, 510, 520];
  await pasteInto(page, 'Water from the utility, Jan', water.join('\t'));
  await page.reload();
  await page.getByLabel('Year', { exact: true }).selectOption(year);
  await expect(page.getByLabel('Water from the utility, Dec', { exact: true })).toHaveValue('520');
  await expect(page.getByLabel('Water from the utility, Jan', { exact: true })).toHaveValue('410');
  await expect(page.getByTestId('metrics-save-status')).toHaveText('All figures saved');
});
