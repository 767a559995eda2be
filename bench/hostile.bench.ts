// Hostile files (test/corpus/hostileCases.ts, plus a device and a sparse file) through the real
// command line, each in its own process: wall time and peak memory (GNU time's max RSS) until the
// refusal, and the exit code, which must be 2. Goal: every refusal bounded (issue 17 measured
// 56 s / 2.9 GB for an inflated sheet, 24 GB for /dev/zero, an OOM exit 134 for a million answers).
// Every class with a command-line reader is here (huge records, deep JSON, prototype ids, oversized
// packages, cells and inflated sheets, duplicate parts, escape sequences, device and sparse files);
// crafted backups have no command-line reader: the app's import and restore refuse them in
// test/renderer/corpus/everyReader.test.ts.
// Run: npx tsx bench/hostile.bench.ts → bench/results/hostile.json
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostilePackages, hostileWorkbooks } from '../test/corpus/hostileCases';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'gt-hostile-bench-'));
const rows: { file: string; command: string; exit: number | null; ms: number; peakMb: number }[] =
  [];

function measure(file: string, path: string, command: string[]) {
  const t0 = performance.now();
  const res = spawnSync(
    '/usr/bin/time',
    ['-f', 'MAXRSS %M', 'node', 'cli/greenthread.mjs', ...command, path],
    { cwd: root, encoding: 'utf8' },
  );
  const ms = performance.now() - t0;
  const kb = Number(/MAXRSS (\d+)/.exec(res.stderr)?.[1] ?? NaN);
  rows.push({ file, command: command[0] ?? '', exit: res.status, ms, peakMb: kb / 1024 });
}

try {
  for (const c of hostilePackages()) {
    const path = join(dir, `${c.id}.json`);
    writeFileSync(path, await c.bytes());
    measure(c.id, path, ['score']);
  }
  for (const c of hostileWorkbooks()) {
    const path = join(dir, `${c.id}.xlsx`);
    writeFileSync(path, await c.bytes());
    measure(c.id, path, ['verify']);
  }
  const sparse = join(dir, 'sparse-1.9GB.json');
  writeFileSync(sparse, '');
  truncateSync(sparse, 1_900_000_000);
  measure('sparse-1.9GB', sparse, ['score']);
  measure('/dev/zero', '/dev/zero', ['verify']);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('file                 command  exit      ms  peak MB');
for (const r of rows)
  console.log(
    `${r.file.padEnd(20)} ${r.command.padEnd(8)} ${String(r.exit).padStart(4)} ${r.ms.toFixed(0).padStart(7)} ${r.peakMb.toFixed(0).padStart(8)}`,
  );
const allRefused = rows.every((r) => r.exit === 2);
console.log(allRefused ? 'every hostile file refused with exit 2' : 'FAIL: not every exit was 2');
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/hostile.json'),
  `${JSON.stringify({ rows, allRefused }, null, 2)}\n`,
);
process.exit(allRefused ? 0 : 1);
