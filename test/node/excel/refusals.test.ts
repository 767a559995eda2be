import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import {
  buildWorkbookSpec,
  describeRefusal,
  interpretWorkbook,
  MACHINE_SHEET,
  type WorkbookSpec,
} from '../../../shared/workbook';
import { text as textCell } from '../../../shared/workbook/spec';
import {
  inspectZip,
  verifyWorkbook,
  WORKBOOK_LIMITS,
  writeWorkbook,
  type WorkbookLimits,
} from '../../../adapters/excel';
import { samplePackage } from '../../shared/workbook/fixtures';
import { exportSample } from './helpers';
import { unzip, zip } from './zipUtil';

async function refusalOf(bytes: Uint8Array, limits?: Partial<WorkbookLimits>) {
  const v = await verifyWorkbook(bytes, {
    ...(limits ? { limits } : {}),
    knownPacks: [
      { id: ACTIVE_PACK.id, version: ACTIVE_PACK.version },
      { id: 'gt-textile', version: '1.0.0' },
    ],
  });
  if (v.kind !== 'unreadable') throw new Error(`expected a refusal, got ${v.kind}`);
  return v.refusal;
}

function specWithMachineCell(key: string, json: string): WorkbookSpec {
  const { spec } = buildWorkbookSpec({
    pkg: samplePackage(),
    pack: ACTIVE_PACK,
    results: null,
    language: 'en',
    charts: null,
  });
  const machine = spec.sheets.find((s) => s.name === MACHINE_SHEET)!;
  const row = machine.rows.find((r) => r[0]?.t === 's' && r[0].v === key)!;
  row[1] = textCell(json);
  return spec;
}

describe('refusing bad files', { timeout: 30_000 }, () => {
  it('refuses a file over the size limit before unzipping', async () => {
    const { bytes } = await exportSample();
    expect(await refusalOf(bytes, { maxBytes: 1000 })).toMatchObject({ code: 'too_large' });
  });

  it('refuses something that is not a zip', async () => {
    const r = await refusalOf(new TextEncoder().encode('{"format":"greenthread-application"}'));
    expect(r.code).toBe('not_zip');
    expect(describeRefusal(r, 'en')).toContain('not an Excel workbook');
    expect(describeRefusal(r, 'mn')).toContain('Excel ажлын ном');
  });

  it('refuses a truncated file', async () => {
    const { bytes } = await exportSample();
    expect((await refusalOf(bytes.slice(0, Math.floor(bytes.length / 2)))).code).toBe('truncated');
    expect((await refusalOf(bytes.slice(0, bytes.length - 10))).code).toBe('truncated');
  });

  it('refuses too many zip entries', async () => {
    const files = Array.from({ length: 30 }, (_, i) => ({
      name: `x/${i}.xml`,
      data: new Uint8Array([60, 97, 47, 62]),
    }));
    const bytes = zip([{ name: 'xl/workbook.xml', data: new Uint8Array([60]) }, ...files]);
    expect(await refusalOf(bytes, { maxEntries: 20 })).toMatchObject({ code: 'too_many_entries' });
  });

  it('refuses zip bombs: a part that expands enormously, or a total over the limit', async () => {
    const zeros = new Uint8Array(5 * 1024 * 1024);
    const bomb = zip([
      { name: 'xl/workbook.xml', data: new Uint8Array([60]) },
      { name: 'xl/worksheets/sheet1.xml', data: zeros },
    ]);
    expect(bomb.length).toBeLessThan(50_000);
    expect(await refusalOf(bomb)).toMatchObject({ code: 'zip_bomb' });
    const liar = zip([{ name: 'xl/workbook.xml', data: new Uint8Array([60]) }], {
      declaredSize: () => 0xfffffff0,
    });
    expect(await refusalOf(liar)).toMatchObject({ code: 'zip_bomb' });
  });

  it('checks the central directory without inflating anything', async () => {
    const { bytes } = await exportSample();
    const inspected = inspectZip(bytes, WORKBOOK_LIMITS);
    expect(inspected.ok && inspected.entries.map((e) => e.name)).toContain('xl/workbook.xml');
  });

  it('refuses a zip that is not a workbook, and a damaged workbook part', async () => {
    expect(
      await refusalOf(zip([{ name: 'hello.txt', data: new Uint8Array([104, 105]) }])),
    ).toMatchObject({ code: 'not_workbook' });
    const { bytes } = await exportSample();
    const broken = unzip(bytes).map((f) =>
      f.name === 'xl/workbook.xml' ? { name: f.name, data: new Uint8Array([60, 60, 60]) } : f,
    );
    expect((await refusalOf(zip(broken))).code).toMatch(/not_workbook|not_ours/);
  });

  it('refuses a workbook GreenThread did not make (no _gt_data)', async () => {
    const { spec } = buildWorkbookSpec({
      pkg: samplePackage(),
      pack: null,
      results: null,
      language: 'en',
      charts: null,
    });
    spec.sheets = spec.sheets.filter((s) => s.name !== MACHINE_SHEET);
    expect(await refusalOf(await writeWorkbook(spec))).toEqual({ code: 'not_ours' });
  });

  it('refuses newer workbook formats and newer criteria packs', async () => {
    expect(
      await refusalOf(await writeWorkbook(specWithMachineCell('$formatVersion', '99'))),
    ).toMatchObject({
      code: 'newer_format',
      sheet: MACHINE_SHEET,
      field: '$formatVersion',
    });
    expect(
      await refusalOf(await writeWorkbook(specWithMachineCell('$packVersion', '"99.0.0"'))),
    ).toMatchObject({
      code: 'newer_pack',
    });
  });

  it('refuses wrong types naming the sheet, row and field', async () => {
    const spec = specWithMachineCell(
      '["periods",0,"values","energy.electricity","value"]',
      '"a lot"',
    );
    const machine = spec.sheets.find((s) => s.name === MACHINE_SHEET)!;
    const row =
      machine.rows.findIndex(
        (r) => r[0]?.t === 's' && r[0].v === '["periods",0,"values","energy.electricity","value"]',
      ) + 1;
    const refusal = await refusalOf(await writeWorkbook(spec));
    expect(refusal).toMatchObject({
      code: 'invalid_package',
      sheet: MACHINE_SHEET,
      row,
      field: 'periods.0.values.energy.electricity.value',
    });
    expect(describeRefusal(refusal, 'en')).toMatch(
      new RegExp(`sheet "${MACHINE_SHEET}", row ${row}, field periods\\.0`),
    );
  });

  it('refuses too many sheets or rows', async () => {
    const sheets = Array.from({ length: 41 }, (_, i) => ({
      name: `S${i}`,
      state: 'visible' as const,
      rows: [],
    }));
    expect(await interpretWorkbook({ sheets })).toMatchObject({
      kind: 'unreadable',
      refusal: { code: 'too_many_sheets' },
    });
    const rows = Array.from({ length: 50_001 }, () => []);
    expect(
      await interpretWorkbook({ sheets: [{ name: 'Big', state: 'visible', rows }] }),
    ).toMatchObject({
      kind: 'unreadable',
      refusal: { code: 'too_many_rows', sheet: 'Big' },
    });
  });
});
