// The command line for a bank's batch work. Goals (issue 16.9):
//   start-up ≤ 2× `node -e 0` (median wall time of `greenthread --help`, runs interleaved);
//   N workbooks verified in one call in ≤ 1.3× the time raw exceljs needs to read them, divided
//   by the cores (raw: per-file read time measured on a sample in this process, times N).
// Run: npx tsx bench/cli.bench.ts  (BENCH_CLI_FILES=200 for a shorter run) → bench/results/cli.json
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FILES = Number(process.env.BENCH_CLI_FILES ?? 1000);
const START_RUNS = 15;
const RAW_SAMPLE = 60;
const GOAL_START = 2;
const GOAL_BATCH = 1.3;
const cores = availableParallelism();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const wall = (cmd: string, args: string[]) => {
  const t0 = performance.now();
  const res = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (res.status !== 0 && !args.includes('--help'))
    throw new Error(`${args.join(' ')}: ${res.stderr}`);
  return { ms, res };
};

if (spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root }).status !== 0)
  throw new Error('the CLI bundle did not build');
const cli = join(root, 'cli', 'greenthread.mjs');

// 1. start-up
const ours: number[] = [];
const bare: number[] = [];
wall(process.execPath, [cli, '--help']); // warm the file cache
for (let i = 0; i < START_RUNS; i++) {
  ours.push(wall(process.execPath, [cli, '--help']).ms);
  bare.push(wall(process.execPath, ['-e', '0']).ms);
}
const startRatio = median(ours) / median(bare);

// 2. batch verify of FILES copies of one exported workbook
const dir = mkdtempSync(join(tmpdir(), 'gt-cli-bench-'));
const one = join(dir, 'one.xlsx');
wall(process.execPath, [cli, 'export', 'docs/examples/scourer-dehairer.package.json', '-o', one]);
const inDir = join(dir, 'in');
mkdirSync(inDir);
for (let i = 0; i < FILES; i++) linkSync(one, join(inDir, `w${String(i).padStart(4, '0')}.xlsx`));
const report = join(dir, 'report.json');
const batch = wall(process.execPath, [cli, 'verify', inDir, '--report', report]);
const verdicts = (JSON.parse(readFileSync(report, 'utf8')) as { files: { exit: number }[] }).files;
const intact = verdicts.filter((f) => f.exit === 0).length;

const bytes = readFileSync(one);
const rawOnce = async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  let cells = 0;
  for (const ws of wb.worksheets)
    ws.eachRow((row) => {
      row.eachCell(() => {
        cells++;
      });
    });
  return cells;
};
await rawOnce();
const t0 = performance.now();
for (let i = 0; i < RAW_SAMPLE; i++) await rawOnce();
const rawPerFile = (performance.now() - t0) / RAW_SAMPLE;
const rawBudgetMs = (rawPerFile * FILES) / cores;
const batchRatio = batch.ms / rawBudgetMs;
rmSync(dir, { recursive: true, force: true });

console.log(`cli bench: ${String(FILES)} workbooks, ${String(cores)} cores`);
console.table([
  {
    measure: 'start-up (--help), median ms',
    greenthread: Math.round(median(ours)),
    baseline: `${String(Math.round(median(bare)))} (node -e 0)`,
    ratio: startRatio.toFixed(2),
    goal: `≤ ${String(GOAL_START)}×`,
  },
  {
    measure: `verify ${String(FILES)} workbooks, ms`,
    greenthread: Math.round(batch.ms),
    baseline: `${String(Math.round(rawBudgetMs))} (raw exceljs ${rawPerFile.toFixed(1)} ms/file ÷ ${String(cores)} cores)`,
    ratio: batchRatio.toFixed(2),
    goal: `≤ ${String(GOAL_BATCH)}×`,
  },
]);
const meetsGoal = startRatio <= GOAL_START && batchRatio <= GOAL_BATCH && intact === FILES;
console.log(
  `${String(intact)}/${String(FILES)} read as intact; goal: ${meetsGoal ? 'met' : 'NOT met'}`,
);

const out = join(root, 'bench', 'results', 'cli.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      bench: 'cli',
      files: FILES,
      cores,
      startMs: { greenthread: ours, nodeE0: bare },
      startRatio: Number(startRatio.toFixed(3)),
      batchMs: Math.round(batch.ms),
      rawPerFileMs: Number(rawPerFile.toFixed(2)),
      rawBudgetMs: Math.round(rawBudgetMs),
      batchRatio: Number(batchRatio.toFixed(3)),
      intact,
      goal: { start: GOAL_START, batch: GOAL_BATCH },
      meetsGoal,
      node: process.version,
      cpus: cpus().length,
      at: new Date().toISOString(),
    },
    null,
    2,
  )}\n`,
);
