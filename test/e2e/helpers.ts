import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';

/** Starts from an empty install: a fresh context has no IndexedDB, so first-start seeding runs. */
export async function openApp(page: Page, language: 'mn' | 'en' = 'en'): Promise<void> {
  await page.addInitScript((lng) => {
    if (!localStorage.getItem('gt.language')) localStorage.setItem('gt.language', lng);
  }, language);
  await page.goto('/');
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await readFile(path));
  return wb;
}
