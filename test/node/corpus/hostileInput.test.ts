// Hostile files (shared/limits.ts) through every reader that takes them: the command line (in
// memory and on the real file system: devices, pipes, sparse files), the app's import and the
// workbook reader. Each is refused with exit 2 / a refusal naming the limit; nothing is written.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../cli/main';
import { nodeIo } from '../../../cli/nodeIo';
import type { CliIo } from '../../../cli/io';
import { readPackageBytes } from '../../../renderer/src/features/officer-import/readSubmission';
import { readWorkbook } from '../../../adapters/excel';
import { describeRefusal } from '../../../shared/workbook';
import { FILE_LIMITS } from '../../../shared/limits';
import { memoryIo } from '../../cli/memoryIo';
import { hostilePackages, hostileWorkbooks } from '../../corpus/hostileCases';

const ESC = /[\u0000-\u0008\u000b-\u001f\u007f]/;

describe('hostile packages are refused by a named limit', { timeout: 300_000 }, () => {
  for (const c of hostilePackages()) {
    it(`${c.title}: CLI score and export exit 2; the app's import refuses it`, async () => {
      const bytes = await c.bytes();
      for (const argv of [
        ['score', 'p.json'],
        ['export', 'p.json', '-o', 'w.xlsx'],
      ]) {
        const io = memoryIo(argv, { 'p.json': bytes });
        expect(await runCli(io)).toBe(2);
        expect(io.err()).toMatch(c.mentions);
        expect([...io.files.keys()]).toEqual(['p.json']);
        expect(io.out()).toBe('');
      }
      const seen = readPackageBytes(bytes, 'p.json', 'en');
      expect(seen.kind).toBe('unreadable');
      if (seen.kind === 'unreadable') expect(seen.reason).toMatch(c.mentions);
    });
  }
});

describe('hostile workbooks are refused before exceljs loads them', { timeout: 300_000 }, () => {
  for (const c of hostileWorkbooks()) {
    it(`${c.title}: the reader and CLI verify/import refuse it`, async () => {
      const bytes = await c.bytes();
      let parsed = false;
      const read = await readWorkbook(bytes, { onProgress: () => (parsed = true) });
      expect(read.ok).toBe(false);
      // the first progress report comes just before exceljs parses: it never did
      expect(parsed).toBe(false);
      if (!read.ok) {
        const text = describeRefusal(read.refusal, 'en');
        expect(text).toMatch(c.mentions);
        expect(text).not.toMatch(ESC);
      }
      for (const argv of [
        ['verify', 'w.xlsx'],
        ['import', 'w.xlsx', '-o', 'p.json'],
      ]) {
        const io = memoryIo(argv, { 'w.xlsx': bytes });
        expect(await runCli(io)).toBe(2);
        expect(io.err()).toMatch(c.mentions);
        expect(io.err()).not.toMatch(ESC);
        expect([...io.files.keys()]).toEqual(['w.xlsx']);
      }
    });
  }
});

describe('the command line checks a file before reading it', { timeout: 120_000 }, () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gt-hostile-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(argv: string[]) {
    let err = '';
    let out = '';
    const io: CliIo = {
      ...nodeIo(),
      argv,
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
    };
    return { code: await runCli(io), err, out };
  }

  it('refuses a device file (/dev/zero) without reading it', async () => {
    for (const argv of [
      ['verify', '/dev/zero'],
      ['score', '/dev/zero'],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/not a regular file/);
    }
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const r = await run(['score', fifo]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not a regular file/);
  });

  it('refuses a sparse 1.9 GB file from its size alone', async () => {
    const sparse = join(dir, 'sparse.json');
    writeFileSync(sparse, '');
    truncateSync(sparse, 1_900_000_000);
    const before = process.memoryUsage().rss;
    const r = await run(['score', sparse]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/FILE_LIMITS\.maxPackageBytes/);
    // nothing near the file's size was allocated (a read would cost 1.9 GB)
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    const wb = await run(['verify', sparse]);
    expect(wb.code).toBe(2);
    expect(wb.err).toMatch(/FILE_LIMITS\.maxWorkbookBytes/);
  });

  it('reads a file at the limit and refuses one byte more', async () => {
    const at = join(dir, 'at.json');
    writeFileSync(at, '');
    truncateSync(at, FILE_LIMITS.maxWorkbookBytes + 1);
    const r = await run(['verify', at]);
    expect(r.err).toMatch(/FILE_LIMITS\.maxWorkbookBytes/);
    truncateSync(at, FILE_LIMITS.maxWorkbookBytes);
    const ok = await run(['verify', at]);
    expect(ok.code).toBe(2);
    expect(ok.err).not.toMatch(/FILE_LIMITS/); // read, then refused as not a workbook
  });
});
