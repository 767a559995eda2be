// Backup and restore of a whole database of 1,000 organisations × 24 months (24,000 period
// rows, assessments, snapshots, actions, projects, evidence files, audit events, portfolio),
// in node with fake-indexeddb. Median of 3 runs each; the restored copy is checked with
// databaseDigest. fake-indexeddb is a pure-JS IndexedDB, so Chromium's own figures will differ.
// Run: npx tsx bench/backup.bench.ts  → bench/results/backup.json
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseDigest } from '../renderer/src/db/backup/databaseDigest';
import { exportBackup } from '../renderer/src/db/backup/exportBackup';
import { restoreBackup } from '../renderer/src/db/backup/restoreBackup';
import { GreenThreadDb } from '../renderer/src/db/db';
import { generateDatabase } from '../test/renderer/db/generateDatabase';

const ORGS = 1000;
const MONTHS = 24;
const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function main(): Promise<void> {
  const source = new GreenThreadDb(`bench-src-${crypto.randomUUID()}`);
  let t = performance.now();
  await generateDatabase(source, { orgs: ORGS, months: MONTHS });
  const generateMs = performance.now() - t;
  const digest = await databaseDigest(source);

  const backupMs: number[] = [];
  let blob: Blob | undefined;
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    blob = await exportBackup(undefined, source);
    backupMs.push(performance.now() - t);
  }
  if (!blob) throw new Error('no backup made');

  const restoreMs: number[] = [];
  let identical = true;
  for (let i = 0; i < RUNS; i++) {
    const target = new GreenThreadDb(`bench-dst-${crypto.randomUUID()}`);
    t = performance.now();
    await restoreBackup(blob, { mode: 'replace' }, undefined, target);
    restoreMs.push(performance.now() - t);
    // The restore records itself in the audit log; everything else must equal the source.
    identical &&= (await databaseDigest(target, { ignoreRestoreEvents: true })) === digest;
    await target.delete();
  }

  const result = {
    bench: 'database backup and restore (fake-indexeddb, node)',
    organisations: ORGS,
    months: MONTHS,
    periodRows: await source.periods.count(),
    totalRows: (await Promise.all(source.tables.map((tb) => tb.count()))).reduce(
      (a, b) => a + b,
      0,
    ),
    backupBytes: blob.size,
    runs: RUNS,
    generateMs: round(generateMs),
    backupMedianMs: round(median(backupMs)),
    backupRunsMs: backupMs.map(round),
    restoreMedianMs: round(median(restoreMs)),
    restoreRunsMs: restoreMs.map(round),
    restoredIdentical: identical,
    node: process.version,
  };
  await source.delete();
  console.log(JSON.stringify(result, null, 2));
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'backup.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  if (!identical) process.exitCode = 1;
}

await main();
