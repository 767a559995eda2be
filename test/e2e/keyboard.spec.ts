import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { copyFile, mkdir } from 'node:fs/promises';
import { completeFirstStart, openApp } from './helpers';

// Issue 18 items 8 and 11, by keyboard only: "Skip to content" comes first, every Tab stop has a
// name with no id in it and a focus ring of at least 3:1 against what is around it, a chart's
// bars are reached by Tab and Enter opens a bar's explanation over the chart with the focus in it.
const ORG = 'demo-khangai-cashmere';
const SCREENS = '.artifacts/screens';

async function shot(page: Page, testInfo: TestInfo, name: string, fullPage = false) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage });
  await mkdir(SCREENS, { recursive: true });
  await copyFile(path, `${SCREENS}/${name}.png`);
}

interface Stop {
  name: string;
  tag: string;
  testId: string | null;
  ring: number | null;
  ringColour: string;
  background: string;
  html: string;
}

/** The focused element: its accessible name (roughly), and its ring's contrast with its surround. */
function describeFocus(): Stop | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const rgb = (c: string) => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(c);
    return m ? { r: +m[1]!, g: +m[2]!, b: +m[3]!, a: m[4] === undefined ? 1 : +m[4] } : null;
  };
  const lum = (c: { r: number; g: number; b: number }) =>
    [c.r, c.g, c.b]
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  // The ring lies outside the element (offset ≥ 0): what is behind it is what is drawn just left
  // of the element (the skip link sits over the top bar, not over its parent); a ring drawn
  // inside (negative offset, the grid's cells) lies on the element's own background.
  const style = getComputedStyle(el);
  const inside = parseFloat(style.outlineOffset) < 0;
  const box = el.getBoundingClientRect();
  const behind = document
    .elementsFromPoint(Math.max(0, box.left - 3), box.top + box.height / 2)
    .find((e) => e !== el && !el.contains(e));
  let bgEl: Element | null = inside ? el : (behind ?? el.parentElement);
  let background = 'rgb(255, 255, 255)';
  while (bgEl) {
    const c = rgb(getComputedStyle(bgEl).backgroundColor);
    if (c && c.a > 0.5) {
      background = getComputedStyle(bgEl).backgroundColor;
      break;
    }
    bgEl = bgEl.parentElement;
  }
  const ringC = rgb(style.outlineColor);
  const bgC = rgb(background)!;
  let ring: number | null = null;
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && ringC) {
    const [hi, lo] = [lum(ringC), lum(bgC)].sort((a, b) => b - a);
    ring = (hi! + 0.05) / (lo! + 0.05);
  }
  const labelled = el.getAttribute('aria-labelledby');
  const name =
    el.getAttribute('aria-label') ??
    (labelled ? (document.getElementById(labelled)?.textContent ?? '') : '');
  const labels = (el as HTMLInputElement).labels;
  return {
    name: (
      name ||
      (labels && labels.length > 0 ? (labels[0]?.textContent ?? '') : '') ||
      el.textContent ||
      el.getAttribute('title') ||
      ''
    ).trim(),
    tag: el.tagName.toLowerCase(),
    testId: el.closest('[data-testid]')?.getAttribute('data-testid') ?? null,
    ring,
    ringColour: style.outlineColor,
    background,
    html: el.outerHTML.slice(0, 160),
  };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}|\bact-[0-9a-z]{6,}/i;

/** Tabs until `until` holds for the focused element, checking every stop on the way. */
async function tabTo(page: Page, until: (s: Stop) => boolean, max = 120): Promise<Stop[]> {
  const seen: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(describeFocus);
    if (!stop) continue;
    seen.push(stop);
    if (until(stop)) return seen;
  }
  throw new Error(`not reached in ${String(max)} Tabs: ${seen.map((s) => s.name).join(' | ')}`);
}

function checkStops(stops: readonly Stop[]) {
  for (const s of stops) {
    // Only real controls take the focus: never a chart's drawing (Recharts' layers, issue 18 item 11).
    expect(s.tag, `a Tab stop is a control, not a drawing: ${s.html}`).not.toMatch(
      /^(g|svg|path)$/,
    );
    expect(s.name, `a Tab stop has a name: ${s.html}`).not.toBe('');
    expect(s.name, `no id in the name "${s.name}"`).not.toMatch(UUID);
    expect(s.ring, `focus ring on "${s.name}"`).not.toBeNull();
    expect(
      s.ring ?? 0,
      `ring ${s.ringColour} on ${s.background} around "${s.name}"`,
    ).toBeGreaterThanOrEqual(3);
  }
}

for (const lang of ['en', 'mn'] as const)
  test(`dashboard by keyboard only: skip link, chart bars, explanation over the chart (${lang})`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1366, height: 820 });
    await openApp(page, 'en');
    await completeFirstStart(page, 'Textile company manager', 'Keyboard Check');
    await page.goto(`/#/org/${ORG}/overview`);
    if (lang === 'mn') await page.getByLabel('Language').selectOption('mn');
    await expect(page.getByTestId('chart-energy').locator('.recharts-wrapper > svg')).toBeVisible();
    await expect(page.locator('main .recharts-wrapper > svg')).toHaveCount(5);
    await shot(page, testInfo, `dashboard-1366-${lang}`);

    // The first Tab stop is the skip link; Enter moves the focus to the page.
    await page.reload();
    await expect(page.locator('main .recharts-wrapper > svg')).toHaveCount(5);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toHaveText(lang === 'en' ? 'Skip to content' : 'Үндсэн хэсэг рүү алгасах');
    const first = await page.evaluate(describeFocus);
    checkStops(first ? [first] : []);
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    // Tab through the page to the energy chart's first month, every stop named and ringed.
    const stops = await tabTo(page, (s) => s.testId === 'chart-energy' && s.tag === 'button');
    checkStops(stops);
    const firstMonth = page.locator('[data-testid="chart-energy"] .chart-keys button').first();
    await expect(firstMonth).toBeFocused();
    await expect(firstMonth).toBeVisible();
    await expect(firstMonth).toHaveAccessibleName(
      lang === 'en'
        ? /^Jan: [\d,]+ kWh — how it was computed$/
        : /^1-р сар: [\d,]+ кВт·ц — хэрхэн тооцсон$/,
    );

    // Enter opens the month's explanation over the chart, with the focus in it.
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('chart-energy-explanation');
    await expect(panel).toBeVisible();
    await expect(panel).toBeFocused();
    await expect(panel.getByTestId('explain-line').first()).toContainText('=');
    const chartBox = await page
      .getByTestId('chart-energy')
      .locator('.recharts-wrapper > svg')
      .boundingBox();
    const panelBox = await panel.boundingBox();
    expect(chartBox && panelBox).toBeTruthy();
    // Over the chart, not below it: the panel starts above the chart's bottom edge.
    expect(panelBox!.y).toBeLessThan(chartBox!.y + chartBox!.height);
    expect(panelBox!.y + 40).toBeLessThan(820);
    await shot(page, testInfo, `dashboard-explanation-1366-${lang}`);

    // Escape closes it and gives the focus back to the month that opened it.
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(firstMonth).toBeFocused();

    // The CO2 chart's sources the same way, further down the page.
    const more = await tabTo(page, (s) => s.testId === 'chart-co2' && s.tag === 'button');
    checkStops(more);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('chart-co2-explanation')).toBeFocused();
    await expect(page.getByTestId('chart-co2-explanation')).toContainText('CO2');
  });

for (const lang of ['en', 'mn'] as const)
  test(`action plan and monthly grid by keyboard: names without ids, rings ≥ 3:1 (${lang})`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1366, height: 820 });
    await openApp(page, 'en');
    await completeFirstStart(page, 'Textile company manager', 'Keyboard Check');
    await page.goto(`/#/org/${ORG}/actions`);
    if (lang === 'mn') await page.getByLabel('Language').selectOption('mn');
    await page.reload();
    await expect(page.locator('main h1')).toBeVisible();
    const stops = await tabTo(page, (s) => s.tag === 'textarea', 80).catch(() => null);
    if (stops) {
      checkStops(stops);
      const more = await tabTo(page, (s) => s.tag === 'select', 10);
      checkStops(more);
    }

    await page.goto(`/#/org/${ORG}/metrics`);
    await page.reload();
    await expect(page.locator('[data-testid^="total-"]').first()).toBeVisible();
    const grid = await tabTo(page, (s) => s.tag === 'input' && s.testId === null, 80);
    checkStops(grid);
    await shot(page, testInfo, `grid-1366-${lang}`);
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.waitForTimeout(300);
    await shot(page, testInfo, `grid-1024-${lang}`);
  });
