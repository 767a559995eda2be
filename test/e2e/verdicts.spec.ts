import { expect, test, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { completeFirstStart, openApp } from './helpers';

// Issue 18 items 6-7: where the firm's own records contradict an answer, the dashboard and the
// VCP page say so in words, with where to fix it, and score it the same way.
const KHANGAI = 'demo-khangai-cashmere'; // no chemicals licence on file, answered "yes"
const TORGON = 'demo-torgon-garment'; // payroll below the minimum wage, answered "partly"
const SCREENS = '.artifacts/screens/verdicts';

async function shot(page: Page, name: string) {
  await mkdir(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
}

test('a contradiction shows on the dashboard and the VCP page, and both score it alike', async ({
  page,
}) => {
  await openApp(page, 'en');
  await completeFirstStart(page, 'Textile company manager', 'Verdict Check');

  await page.goto(`/#/org/${KHANGAI}/overview`);
  const dash = page.getByTestId('dashboard-contradictions');
  await expect(dash).toContainText(
    'your Licence to use toxic and hazardous chemicals expired on 15 October 2025',
  );
  await expect(dash).toContainText('It counts as “No” until this is fixed.');
  await expect(
    dash.getByRole('link', { name: 'Profile › Permits and licences' }).first(),
  ).toHaveAttribute('href', `#/org/${KHANGAI}/profile`);
  const dashOverall = await page.getByTestId('vcp-overall').innerText();
  await shot(page, 'dashboard-en');

  await page.goto(`/#/org/${KHANGAI}/vcp`);
  const list = page.getByTestId('vcp-contradictions');
  await expect(list).toContainText('Licence to use toxic and hazardous chemicals');
  await expect(page.getByTestId('score-contradictions')).toContainText('count as “No”');
  // The VCP page scores the data verdict as the dashboard does: the same overall score.
  await expect(page.getByTestId('vcp-overall')).toHaveText(dashOverall);
  await page
    .getByRole('button', { name: /^Environment/ })
    .first()
    .click();
  await expect(page.getByTestId('contradiction-VCP-ENV-01')).toContainText(
    'Your records contradict this answer',
  );
  await shot(page, 'vcp-en');

  // Export readiness names the questions and repeats the contradiction with where to fix it.
  await page.goto(`/#/org/${KHANGAI}/export`);
  await expect(page.getByTestId('export-contradictions')).toContainText(
    'Licence to use toxic and hazardous chemicals',
  );
  await shot(page, 'export-en');
  await page.goto(`/#/org/${KHANGAI}/project`);
  await expect(page.getByTestId('green-eligibility')).toBeVisible();
  await shot(page, 'project-en');

  await page.goto(`/#/org/${TORGON}/overview`);
  await expect(page.getByTestId('dashboard-contradictions')).toContainText(
    'lowest monthly wage below the minimum wage in force in April and May 2025',
  );
  await expect(
    page.getByTestId('dashboard-contradictions').getByRole('link', {
      name: 'Monthly data › Lowest monthly wage paid',
    }),
  ).toBeVisible();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('mn');
  await page.goto(`/#/org/${KHANGAI}/overview`);
  await expect(page.getByTestId('dashboard-contradictions')).toContainText(
    'Хорт болон аюултай химийн бодис хэрэглэх зөвшөөрөл',
  );
  await shot(page, 'dashboard-mn');
  await page.goto(`/#/org/${KHANGAI}/vcp`);
  await expect(page.getByTestId('vcp-contradictions')).toBeVisible();
  // Item 12: one "not reviewed" notice for the page, not a badge on every question.
  await expect(page.getByTestId('mn-unreviewed')).toHaveCount(1);
  await expect(page.locator('.vcp-item .badge', { hasText: 'хянагдаагүй' })).toHaveCount(0);
  await shot(page, 'vcp-mn');
  await page.goto('/#/catalogue/vcp');
  await expect(page.getByTestId('mn-unreviewed')).toHaveCount(1);
  await expect(page.locator('.catalogue-table .badge.warn')).toHaveCount(0);
  await page.goto(`/#/org/${KHANGAI}/export`);
  await expect(page.getByTestId('export-contradictions')).toBeVisible();
  await shot(page, 'export-mn');
  await page.goto(`/#/org/${KHANGAI}/project`);
  await expect(page.getByTestId('green-eligibility')).toBeVisible();
  await shot(page, 'project-mn');
});
