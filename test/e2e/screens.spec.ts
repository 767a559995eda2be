import { expect, test, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { completeFirstStart, openApp } from './helpers';

// Every screen in both languages, as a user sees it: it renders a heading, throws nothing,
// does not overflow sideways, and a screenshot is kept to look at.
const ORG = 'demo-khangai-cashmere';
const MSME_SCREENS = [
  ['dashboard', `#/org/${ORG}/overview`],
  ['profile', `#/org/${ORG}/profile`],
  ['metrics', `#/org/${ORG}/metrics`],
  ['vcp', `#/org/${ORG}/vcp`],
  ['actions', `#/org/${ORG}/actions`],
  ['project', `#/org/${ORG}/project`],
  ['export', `#/org/${ORG}/export`],
  ['catalogue', '#/catalogue/vcp'],
  ['catalogue-factors', '#/catalogue/factors'],
  ['settings', '#/settings'],
] as const;
const OFFICER_SCREENS = [
  ['portfolio', '#/officer/portfolio'],
  ['import', '#/officer/import'],
] as const;
const TRAINER_SCREENS = [['workshop', '#/workshop/home']] as const;

const ROLE = {
  msme: 'Textile company manager',
  officer: 'Bank loan officer',
  trainer: 'Trainer',
} as const;

async function visit(page: Page, name: string, hash: string, lang: string, dir: string) {
  await page.goto(`/${hash}`);
  const heading = page.locator('main h1').first();
  await expect(heading, `${name} (${lang}) has a heading`).toBeVisible();
  await page.waitForTimeout(300);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(
    overflow,
    `${name} (${lang}) overflows sideways by ${String(overflow)} px`,
  ).toBeLessThanOrEqual(2);
  await page.screenshot({ path: `${dir}/${name}-${lang}.png` });
  await page.screenshot({ path: `${dir}/${name}-${lang}-full.png`, fullPage: true });
}

for (const lang of ['en', 'mn'] as const) {
  for (const [role, screens] of [
    ['msme', MSME_SCREENS],
    ['officer', OFFICER_SCREENS],
    ['trainer', TRAINER_SCREENS],
  ] as const) {
    test(`${role} screens render in ${lang}`, async ({ page }, testInfo) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await openApp(page, 'en');
      await completeFirstStart(page, ROLE[role], 'Screen Check');
      if (lang === 'mn') {
        await page.getByRole('combobox', { name: 'Language' }).selectOption('mn');
      }
      const dir = testInfo.outputPath('screens');
      await mkdir(dir, { recursive: true });
      for (const [name, hash] of screens) await visit(page, name, hash, lang, dir);
      expect(errors).toEqual([]);
    });
  }
}
