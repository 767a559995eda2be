import { expect, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';

/** Starts from an empty install: a fresh context has no IndexedDB, so first-start seeding runs. */
export async function openApp(page: Page, language: 'mn' | 'en' = 'en'): Promise<void> {
  await page.addInitScript((lng) => {
    if (!localStorage.getItem('gt.language')) localStorage.setItem('gt.language', lng);
  }, language);
  await page.goto('/');
}

/** The first-start screen: language, role and name. */
export async function completeFirstStart(
  page: Page,
  role: 'Textile company manager' | 'Bank loan officer' | 'Trainer' = 'Textile company manager',
  name = 'Test User',
): Promise<void> {
  await page.getByRole('heading', { name: 'Welcome to GreenThread' }).waitFor();
  await page.getByLabel(role).check();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  // The app moves to the role's home page once the profile is stored: wait for it, or a test's
  // own page.goto can land first and be overridden by that move.
  const home =
    role === 'Bank loan officer'
      ? /#\/officer\/portfolio$/
      : role === 'Trainer'
        ? /#\/workshop\/home$/
        : /#\/$/;
  await page.waitForURL(home);
  await page
    .getByRole('heading', { name: 'Welcome to GreenThread' })
    .waitFor({ state: 'detached' });
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const bytes = await readFile(path);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return wb;
}

/**
 * After a reload straight after typing: the text was stored by the flush on leaving, or the
 * typing journal offers it back ("Put it back"; it is never written on its own). Either way the
 * field shows it once the user takes the offer.
 */
export async function expectTypingKept(page: Page, field: Locator, value: string): Promise<void> {
  await expect(async () => {
    const offer = page.getByRole('button', { name: 'Put it back' });
    if ((await offer.count()) > 0) await offer.first().click();
    await expect(field).toHaveValue(value, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
