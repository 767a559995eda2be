// Workbook export and import of a 5-year monthly package, each beside raw exceljs writing or
// reading the same cells in the same run. Export builds the spec, records every visible cell,
// signs it (Ed25519) and writes; import is the full verify (signature, every visible cell, the
// editable cells) that must read intact. Goal [D]: ≤ 1.5× raw and < 1 s. Median of 5 runs after
// a warm-up; the load average is printed (the machine may be shared).
// Run: npx tsx bench/workbook.bench.ts  → bench/results/workbook.json
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { ACTIVE_PACK } from '../shared/catalogue/packs';
import { generatePackage } from '../shared/engine/generatePackage';
import { scorePackage } from '../shared/engine/scorePackage';
import { generateSigningKey } from '../shared/crypto/ed25519';
import { buildWorkbookSpec, signWorkbook, type WorkbookSpec } from '../shared/workbook';
import { verifyWorkbook, writeWorkbook } from '../adapters/excel';

const MONTHS = 60;
const RUNS = 5;
const GOAL_RATIO = 1.5;
const GOAL_MS = 1000;

const pkg = generatePackage(2026, MONTHS, ACTIVE_PACK);
const results = scorePackage(pkg, ACTIVE_PACK);
const key = await generateSigningKey();
const build = () =>
  signWorkbook(
    buildWorkbookSpec({
      pkg,
      pack: ACTIVE_PACK,
      results,
      language: 'mn',
      charts: null,
      signingPublicKey: key.publicKey,
    }),
    key,
  );

/** Raw exceljs: the same sheets and cell values, nothing else (no styles, validation, protection). */
async function rawWrite(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === null) return;
        ws.getCell(r + 1, c + 1).value =
          cell.t === 'f' ? { formula: cell.f, result: cell.result, date1904: false } : cell.v;
      });
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function rawRead(bytes: Uint8Array): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  let cells = 0;
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell(() => {
        cells++;
      }),
    );
  return cells;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const out = await fn();
  return [performance.now() - t0, out];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const spec = (await build()).spec;
const ourBytes = await writeWorkbook(spec);
const rawBytes = await rawWrite(spec);
await verifyWorkbook(ourBytes); // warm-up: JIT and the lazy exceljs import
await rawRead(rawBytes);

const t = {
  ourExport: [] as number[],
  rawExport: [] as number[],
  ourImport: [] as number[],
  rawImport: [] as number[],
};
for (let i = 0; i < RUNS; i++) {
  // ours includes building the spec (digest, formulas, visible-cell record) and signing it
  t.ourExport.push((await time(async () => writeWorkbook((await build()).spec)))[0]);
  t.rawExport.push((await time(() => rawWrite(spec)))[0]);
  const [ms, verdict] = await time(() => verifyWorkbook(ourBytes));
  if (verdict.kind !== 'intact') throw new Error(`bench workbook is ${verdict.kind}`);
  t.ourImport.push(ms);
  t.rawImport.push((await time(() => rawRead(ourBytes)))[0]);
}
const m = Object.fromEntries(
  Object.entries(t).map(([k, v]) => [k, Math.round(median(v))]),
) as Record<keyof typeof t, number>;
const exportRatio = m.ourExport / m.rawExport;
const importRatio = m.ourImport / m.rawImport;
const cells = spec.sheets.reduce(
  (s, sh) => s + sh.rows.reduce((a, r) => a + r.filter((c) => c !== null).length, 0),
  0,
);

const load = loadavg().map((x) => Number(x.toFixed(2)));
console.log(
  `workbook bench: ${MONTHS}-month package, ${spec.sheets.length} sheets, ${cells} cells, ${ourBytes.length} bytes`,
);
console.table([
  {
    step: 'export',
    greenthreadMs: m.ourExport,
    rawExceljsMs: m.rawExport,
    ratio: exportRatio.toFixed(2),
  },
  {
    step: 'import',
    greenthreadMs: m.ourImport,
    rawExceljsMs: m.rawImport,
    ratio: importRatio.toFixed(2),
  },
]);
console.log(
  `export (signed) ${exportRatio.toFixed(2)}× raw exceljs; import (full verify) ${importRatio.toFixed(2)}× raw exceljs; verify of one workbook ${m.ourImport} ms; load average ${load.join(' ')} on ${cpus().length} cores`,
);
const meetsGoal =
  exportRatio <= GOAL_RATIO &&
  importRatio <= GOAL_RATIO &&
  m.ourExport < GOAL_MS &&
  m.ourImport < GOAL_MS;
console.log(`goal ≤ ${GOAL_RATIO}× raw and < ${GOAL_MS} ms: ${meetsGoal ? 'met' : 'NOT met'}`);

const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'workbook.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      bench: 'workbook',
      months: MONTHS,
      sheets: spec.sheets.length,
      cells,
      bytes: ourBytes.length,
      runs: RUNS,
      runMs: t,
      medianMs: m,
      exportRatio: Number(exportRatio.toFixed(3)),
      importRatio: Number(importRatio.toFixed(3)),
      goal: { ratio: GOAL_RATIO, ms: GOAL_MS },
      meetsGoal,
      verifyMs: m.ourImport,
      loadAverage: load,
      node: process.version,
      cpus: cpus().length,
      at: new Date().toISOString(),
    },
    null,
    2,
  )}\n`,
);
