#!/usr/bin/env node
// Runs every test layer (vitest node + DOM projects, then Playwright in Debian's Chromium) and
// ends with one plain line "N passed, N failed" that CI reads: it understands neither vitest's
// nor Playwright's own summaries.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
const only = process.argv[2]; // optional: "unit" or "e2e"
let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

function run(cmd, args, extraEnv = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return res.status ?? 1;
}

if (only !== 'e2e') {
  rmSync('.vitest.json', { force: true });
  const code = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile=.vitest.json',
  ]);
  if (existsSync('.vitest.json')) {
    const r = JSON.parse(readFileSync('.vitest.json', 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    // A suite that fails to load has no failed test of its own: count it so it cannot hide.
    const brokenSuites = (r.testResults ?? []).filter(
      (s) =>
        s.status === 'failed' && (s.assertionResults ?? []).every((a) => a.status !== 'failed'),
    ).length;
    failed += brokenSuites;
    if (code !== 0 && r.numFailedTests === 0 && brokenSuites === 0) {
      failed += 1;
      problems.push(`vitest exited with ${code}`);
    }
  } else {
    failed += 1;
    problems.push('vitest wrote no report');
  }
}

if (only !== 'unit') {
  rmSync('.pw.json', { force: true });
  const code = run('npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: '.pw.json',
  });
  if (existsSync('.pw.json')) {
    const r = JSON.parse(readFileSync('.pw.json', 'utf8'));
    const s = r.stats ?? {};
    passed += (s.expected ?? 0) + (s.flaky ?? 0);
    failed += s.unexpected ?? 0;
    skipped += s.skipped ?? 0;
    if (code !== 0 && !(s.unexpected > 0)) {
      failed += 1;
      problems.push(
        `playwright exited with ${code}${(r.errors ?? []).length ? ': ' + r.errors[0].message : ''}`,
      );
    }
  } else {
    failed += 1;
    problems.push('playwright wrote no report');
  }
}

for (const p of problems) console.error(`test runner: ${p}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
