import { expect, test, type Page } from '@playwright/test';
import { completeFirstStart, openApp } from './helpers';

// Issue 18 item 10: at 1366 px the monthly grid shows Figure, Unit, twelve months and the year
// total without sideways scrolling; at 1024 px it scrolls sideways with Figure and Unit frozen;
// the cell bar stays in view while the page scrolls. The action plan's Owner, Cost and Status fit
// at 1366 px. Screenshots of both widths in both languages are kept to look at.
const ORG = 'demo-khangai-cashmere';

async function start(page: Page, lang: 'en' | 'mn', width: number, height: number) {
  await page.setViewportSize({ width, height });
  await openApp(page, 'en');
  await completeFirstStart(page, 'Textile company manager', 'Layout Check');
  if (lang === 'mn') {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('mn');
    await expect(page.locator('html')).toHaveAttribute('lang', 'mn');
  }
  await page.goto(`/#/org/${ORG}/metrics`);
  await expect(page.locator('table.metrics-grid input').first()).toBeVisible();
}

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not laid out`);
  return b;
};

/** Priority and status choices wider than their select: every option, not just the chosen one. */
async function choicesCut(page: Page): Promise<string[]> {
  return page.locator('table.actions-table select').evaluateAll((selects) => {
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return ['no canvas'];
    return (selects as HTMLSelectElement[]).flatMap((s) => {
      const css = getComputedStyle(s);
      ctx.font = `${css.fontWeight} ${css.fontSize} ${css.fontFamily}`;
      // 16 px for the arrow Chromium draws inside the select.
      const room = s.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight) - 16;
      return [...s.options]
        .map((o) => ({ text: o.text, width: ctx.measureText(o.text).width }))
        .filter((o) => o.width > room)
        .map((o) => `${o.text}: ${String(Math.round(o.width))} > ${String(Math.round(room))} px`);
    });
  });
}

for (const lang of ['en', 'mn'] as const) {
  test(`grid at 1366 px fits without sideways scrolling (${lang})`, async ({ page }, info) => {
    await start(page, lang, 1366, 820);
    const wrap = page.locator('.metrics-grid-wrap');
    const sideways = await wrap.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(sideways, 'grid scrolls sideways at 1366 px').toBeLessThanOrEqual(0);
    const total = await box(page, 'thead .col-total');
    expect(total.x + total.width).toBeLessThanOrEqual(1366);
    // Thousands separators in cells that are not being edited.
    await expect(page.getByTestId('total-energy.electricity')).toContainText(',');
    await page.locator('input[data-r="2"][data-c="3"]').click();
    await page.screenshot({ path: info.outputPath(`grid-1366-${lang}.png`) });
    // Scrolling the page down keeps the cell bar in view.
    await page.evaluate(() => {
      window.scrollTo(0, 600);
      const content = document.querySelector('.content');
      if (content) content.scrollTop = 600;
    });
    await page.waitForTimeout(200);
    const bar = await box(page, '[data-testid="cell-bar"]');
    expect(bar.y).toBeGreaterThanOrEqual(0);
    expect(bar.y).toBeLessThan(820);
    await page.screenshot({ path: info.outputPath(`grid-1366-${lang}-scrolled.png`) });

    await page.goto(`/#/org/${ORG}/actions`);
    const add = lang === 'en' ? 'New action' : 'Шинэ арга хэмжээ';
    if ((await page.locator('table.actions-table').count()) === 0) {
      await page.getByLabel(add).fill('Fit a water meter on the washing line');
      await page.locator('form.add-action button[type="submit"]').click();
    }
    await expect(page.locator('table.actions-table')).toBeVisible();
    for (const n of [3, 5, 6]) {
      const th = await box(page, `table.actions-table thead th:nth-child(${String(n)})`);
      expect(th.x + th.width, `action plan column ${String(n)} fits`).toBeLessThanOrEqual(1366);
    }
    const scroll = await page
      .locator('.table-scroll')
      .evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(scroll).toBeLessThanOrEqual(0);
    expect(await choicesCut(page), 'action plan choices cut at 1366 px').toEqual([]);
    await page.screenshot({ path: info.outputPath(`actions-1366-${lang}.png`) });
  });

  test(`grid at 1024 px scrolls with Figure and Unit frozen (${lang})`, async ({ page }, info) => {
    await start(page, lang, 1024, 700);
    const wrap = page.locator('.metrics-grid-wrap');
    expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(0);
    const figure = await box(page, 'tbody th.col-metric');
    const unit = await box(page, 'tbody td.col-unit');
    await wrap.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    await page.waitForTimeout(200);
    const figureAfter = await box(page, 'tbody th.col-metric');
    const unitAfter = await box(page, 'tbody td.col-unit');
    expect(figureAfter.x).toBeCloseTo(figure.x, 0);
    expect(unitAfter.x).toBeCloseTo(unit.x, 0);
    await page.screenshot({ path: info.outputPath(`grid-1024-${lang}.png`) });

    // The action plan at 1024 px scrolls sideways rather than cutting its words: every
    // priority and status select is wide enough for its longest choice ("Нээлттэй", "Дунд").
    await page.goto(`/#/org/${ORG}/actions`);
    const add = lang === 'en' ? 'New action' : 'Шинэ арга хэмжээ';
    if ((await page.locator('table.actions-table').count()) === 0) {
      await page.getByLabel(add).fill('Fit a water meter on the washing line');
      await page.locator('form.add-action button[type="submit"]').click();
    }
    await expect(page.locator('table.actions-table')).toBeVisible();
    expect(await choicesCut(page), 'action plan choices cut at 1024 px').toEqual([]);
    await page.screenshot({ path: info.outputPath(`actions-1024-${lang}.png`) });
  });
}

for (const lang of ['en', 'mn'] as const) {
  test(`the questions above the grid read in words (${lang})`, async ({ page }, info) => {
    await start(page, lang, 1366, 820);
    // Diesel, January of the demo year: far above 10 × 20,000 L.
    await page.locator('input[data-cell="energy.diesel@2025-01"]').click();
    await page.keyboard.type('5400000');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('questions')).toBeVisible();
    await page.screenshot({ path: info.outputPath(`held-${lang}.png`) });
    await page.locator('select[aria-label]').nth(2).selectOption({ index: 1 });
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: info.outputPath(`unit-dialog-${lang}.png`) });
  });
}
