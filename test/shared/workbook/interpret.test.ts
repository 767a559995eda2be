import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import {
  applyChanges,
  buildWorkbookSpec,
  describeRefusal,
  interpretWorkbook,
  MACHINE_SHEET,
  type RawWorkbook,
} from '../../../shared/workbook';
import { WORKBOOK_FORMAT_VERSION } from '../../../shared/workbook/machineSheet';
import { samplePackage } from './fixtures';
import { specToRaw } from './specToRaw';
import { signedWith, TEST_KEY } from './testKeys';

function built(language: 'en' | 'mn' = 'en') {
  return signedWith(
    buildWorkbookSpec({
      pkg: samplePackage(),
      pack: ACTIVE_PACK,
      results: null,
      language,
      charts: null,
      signingPublicKey: TEST_KEY.publicKey,
    }),
  );
}

function sheet(raw: RawWorkbook, name: string) {
  const s = raw.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Rows inserted (+n) or deleted (-n) at a 1-based row, as a spreadsheet does: formulas move too. */
function shiftRows(raw: RawWorkbook, name: string, at: number, n: number): void {
  const s = sheet(raw, name);
  if (n > 0) s.rows.splice(at - 1, 0, ...Array.from({ length: n }, () => []));
  else s.rows.splice(at - 1, -n);
  const moved = new Map<string, string>();
  for (const [cell, f] of s.formulas ?? []) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell)!;
    const r = Number(row);
    if (n < 0 && r >= at && r < at - n) continue;
    moved.set(`${col}${r >= at ? r + n : r}`, f);
  }
  s.formulas = moved;
}

function rowOfId(raw: RawWorkbook, name: string, id: string): number {
  const i = sheet(raw, name).rows.findIndex((r) => r[0] === id);
  if (i < 0) throw new Error(`no row ${id}`);
  return i;
}

describe('interpretWorkbook', () => {
  it('reads back an untouched workbook as intact with the same package', async () => {
    const v = await interpretWorkbook(specToRaw((await built()).spec));
    expect(v.kind).toBe('intact');
    if (v.kind === 'intact') expect(v.pkg).toEqual(samplePackage());
  });

  it('reports exactly the answers an officer changed with the drop-downs, in either language', async () => {
    const b = await built('mn');
    const raw = specToRaw(b.spec);
    const vcp = b.layout.vcp!;
    const r1 = rowOfId(raw, vcp.sheet, 'VCP-EN-01');
    sheet(raw, vcp.sheet).rows[r1]![vcp.answerCol - 1] = 'Үгүй';
    const es = b.layout.es!;
    const r2 = rowOfId(raw, es.sheet, 'ES-LAB-01');
    sheet(raw, es.sheet).rows[r2]![es.answerCol - 1] = 'Finding';
    const v = await interpretWorkbook(raw);
    expect(v.kind).toBe('changed');
    if (v.kind !== 'changed') return;
    expect(v.digestMatches).toBe(true);
    expect(v.changes).toEqual([
      {
        kind: 'vcp',
        sheet: vcp.sheet,
        row: r1 + 1,
        col: vcp.answerCol,
        id: 'VCP-EN-01',
        field: 'answer',
        before: 'yes',
        after: 'no',
        valid: true,
      },
      {
        kind: 'es',
        sheet: es.sheet,
        row: r2 + 1,
        col: es.answerCol,
        id: 'ES-LAB-01',
        field: 'result',
        before: 'ok',
        after: 'finding',
        valid: true,
      },
    ]);
    const applied = applyChanges(v.pkg, v.changes);
    expect(applied.ok).toBe(true);
    if (applied.ok) {
      expect(applied.value.vcp?.answers['VCP-EN-01']).toEqual({
        answer: 'no',
        comment: '@SUM(A1:A9)',
      });
      expect(applied.value.es?.checks['ES-LAB-01']?.result).toBe('finding');
    }
  });

  it('reports a metric cell typed over, cleared or filled, keyed by period and metric', async () => {
    const b = await built();
    const raw = specToRaw(b.spec);
    const m = b.layout.metricsGrid!;
    const block = m.blocks[0]!;
    const rowOf = (metric: string) => block.rows.find((x) => x.metric === metric)!.row - 1;
    const colOf = (period: string) => block.periods.find((x) => x.period === period)!.col - 1;
    const rows = sheet(raw, m.sheet).rows;
    rows[rowOf('energy.electricity')]![colOf('2025-01')] = 60_000; // 52,000 → 60,000
    rows[rowOf('energy.diesel')]![colOf('2025-01')] = null; // 400 → empty
    rows[rowOf('energy.diesel')]![colOf('2025-02')] = 250; // empty → 250
    const v = await interpretWorkbook(raw);
    expect(
      v.kind === 'changed' && v.changes.map((c) => [c.id, c.field, c.before, c.after]),
    ).toEqual([
      ['2025-01', 'energy.electricity', 52_000, 60_000],
      ['2025-01', 'energy.diesel', 400, null],
      ['2025-02', 'energy.diesel', null, 250],
    ]);
    if (v.kind !== 'changed') return;
    const applied = applyChanges(v.pkg, v.changes);
    expect(applied.ok && applied.value.periods[1]?.values['energy.diesel']).toEqual({
      value: 250,
      unit: 'L',
    });
    expect(applied.ok && applied.value.periods[0]?.values['energy.diesel']).toBeUndefined();
  });

  it('finds a metric by its row label when a row above it was inserted or deleted', async () => {
    const b = await built();
    const m = b.layout.metricsGrid!;
    const block = m.blocks[0]!;
    const el = block.rows.find((x) => x.metric === 'energy.electricity')!;
    const jan = block.periods.find((x) => x.period === '2025-01')!.col - 1;
    // a blank row inserted above the block: nothing moves onto the wrong metric
    const inserted = specToRaw(b.spec);
    shiftRows(inserted, m.sheet, 1, 1);
    sheet(inserted, m.sheet).rows[el.row]![jan] = 61_000; // electricity, one row lower now
    const v = await interpretWorkbook(inserted);
    const metricChanges = (x: typeof v) =>
      x.kind === 'changed' ? x.changes.map((c) => [c.id, c.field, c.before, c.after]) : [];
    expect(metricChanges(v)).toEqual([['2025-01', 'energy.electricity', 52_000, 61_000]]);
    // the first input row deleted: electricity is still read from its own row, the deleted
    // metric is not read from the row that moved up into its place
    const deleted = specToRaw(b.spec);
    shiftRows(deleted, m.sheet, block.rows[0]!.row, -1);
    const w = await interpretWorkbook(deleted);
    expect(w.kind).toBe('changed');
    expect(metricChanges(w)).toEqual([]);
  });

  it('marks a word that is not on the list as an invalid change', async () => {
    const b = await built();
    const raw = specToRaw(b.spec);
    const vcp = b.layout.vcp!;
    const r = rowOfId(raw, vcp.sheet, 'VCP-CH-01');
    sheet(raw, vcp.sheet).rows[r]![vcp.answerCol - 1] = 'maybe';
    const v = await interpretWorkbook(raw);
    expect(v.kind === 'changed' && v.changes).toEqual([
      expect.objectContaining({ id: 'VCP-CH-01', before: 'no', after: 'maybe', valid: false }),
    ]);
  });

  it('notices hidden machine data edited outside the app through the digest', async () => {
    const raw = specToRaw((await built()).spec);
    const rows = sheet(raw, MACHINE_SHEET).rows;
    const i = rows.findIndex((r) => r[0] === '["preparedBy"]');
    rows[i]![1] = '"Someone else"';
    const v = await interpretWorkbook(raw);
    expect(v).toMatchObject({ kind: 'changed', digestMatches: false, changes: [] });
  });

  it('refuses a workbook without _gt_data as not ours', async () => {
    const raw = specToRaw((await built()).spec);
    raw.sheets = raw.sheets.filter((s) => s.name !== MACHINE_SHEET);
    const v = await interpretWorkbook(raw);
    expect(v).toEqual({ kind: 'unreadable', refusal: { code: 'not_ours' } });
  });

  it('refuses newer workbook formats, package formats and pack versions', async () => {
    const spec = (await built()).spec;
    const set = (key: string, json: string) => {
      const raw = specToRaw(spec);
      const rows = sheet(raw, MACHINE_SHEET).rows;
      rows.find((r) => r[0] === key)![1] = json;
      return raw;
    };
    expect(
      await interpretWorkbook(set('$formatVersion', String(WORKBOOK_FORMAT_VERSION + 1))),
    ).toMatchObject({
      kind: 'unreadable',
      refusal: { code: 'newer_format', field: '$formatVersion' },
    });
    expect(await interpretWorkbook(set('["formatVersion"]', '7'))).toMatchObject({
      kind: 'unreadable',
      refusal: { code: 'newer_format', field: 'formatVersion' },
    });
    const newerPack = set('$packVersion', '"9.0.0"');
    expect(
      await interpretWorkbook(newerPack, { knownPacks: [{ id: 'gt-textile', version: '1.0.0' }] }),
    ).toMatchObject({
      kind: 'unreadable',
      refusal: { code: 'newer_pack' },
    });
  });

  it('names the sheet, row and field of a value with the wrong type', async () => {
    const raw = specToRaw((await built()).spec);
    const rows = sheet(raw, MACHINE_SHEET).rows;
    const i = rows.findIndex((r) => r[0] === '["organisation","employees"]');
    rows[i]![1] = '"eighty-five"';
    const v = await interpretWorkbook(raw);
    expect(v).toMatchObject({
      kind: 'unreadable',
      refusal: {
        code: 'invalid_package',
        sheet: MACHINE_SHEET,
        row: i + 1,
        field: 'organisation.employees',
      },
    });
    if (v.kind === 'unreadable') {
      expect(describeRefusal(v.refusal, 'en')).toContain(`row ${i + 1}`);
      expect(describeRefusal(v.refusal, 'mn')).toContain('талбар organisation.employees');
    }
  });

  it('refuses a cell that is not JSON, and a cut-off machine sheet', async () => {
    const raw = specToRaw((await built()).spec);
    const rows = sheet(raw, MACHINE_SHEET).rows;
    const i = rows.findIndex((r) => r[0] === '["preparedBy"]');
    rows[i]![1] = '{oops';
    expect(await interpretWorkbook(raw)).toMatchObject({
      kind: 'unreadable',
      refusal: { code: 'bad_cell', row: i + 1, field: '["preparedBy"]' },
    });
    const cut = specToRaw((await built()).spec);
    const s = sheet(cut, MACHINE_SHEET);
    s.rows = s.rows.slice(0, -3);
    expect(await interpretWorkbook(cut)).toMatchObject({
      kind: 'unreadable',
      refusal: { code: 'truncated', field: '$rowCount' },
    });
  });
});
