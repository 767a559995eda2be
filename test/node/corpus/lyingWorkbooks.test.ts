// Well-formed workbooks that lie (test/corpus/lyingCases.ts), through the app's reader and the
// command line: each reads as changed, signature invalid or unsigned — never intact — and a
// visible edit is reported on the sheet and cell where it was made.
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { verdictWord } from '../../../shared/workbook';
import { verifyWorkbook } from '../../../adapters/excel';
import { runCli } from '../../../cli/main';
import { memoryIo } from '../../cli/memoryIo';
import { lyingWorkbooks, type LyingFile } from '../../corpus/lyingCases';

const KNOWN = [{ id: ACTIVE_PACK.id, version: ACTIVE_PACK.version }];

let corpus: LyingFile[] = [];
beforeAll(async () => {
  corpus = await lyingWorkbooks();
}, 120_000);

describe('workbooks that lie', { timeout: 180_000 }, () => {
  it('covers the Summary, Factors, Green project, Profile, every visible sheet, rows and forgery', () => {
    const ids = corpus.map((c) => c.id);
    for (const id of [
      'summary-category-en',
      'summary-category-mn',
      'summary-eligibility-en',
      'summary-months-cached',
      'factors-grid',
      'project-investment',
      'profile-turnover',
      'profile-employees-mn',
      'row-deleted-profile',
      'row-deleted-metrics',
      'row-added-summary',
      'row-moved-legend',
      'forged-hidden-sha256',
      'forged-hidden-unsigned',
    ])
      expect(ids).toContain(id);
    // a label edited on each of the twelve visible sheets, a formula typed over on each with one
    const labels = ids.filter((id) => id.endsWith('-label'));
    expect(labels.length).toBe(12);
    expect(ids.filter((id) => id.endsWith('-formula')).sort()).toEqual(
      ['factors-formula', 'metrics-formula', 'quality-formula', 'summary-formula'].sort(),
    );
  });

  it('verify reads each as its verdict, never intact, naming the sheet and cell edited', async () => {
    for (const c of corpus) {
      const v = await verifyWorkbook(c.bytes, { knownPacks: KNOWN });
      expect([c.id, verdictWord(v)]).toEqual([c.id, c.verdict]);
      if (v.kind !== 'changed' || c.sheet === undefined) continue;
      // an edit the package can take back is a change; any other is a visible difference
      const named = [
        ...v.changes.map((x) => ({ sheet: x.sheet, cell: `${colLetters(x.col)}${x.row}` })),
        ...v.visible.map((x) => ({ sheet: x.sheet, cell: x.cell })),
      ];
      const here = named.filter((x) => x.sheet === c.sheet);
      expect([c.id, here.length > 0]).toEqual([c.id, true]);
      if (c.cell)
        expect([c.id, here.map((x) => x.cell)]).toEqual([c.id, expect.arrayContaining([c.cell])]);
      expect([c.id, v.signature.status]).toEqual([c.id, 'valid']);
    }
  });

  it('rows deleted, added and moved are reported as rows, not as every cell below', async () => {
    const byId = new Map(corpus.map((c) => [c.id, c]));
    const kinds = async (id: string) => {
      const v = await verifyWorkbook(byId.get(id)!.bytes);
      return v.kind === 'changed' ? v.visible.map((x) => x.kind) : [];
    };
    expect(await kinds('row-deleted-profile')).toEqual(['row_deleted']);
    expect(await kinds('row-added-summary')).toEqual(['row_added']);
    // the two rows that traded places are named, each by its own row number
    const moved = await verifyWorkbook(byId.get('row-moved-legend')!.bytes);
    const rows = moved.kind === 'changed' ? [...new Set(moved.visible.map((x) => x.row))] : [];
    expect(rows.length).toBe(2);
    expect(rows[0]).toBe(3);
  });

  it('the command line exits 1 for each and writes nothing on import', async () => {
    for (const c of corpus) {
      const io = memoryIo(['verify', 'in.xlsx', '--json'], { 'in.xlsx': c.bytes });
      expect([c.id, await runCli(io)]).toEqual([c.id, 1]);
      const json = JSON.parse(io.out()) as { verdict: string };
      expect([c.id, json.verdict]).toEqual([c.id, c.verdict]);
    }
    const forged = corpus.find((c) => c.id === 'forged-hidden-sha256')!;
    const io = memoryIo(['import', 'in.xlsx', '-o', 'out.json'], { 'in.xlsx': forged.bytes });
    expect(await runCli(io)).toBe(1);
    expect([...io.files.keys()]).toEqual(['in.xlsx']);
  });
});

function colLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
