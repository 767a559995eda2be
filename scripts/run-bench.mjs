#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts (each prints its own table and writes
// bench/results/<name>.json), then prints one summary table. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const only = process.argv.slice(2);
const benches = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const failed = [];
for (const file of benches) {
  console.log(`\n=== ${file}`);
  const res = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit' });
  if (res.status !== 0) failed.push(file);
}
const summary = {};
for (const f of readdirSync('bench/results').filter(
  (f) => f.endsWith('.json') && f !== 'summary.json',
)) {
  summary[f.replace(/\.json$/, '')] = JSON.parse(readFileSync(`bench/results/${f}`, 'utf8'));
}
summary.generatedAt = new Date().toISOString();
if (existsSync('bench/results'))
  writeFileSync('bench/results/summary.json', `${JSON.stringify(summary, null, 2)}\n`);
console.log(
  `\n${benches.length - failed.length} benchmarks ran${failed.length ? `, failed: ${failed.join(', ')}` : ''}`,
);
process.exit(failed.length ? 1 : 0);
