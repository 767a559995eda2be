import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The prebuilt command line (scripts/build-cli.mjs, run by npm's prepare step) must behave
// exactly like the sources it was bundled from.
describe('prebuilt command line', { timeout: 120_000 }, () => {
  // inside the project, so the bundle finds exceljs in node_modules as the real one does
  mkdirSync('out', { recursive: true });
  const outdir = mkdtempSync(join('out', 'cli-test-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));
  const node = (args: string[]) =>
    spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env } });

  it('bundles to plain JavaScript with the list of sources it was built from', () => {
    const built = node(['scripts/build-cli.mjs', '--outdir', outdir]);
    expect(built.status).toBe(0);
    const inputs = JSON.parse(readFileSync(join(outdir, 'greenthread.js.inputs.json'), 'utf8'));
    expect(inputs).toContain('cli/main.ts');
    expect(inputs).toContain('shared/engine/scorePackage.ts');
    expect(inputs.some((p: string) => p.includes('node_modules'))).toBe(false);
    expect(existsSync(join(outdir, 'greenthread.js'))).toBe(true);
  });

  it('scores the example exactly as the sources do, and keeps the exit codes', () => {
    const example = 'docs/examples/scourer-dehairer.package.json';
    const bundled = node([join(outdir, 'greenthread.js'), 'score', example]);
    const fromSource = spawnSync(process.execPath, ['cli/greenthread.mjs', 'score', example], {
      encoding: 'utf8',
      env: { ...process.env, GREENTHREAD_FROM_SOURCE: '1' },
    });
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toBe(fromSource.stdout);
    const bad = node([join(outdir, 'greenthread.js'), 'frobnicate']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
