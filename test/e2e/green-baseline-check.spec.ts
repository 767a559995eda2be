import { expect, test } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { completeFirstStart, openApp } from './helpers';

// The project page checks the typed baseline against the firm's last 12 months of records
// (GC-BASE-1): a coal figure typed well above the records is marked and warned about in words.
const ORG = 'demo-khangai-cashmere';

for (const lang of ['en', 'mn'] as const) {
  test(`the baseline check shows typed against recorded in ${lang}`, async ({ page }, testInfo) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page, 'en');
    await completeFirstStart(page);
    await page.goto(`/#/org/${ORG}/project`);
    const coal = page.getByLabel('Coal (t) — Baseline (now)', { exact: true });
    const recorded = Number((await coal.inputValue()).replace(/[\s,]/g, ''));
    // 30 % above the records: beyond the pack's 5 % tolerance.
    await coal.fill(String(Math.round(recorded * 1.3)));
    const row = page.locator('[data-testid="baseline-check"] tr[data-figure="coalT"]');
    await expect(row).toHaveClass(/beyond/);
    await expect(row).toContainText('+30');
    await expect(page.getByTestId('green-warnings')).toContainText('GC-BASE-1');
    if (lang === 'mn') {
      await page.getByRole('combobox', { name: 'Language' }).selectOption('mn');
      await expect(page.getByTestId('baseline-check')).toContainText('бүртгэл');
    }
    const dir = testInfo.outputPath('screens');
    await mkdir(dir, { recursive: true });
    await page.getByTestId('baseline-check').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${dir}/baseline-check-${lang}.png` });
    await page.screenshot({ path: `${dir}/baseline-check-${lang}-full.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
}
