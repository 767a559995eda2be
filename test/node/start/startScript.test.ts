import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// `npm start` on a machine where the Electron binary cannot be fetched must say so in words and
// fall back to the browser build, never end in Electron's stack trace.
function dryRun(env: Record<string, string>) {
  const res = spawnSync(process.execPath, ['scripts/start.mjs', '--dry-run'], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '', ...env },
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe('npm start', () => {
  it('serves the browser build with a plain message when Electron is not installed', () => {
    const empty = mkdtempSync(join(tmpdir(), 'gt-electron-'));
    const r = dryRun({ GT_ELECTRON_DIR: empty, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('could not open its desktop window');
    expect(r.out).toContain('http://127.0.0.1:');
    expect(r.out).toMatch(/^start: browser \(ELECTRON_SKIP_BINARY_DOWNLOAD is set\)$/m);
    expect(r.err).not.toMatch(/at .*\(.*:\d+:\d+\)/); // no stack trace
  });

  it('opens Electron when its binary is on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gt-electron-'));
    writeFileSync(join(dir, 'path.txt'), 'electron');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    const r = dryRun({ GT_ELECTRON_DIR: dir });
    expect(r.code).toBe(0);
    expect(r.out).toContain(`start: electron (${join(dir, 'dist', 'electron')})`);
  });
});
