import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BatchHost } from '../../cli/batch';
import { runCli } from '../../cli/main';
import { samplePackage } from '../shared/workbook/fixtures';
import { memoryIo, type MemoryIo } from './memoryIo';

const PKG = JSON.stringify({ ...samplePackage(), packId: 'gt-textile-mn' });

/** Runs each file's command in-process against the same memory files, one at a time. */
function memoryHost(io: MemoryIo, dirs: Record<string, string[]>): BatchHost {
  return {
    cores: 2,
    now: () => 0,
    isDirectory: async (p) => p in dirs,
    expand: async (paths) => paths.flatMap((p) => dirs[p] ?? [p]),
    run: async (argv) => {
      let stdout = '';
      let stderr = '';
      const one = {
        ...io,
        argv,
        stdout: (t: string) => void (stdout += t),
        stderr: (t: string) => void (stderr += t),
      };
      const code = await runCli(one);
      return { code, stdout, stderr };
    },
    close: async () => {},
  };
}

async function workbook(): Promise<Uint8Array> {
  const io = memoryIo(['export', 'p.json', '-o', 'w.xlsx'], { 'p.json': PKG });
  expect(await runCli(io)).toBe(0);
  return io.files.get('w.xlsx')!;
}

describe('batch mode', { timeout: 120_000 }, () => {
  it('checks every file in the order given, ends on the worst exit code and writes a formula-safe report', async () => {
    const wb = await workbook();
    const files = { 'in/a.xlsx': wb, 'in/b.xlsx': wb, '=cmd|x.xlsx': 'not a zip' };
    const io = memoryIo(['verify', 'in', '=cmd|x.xlsx', '--report', 'r.csv'], files);
    const code = await runCli(io, memoryHost(io, { in: ['in/a.xlsx', 'in/b.xlsx'] }));
    expect(code).toBe(2);
    const lines = io.out().trim().split('\n');
    expect(lines[0]).toMatch(/^intact\s+in\/a\.xlsx$/);
    expect(lines[1]).toMatch(/^intact\s+in\/b\.xlsx$/);
    expect(lines[2]).toMatch(/^unreadable\s+=cmd\|x\.xlsx — /);
    expect(lines[3]).toBe('3 files: 2 intact, 1 unreadable (0.0 s)');
    const csv = new TextDecoder().decode(io.files.get('r.csv'));
    expect(csv.split('\n')[0]).toBe('file,exit,verdict,message,output');
    // a file name that a spreadsheet would run as a formula is written as text
    expect(csv).toContain("\n'=cmd|x.xlsx,2,unreadable,");
  });

  it('imports many files into a folder, one package per workbook, names never colliding', async () => {
    const wb = await workbook();
    const io = memoryIo(['import', 'x/w.xlsx', 'y/w.xlsx', '-o', 'out'], {
      'x/w.xlsx': wb,
      'y/w.xlsx': wb,
    });
    const code = await runCli(io, memoryHost(io, { out: [] }));
    expect(code).toBe(0);
    expect([...io.files.keys()].filter((k) => k.startsWith('out/')).sort()).toEqual([
      'out/w-2.package.json',
      'out/w.package.json',
    ]);
  });

  it('scores many packages: a line each, a summary, a results file per input and a JSON report', async () => {
    const io = memoryIo(['score', 'pk', 'bad.json', '-o', 'res', '--report', 'r.json'], {
      'pk/a.json': PKG,
      'pk/b.json': PKG,
      'bad.json': '{ not json',
    });
    const code = await runCli(io, memoryHost(io, { pk: ['pk/a.json', 'pk/b.json'], res: [] }));
    expect(code).toBe(2);
    const lines = io.out().trim().split('\n');
    expect(lines[0]).toMatch(/^scored\s+pk\/a\.json$/);
    expect(lines[1]).toMatch(/^scored\s+pk\/b\.json$/);
    expect(lines[2]).toMatch(/^refused\s+bad\.json — ./);
    expect(lines[3]).toBe('3 files: 2 scored, 1 refused (0.0 s)');
    expect(lines).toHaveLength(4);
    const written = JSON.parse(new TextDecoder().decode(io.files.get('res/a.results.json')));
    expect(written).toEqual(
      JSON.parse(new TextDecoder().decode(io.files.get('res/b.results.json'))),
    );
    const report = JSON.parse(new TextDecoder().decode(io.files.get('r.json'))) as {
      command: string;
      files: { file: string; exit: number; output: string | null }[];
    };
    expect(report.command).toBe('score');
    expect(report.files.map((f) => [f.file, f.exit, f.output])).toEqual([
      ['pk/a.json', 0, 'res/a.results.json'],
      ['pk/b.json', 0, 'res/b.results.json'],
      ['bad.json', 2, null],
    ]);
  });

  it('refuses a batch import without an output folder and a report that is neither CSV nor JSON', async () => {
    const io = memoryIo(['import', 'a.xlsx', 'b.xlsx']);
    expect(await runCli(io, memoryHost(io, {}))).toBe(2);
    expect(io.err()).toContain('-o <folder>');
    const io2 = memoryIo(['verify', 'a.xlsx', 'b.xlsx', '--report', 'r.txt']);
    expect(await runCli(io2, memoryHost(io2, {}))).toBe(2);
    expect(io2.err()).toContain('.csv or .json');
  });

  it('runs a folder on worker threads in the prebuilt command line, JSON report included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gt-batch-'));
    // inside the project, so the bundle finds exceljs in node_modules as the real one does
    mkdirSync('out', { recursive: true });
    const outdir = mkdtempSync(join('out', 'cli-test-'));
    onTestFinished(() => rmSync(outdir, { recursive: true, force: true }));
    expect(spawnSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', outdir]).status).toBe(
      0,
    );
    const inDir = join(dir, 'in');
    mkdirSync(join(inDir, 'sub'), { recursive: true });
    writeFileSync(join(inDir, 'a.xlsx'), await workbook());
    copyFileSync(join(inDir, 'a.xlsx'), join(inDir, 'sub', 'b.xlsx'));
    writeFileSync(join(inDir, '~$a.xlsx'), 'Office lock file'); // never an input
    writeFileSync(join(inDir, 'notes.txt'), 'not a workbook');
    const report = join(dir, 'r.json');
    const res = spawnSync(
      process.execPath,
      [join(outdir, 'greenthread.js'), 'verify', inDir, '--report', report],
      {
        encoding: 'utf8',
      },
    );
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('2 files: 2 intact');
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      files: { file: string; exit: number }[];
    };
    expect(json.files.map((f) => [f.file, f.exit])).toEqual([
      [join(inDir, 'a.xlsx'), 0],
      [join(inDir, 'sub', 'b.xlsx'), 0],
    ]);
  });
});
