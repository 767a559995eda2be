// The abuse corpus through the command line (import, verify, score for workbooks; score and
// export for package files): exit 2, a message naming the file and the reason, no output file.
import { runCli } from '../../../cli/main';
import { refusedWorkbooks, type RefusedFile } from '../../corpus/workbookCases';
import {
  INJECTIONS,
  injectedPackage,
  newerPackPackage,
  refusedPackages,
} from '../../corpus/packageCases';
import { memoryIo } from '../../cli/memoryIo';
import { refusedPacks } from '../../corpus/packCases';
import { basePackage } from '../../corpus/workbookCases';

let corpus: RefusedFile[] = [];
beforeAll(async () => {
  corpus = await refusedWorkbooks();
}, 120_000);

async function run(argv: string[], file: string, bytes: Uint8Array) {
  const io = memoryIo(argv, { [file]: bytes });
  const code = await runCli(io);
  return { code, err: io.err(), out: io.out(), files: [...io.files.keys()] };
}

describe('command line refuses every corpus file', { timeout: 180_000 }, () => {
  it('import, verify and score each refuse every bad workbook, naming the reason', async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    for (const c of corpus) {
      const commands = [
        ['import', 'in.xlsx', '-o', 'out.json'],
        ['verify', 'in.xlsx', '--json'],
        ['score', 'in.xlsx'],
      ];
      for (const argv of commands) {
        const r = await run(argv, 'in.xlsx', c.bytes);
        const tag = `${c.id} ${argv[0] ?? ''}`;
        expect([tag, r.code]).toEqual([tag, 2]);
        expect([tag, r.err]).toEqual([tag, expect.stringMatching(c.mentions)]);
        expect(r.err).toContain('in.xlsx');
        // nothing written, not even a temporary file
        expect(r.files).toEqual(['in.xlsx']);
        if (argv[0] !== 'verify') expect(r.out).toBe('');
        else {
          const json = JSON.parse(r.out) as { verdict: string; refusal: { code: string } };
          expect([tag, json.verdict]).toEqual([tag, 'unreadable']);
          expect(c.codes).toContain(json.refusal.code);
        }
      }
    }
  });

  it('score and export refuse every bad package file, naming the field', async () => {
    for (const c of refusedPackages()) {
      for (const argv of [
        ['score', 'p.json'],
        ['export', 'p.json', '-o', 'w.xlsx'],
      ]) {
        const r = await run(argv, 'p.json', c.bytes);
        const tag = `${c.id} ${argv[0] ?? ''}`;
        expect([tag, r.code]).toEqual([tag, 2]);
        expect([tag, r.err]).toEqual([tag, expect.stringMatching(c.mentions)]);
        expect(r.files).toEqual(['p.json']);
      }
    }
  });

  it('pack check and score --pack refuse every bad criteria-pack file, naming the field', async () => {
    const pkg = JSON.stringify(basePackage());
    for (const c of refusedPacks()) {
      for (const argv of [
        ['pack', 'check', 'bank.json'],
        ['score', 'p.json', '--pack', 'bank.json'],
      ]) {
        const io = memoryIo(argv, { 'bank.json': c.bytes, 'p.json': pkg });
        const code = await runCli(io);
        const tag = `${c.id} ${argv.join(' ')}`;
        expect([tag, code]).toEqual([tag, 2]);
        expect([tag, io.err()]).toEqual([tag, expect.stringMatching(c.mentions)]);
        expect(io.err()).toContain('bank.json');
        // Nothing scored, nothing written.
        expect([tag, io.out()]).toEqual([tag, '']);
        expect([...io.files.keys()].sort()).toEqual(['bank.json', 'p.json']);
      }
    }
  });

  it('keeps injection text as text through export and import', async () => {
    const pkg = injectedPackage();
    const io = memoryIo(['export', 'p.json', '-o', 'w.xlsx'], { 'p.json': JSON.stringify(pkg) });
    expect(await runCli(io)).toBe(0);
    const io2 = memoryIo(['import', 'w.xlsx', '-o', 'b.json'], {
      'w.xlsx': io.files.get('w.xlsx')!,
    });
    expect(await runCli(io2)).toBe(0);
    const json = JSON.parse(new TextDecoder().decode(io2.files.get('b.json'))) as typeof pkg;
    expect(json).toEqual(pkg);
    for (const inj of INJECTIONS)
      expect(JSON.stringify(json)).toContain(JSON.stringify(inj).slice(1, -1));
  });

  it('refuses a package pinned to a newer version of the criteria pack', async () => {
    const r = await run(['score', 'p.json'], 'p.json', newerPackPackage());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/99\.0\.0 is newer than this app knows/);
  });
});
