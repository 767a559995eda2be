// An MSME's old laptop (issue 18 item 14): the web build in Debian's Chromium with the CPU slowed
// 4× (DevTools Emulation.setCPUThrottlingRate), the demo data a first start seeds, and the times a
// manager feels: cold start to an interactive organisation list, screen switches, a grid figure
// committed → its year total updated, a VCP answer → the score updated, a what-if edit on the green
// project → its verdict updated. Each is a median of several runs, also at 1× for comparison.
// Interactions are timed inside the page, from the user's event to the animation frame in which
// the changed text is present, so Playwright's round trips are not counted.
// Run: npx tsx bench/throttle.bench.ts  → bench/results/throttle.json (GT_BENCH_PORT, GT_BENCH_DIST
// and GT_BENCH_OUT change the port, serve a given build, and the result file's name)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/results');
const PORT = Number(process.env.GT_BENCH_PORT ?? 4176);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 5;
const ORG = 'demo-khangai-cashmere';
const GOAL_INTERACTION_MS = 100;
const GOAL_SWITCH_MS = 500;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const round = (x: number) => Math.round(x);

/** What marks the end of a timed interaction, checked on every animation frame. */
type Done =
  | { kind: 'appears'; selector: string }
  | { kind: 'textChanged'; selector: string }
  | { kind: 'count'; selector: string; count: number };

/**
 * Arms a one-shot listener for `event` (capture phase): the first such event starts the clock and
 * a frame loop stops it when `done` holds. Then runs `act` and returns the in-page milliseconds.
 */
async function timed(
  page: Page,
  event: 'click' | 'keydown' | 'input',
  done: Done,
  act: () => Promise<void>,
): Promise<Timed> {
  await page.evaluate(
    ({ event, done }) => {
      const state: { t0: number | null; ms: number | null } = { t0: null, ms: null };
      (window as unknown as { __gtBench: typeof state }).__gtBench = state;
      const before =
        done.kind === 'textChanged' ? document.querySelector(done.selector)?.textContent : null;
      const holds = () => {
        const el = document.querySelector(done.selector);
        if (done.kind === 'count')
          return document.querySelectorAll(done.selector).length >= done.count;
        return done.kind === 'appears' ? el !== null : el !== null && el.textContent !== before;
      };
      document.addEventListener(
        event,
        () => {
          const t0 = performance.now();
          state.t0 = t0;
          const loop = () => {
            if (holds()) state.ms = performance.now() - t0;
            else if (performance.now() - t0 > 30_000) state.ms = -1;
            else requestAnimationFrame(loop);
          };
          requestAnimationFrame(loop);
        },
        { capture: true, once: true },
      );
    },
    { event, done },
  );
  await act();
  const ms = await page
    .waitForFunction(
      () => (window as unknown as { __gtBench: { ms: number | null } }).__gtBench.ms,
      undefined,
      { timeout: 60_000 },
    )
    .then(async (h) => (await h.jsonValue()) ?? -1);
  if (ms < 0) throw new Error(`never saw ${done.kind} ${done.selector}`);
  return { ms };
}

interface Timed {
  ms: number;
}
function record(into: number[], t: Timed): void {
  into.push(t.ms);
}

/** Sets an input's value as one user edit (one input event), the way a paste would. */
async function editValue(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.evaluate((el, v) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setValue?.call(el, v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

async function coldStart(page: Page): Promise<number> {
  await page.goto('about:blank');
  const t = performance.now();
  await page.goto(`${BASE}/#/`);
  const link = page.locator('.card-list li a').first();
  await link.waitFor();
  await link.click({ trial: true });
  return performance.now() - t;
}

interface Figures {
  coldStartMs: number[];
  toDashboardMs: number[];
  toDashboardWordsMs: number[];
  toDashboardAllChartsMs: number[];
  toMonthlyDataMs: number[];
  toVcpMs: number[];
  gridCommitToTotalMs: number[];
  vcpAnswerToScoreMs: number[];
  whatIfToVerdictMs: number[];
}

async function measure(page: Page): Promise<Figures> {
  const f: Figures = {
    coldStartMs: [],
    toDashboardMs: [],
    toDashboardWordsMs: [],
    toDashboardAllChartsMs: [],
    toMonthlyDataMs: [],
    toVcpMs: [],
    gridCommitToTotalMs: [],
    vcpAnswerToScoreMs: [],
    whatIfToVerdictMs: [],
  };
  for (let i = 0; i < RUNS; i++) f.coldStartMs.push(await coldStart(page));

  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${BASE}/#/`);
    await page.locator(`.card-list li a[href="#/org/${ORG}/overview"]`).waitFor();
    record(
      f.toDashboardMs,
      await timed(page, 'click', { kind: 'appears', selector: 'main .recharts-surface' }, () =>
        page.locator(`.card-list li a[href="#/org/${ORG}/overview"]`).click(),
      ),
    );
    // The same switch again, timed to the page's numbers and to its last (fifth) chart.
    for (const [done, into] of [
      [{ kind: 'appears', selector: '[data-testid="kpi-energy"]' }, f.toDashboardWordsMs],
      [
        { kind: 'count', selector: 'main .recharts-wrapper > svg', count: 5 },
        f.toDashboardAllChartsMs,
      ],
    ] as const) {
      await page.goto(`${BASE}/#/`);
      await page.locator(`.card-list li a[href="#/org/${ORG}/overview"]`).waitFor();
      record(
        into,
        await timed(page, 'click', done, () =>
          page.locator(`.card-list li a[href="#/org/${ORG}/overview"]`).click(),
        ),
      );
    }
    record(
      f.toMonthlyDataMs,
      await timed(page, 'click', { kind: 'appears', selector: '[data-testid^="total-"]' }, () =>
        page.getByRole('link', { name: 'Monthly data', exact: true }).click(),
      ),
    );
    record(
      f.toVcpMs,
      await timed(page, 'click', { kind: 'appears', selector: '[data-testid="vcp-overall"]' }, () =>
        page.getByRole('link', { name: 'Self-assessment (VCP)', exact: true }).click(),
      ),
    );
  }

  // A grid figure: typed, then Tab commits it; the clock runs from the Tab to the new total.
  await page.goto(`${BASE}/#/org/${ORG}/metrics`);
  const cell = page.getByLabel('Diesel, May', { exact: true });
  await cell.waitFor();
  for (let i = 0; i < RUNS; i++) {
    await cell.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(1800 + 10 * (i + 1)));
    record(
      f.gridCommitToTotalMs,
      await timed(
        page,
        'keydown',
        { kind: 'textChanged', selector: '[data-testid="total-energy.diesel"]' },
        () => page.keyboard.press('Tab'),
      ),
    );
  }

  // A VCP answer flipped between yes and no on the same question (the pillar's last: the first
  // ones are decided by the firm's records, which outrank a declaration): the score panel moves.
  await page.goto(`${BASE}/#/org/${ORG}/vcp`);
  const group = page.locator('[role="radiogroup"]').last();
  await group.waitFor();
  const radios = group.locator('input[type="radio"]');
  for (let i = 0; i < RUNS * 2; i++) {
    const target = radios.nth(i % 2 === 0 ? 0 : 2);
    if (await target.isChecked()) continue;
    record(
      f.vcpAnswerToScoreMs,
      await timed(page, 'click', { kind: 'textChanged', selector: '.vcp-score' }, () =>
        target.click(),
      ),
    );
    if (f.vcpAnswerToScoreMs.length === RUNS) break;
  }

  // A what-if edit: the projected coal changes, the green results are recomputed.
  await page.goto(`${BASE}/#/org/${ORG}/project`);
  const projected = 'Coal (t) — Projected (after)';
  await page.getByLabel(projected, { exact: true }).waitFor();
  for (let i = 0; i < RUNS; i++) {
    record(
      f.whatIfToVerdictMs,
      await timed(page, 'input', { kind: 'textChanged', selector: '.green-results' }, () =>
        editValue(page, projected, String(300 + 37 * (i + 1))),
      ),
    );
  }
  return f;
}

async function run(cdp: CDPSession, page: Page, rate: number) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const f = await measure(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const summary = Object.fromEntries(
    Object.entries(f).map(([k, xs]: [string, number[]]) => [
      k,
      {
        medianMs: round(median(xs)),
        runsMs: xs.map(round),
      },
    ]),
  );
  return summary as Record<keyof Figures, { medianMs: number; runsMs: number[] }>;
}

// The issue sets no goal for a cold start: it is reported beside the others.
const GOALS: Record<keyof Figures, number | null> = {
  coldStartMs: null,
  toDashboardMs: GOAL_SWITCH_MS,
  toDashboardWordsMs: GOAL_SWITCH_MS,
  toDashboardAllChartsMs: null,
  toMonthlyDataMs: GOAL_SWITCH_MS,
  toVcpMs: GOAL_SWITCH_MS,
  gridCommitToTotalMs: GOAL_INTERACTION_MS,
  vcpAnswerToScoreMs: GOAL_INTERACTION_MS,
  whatIfToVerdictMs: GOAL_INTERACTION_MS,
};

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  // GT_BENCH_DIST serves a build made earlier (e.g. a copy of out/web from before a change), so
  // two builds can be measured one after the other in the same minutes of a loaded machine.
  const dist = process.env.GT_BENCH_DIST;
  if (!dist) {
    console.log('building the web renderer…');
    const build = spawnSync(
      'npx',
      ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'],
      { cwd: ROOT, stdio: 'inherit' },
    );
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'vite.web.config.ts',
      '--port',
      String(PORT),
      '--strictPort',
      ...(dist ? ['--outDir', resolve(dist)] : []),
    ],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  );
  const browser = await chromium.launch({
    executablePath: process.env.GREENTHREAD_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    for (let i = 0; i < 60; i++) {
      try {
        if ((await fetch(BASE)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    const context = await browser.newContext({ viewport: { width: 1366, height: 820 } });
    // tsx keeps function names with an __name helper that page functions would call in the page.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('gt.language', 'en'));
    await page.goto(BASE);
    // First start as a company manager seeds the demo companies.
    await page.getByLabel('Textile company manager').check();
    await page.getByLabel('Your name').fill('Bench');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForURL(/#\/$/);
    await page.locator(`.card-list li a[href="#/org/${ORG}/overview"]`).waitFor();
    const cdp = await context.newCDPSession(page);
    const loadBefore = loadavg()[0] ?? 0;
    const at1 = await run(cdp, page, 1);
    const at4 = await run(cdp, page, 4);
    const result = {
      bench: 'web build in Debian Chromium, CPU throttled 4× (and 1× for comparison)',
      chromium: browser.version(),
      runs: RUNS,
      loadAverage1m: { before: loadBefore, after: loadavg()[0] ?? 0 },
      goals: GOALS,
      at1x: at1,
      at4x: at4,
      missedAt4x: (Object.keys(GOALS) as (keyof Figures)[]).filter(
        (k) => GOALS[k] !== null && at4[k].medianMs > (GOALS[k] ?? Infinity),
      ),
    };
    writeFileSync(
      join(OUT, process.env.GT_BENCH_OUT ?? 'throttle.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    console.table(
      Object.fromEntries(
        (Object.keys(GOALS) as (keyof Figures)[]).map((k) => [
          k,
          {
            '1× median ms': at1[k].medianMs,
            '4× median ms': at4[k].medianMs,
            'goal ms (4×)': GOALS[k] ?? '—',
            met: GOALS[k] === null ? '—' : at4[k].medianMs <= GOALS[k] ? 'yes' : 'NO',
          },
        ]),
      ),
    );
    console.log(
      `load average (1 min) ${result.loadAverage1m.before.toFixed(1)} → ${result.loadAverage1m.after.toFixed(1)} on ${cpus().length} cores: figures from a loaded machine are upper bounds.`,
    );
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
