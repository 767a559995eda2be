import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { completeFirstStart, openApp } from './helpers';

// Issue 18 item 11: every screen, in both languages, has no serious or critical accessibility
// violation as axe-core finds them, with the demo company's data on screen.
const ORG = 'demo-khangai-cashmere';
const SCREENS = {
  msme: [
    ['organisations', '#/'],
    ['dashboard', `#/org/${ORG}/overview`],
    ['profile', `#/org/${ORG}/profile`],
    ['metrics', `#/org/${ORG}/metrics`],
    ['quick entry', `#/org/${ORG}/quick`],
    ['vcp', `#/org/${ORG}/vcp`],
  ],
  // Two halves, so each test fits its time on a busy machine.
  'msme 2': [
    ['actions', `#/org/${ORG}/actions`],
    ['project', `#/org/${ORG}/project`],
    ['export', `#/org/${ORG}/export`],
    ['catalogue', '#/catalogue/vcp'],
    ['catalogue factors', '#/catalogue/factors'],
    ['settings', '#/settings'],
  ],
  officer: [
    ['portfolio', '#/officer/portfolio'],
    ['import', '#/officer/import'],
  ],
  trainer: [['workshop', '#/workshop/home']],
} as const;

const ROLE = {
  msme: 'Textile company manager',
  'msme 2': 'Textile company manager',
  officer: 'Bank loan officer',
  trainer: 'Trainer',
} as const;

async function violations(page: Page, name: string): Promise<string[]> {
  await expect(page.locator('main h1').first(), `${name} has a heading`).toBeVisible();
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${name}: ${v.id} (${v.impact ?? ''}) ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/**
 * The parts axe does not see on a resting page: a chart's month buttons (shown only while one
 * has the focus) and the explanation dialog Enter opens over the chart.
 */
async function chartKeysAndDialog(page: Page, lang: string): Promise<string[]> {
  const key = page.locator('[data-testid="chart-energy"] .chart-keys button').first();
  await key.focus();
  await expect(key).toBeVisible();
  const found = await violations(page, `dashboard chart buttons (${lang})`);
  await key.press('Enter');
  await expect(page.getByRole('dialog')).toBeFocused();
  found.push(...(await violations(page, `dashboard chart explanation dialog (${lang})`)));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  return found;
}

for (const lang of ['en', 'mn'] as const)
  for (const role of ['msme', 'msme 2', 'officer', 'trainer'] as const)
    test(`${role} screens have no serious accessibility violation in ${lang}`, async ({ page }) => {
      test.setTimeout(300_000);
      await openApp(page, 'en');
      await completeFirstStart(page, ROLE[role], 'Axe Check');
      if (lang === 'mn') await page.getByRole('combobox', { name: 'Language' }).selectOption('mn');
      const found: string[] = [];
      for (const [name, hash] of SCREENS[role]) {
        await page.goto(`/${hash}`);
        found.push(...(await violations(page, `${name} (${lang})`)));
        if (name === 'dashboard') found.push(...(await chartKeysAndDialog(page, lang)));
      }
      expect(found).toEqual([]);
    });
