import { expect, test, type Page } from '@playwright/test';
import { completeFirstStart, openApp } from './helpers';

// Two companies kept in one app attach the same scan (byte for byte) under their own names.
// Before schema v6 the file's record was shared by content: the second company's answer showed
// the first company's file name, and deleting it for one company took it from the other.
const SCAN = Buffer.from('%PDF-1.4 the same permit scan');

async function createCompany(page: Page, nameMn: string, nameEn: string): Promise<void> {
  await page.goto('/#/');
  await page.getByLabel('Name (Mongolian)').fill(nameMn);
  await page.getByLabel('Name (English)').fill(nameEn);
  await page.getByRole('button', { name: 'Create organisation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Company profile' })).toBeVisible();
}

async function firstVcpItem(page: Page) {
  await page.getByRole('link', { name: 'Self-assessment (VCP)', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Self-assessment (VCP)' })).toBeVisible();
  await page.locator('.pillar-nav button').first().click();
  const card = page.locator('.vcp-items [data-item]').first();
  const itemId = (await card.getAttribute('data-item')) ?? '';
  return { card, itemId };
}

test('two companies attach the same file: each keeps its own name', async ({ page }) => {
  page.on('pageerror', (e) => {
    console.error(`page error: ${e.message}`);
  });
  await openApp(page, 'en');
  await completeFirstStart(page);

  await createCompany(page, 'Дархан Ноолуур ХХК', 'Darkhan Cashmere LLC');
  const darkhanUrl = page.url();
  const a = await firstVcpItem(page);
  await a.card
    .getByLabel(/^Attach evidence for “.+”$/)
    .setInputFiles({ name: 'permit-darkhan.pdf', mimeType: 'application/pdf', buffer: SCAN });
  await expect(a.card.locator('.evidence-name')).toHaveText(['permit-darkhan.pdf']);

  await createCompany(page, 'Эрдэнэт Сүлжмэл ХХК', 'Erdenet Knit LLC');
  const b = await firstVcpItem(page);
  await b.card
    .getByLabel(/^Attach evidence for “.+”$/)
    .setInputFiles({ name: 'зөвшөөрөл-эрдэнэт.pdf', mimeType: 'application/pdf', buffer: SCAN });
  await expect(b.card.locator('.evidence-name')).toHaveText(['зөвшөөрөл-эрдэнэт.pdf']);
  // the second company removes its file: the first company's stays
  await b.card.getByRole('button', { name: 'Remove зөвшөөрөл-эрдэнэт.pdf' }).click();
  await expect(b.card.locator('.evidence-name')).toHaveCount(0);

  await page.goto(darkhanUrl);
  const again = await firstVcpItem(page);
  await expect(again.card.locator('.evidence-name')).toHaveText(['permit-darkhan.pdf']);
});
