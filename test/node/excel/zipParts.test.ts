// The zip is unpacked once, by Node's zlib or by the browser's DecompressionStream, with the same
// bounds either way; exceljs reads the unpacked parts, so a workbook reads as it did before.
import { readWorkbook, verifyWorkbook } from '../../../adapters/excel';
import { WORKBOOK_LIMITS } from '../../../adapters/excel/limits';
import { inspectZip } from '../../../adapters/excel/zipInspect';
import { loadExcelJs } from '../../../adapters/excel/loadExcelJs';
import { loadParts } from '../../../adapters/excel/partsLoad';
import { storedZip, unpackZip } from '../../../adapters/excel/zipParts';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { foreignWorkbook, refusedWorkbooks, workbookBytes } from '../../corpus/workbookCases';
import { deepXmlWorkbook, manyStringsWorkbook } from '../../corpus/hostileCases';
import { unzipParts } from '../../corpus/zipBytes';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

const KNOWN = [{ id: ACTIVE_PACK.id, version: ACTIVE_PACK.version }];

async function unpack(bytes: Uint8Array, kind: 'zlib' | 'stream', limits = {}) {
  const zip = inspectZip(bytes, WORKBOOK_LIMITS);
  if (!zip.ok) return { ok: false as const, refusal: zip.refusal };
  return unpackZip(bytes, zip.entries, { ...WORKBOOK_LIMITS, ...limits }, kind);
}

describe('unpacking a workbook once', { timeout: 120_000 }, () => {
  it('gives every part exactly as an independent unzip does, by either inflater', async () => {
    const bytes = await workbookBytes();
    const expected = new Map(unzipParts(bytes).map((p) => [p.name, Buffer.from(p.data)]));
    for (const kind of ['zlib', 'stream'] as const) {
      const r = await unpack(bytes, kind);
      if (!r.ok) throw new Error(r.refusal.code);
      expect(new Map([...r.parts].map(([k, v]) => [k, Buffer.from(v)]))).toEqual(expected);
    }
    expect((await verifyWorkbook(bytes, { knownPacks: KNOWN })).kind).toBe('intact');
  });

  it('refuses the lying bombs the same way by either inflater', async () => {
    const corpus = await refusedWorkbooks();
    const hidden = corpus.find((c) => c.id === 'zip-bomb-hidden');
    if (!hidden) throw new Error('no zip-bomb-hidden');
    for (const kind of ['zlib', 'stream'] as const) {
      const r = await unpack(hidden.bytes, kind);
      expect(r.ok ? 'read' : r.refusal.detail).toMatch(/more than the 1000 bytes it declares/);
    }
  });

  it('refuses nesting one level deeper than the limit, and reads it at the limit', async () => {
    const bytes = await deepXmlWorkbook(20);
    const deepest = 20 + 1; // <worksheet> holds the nest
    for (const kind of ['zlib', 'stream'] as const) {
      expect((await unpack(bytes, kind, { maxXmlDepth: deepest })).ok).toBe(true);
      const over = await unpack(bytes, kind, { maxXmlDepth: deepest - 1 });
      expect(over.ok ? 'read' : over.refusal.code).toBe('too_deep');
    }
  });

  it('counts shared strings exactly: the limit reads, one more is refused', async () => {
    const bytes = await manyStringsWorkbook(5_000);
    const sst = unzipParts(bytes).find((p) => p.name === 'xl/sharedStrings.xml');
    expect(new TextDecoder().decode(sst?.data).match(/<si>/g)).toHaveLength(5_000);
    expect((await unpack(bytes, 'zlib', { maxSharedStrings: 5_000 })).ok).toBe(true);
    const over = await readWorkbook(bytes, { limits: { maxSharedStrings: 4_999 } });
    expect(over.ok ? 'read' : over.refusal.code).toBe('too_many_strings');
  });

  it('exceljs given the unpacked parts builds the workbook it builds from the file', async () => {
    const resaved = (name: string) =>
      new Uint8Array(readFileSync(join(import.meta.dirname, '../../corpus/resaved', name)));
    const files = [
      await workbookBytes(),
      await foreignWorkbook(),
      resaved('libreoffice-untouched-mn.xlsx'),
      resaved('libreoffice-row-deleted.xlsx'),
      resaved('openpyxl-untouched.xlsx'),
    ];
    const ExcelJS = await loadExcelJs();
    for (const bytes of files) {
      const r = await unpack(bytes, 'zlib');
      if (!r.ok) throw new Error(r.refusal.code);
      const fromFile = new ExcelJS.Workbook();
      await fromFile.xlsx.load(bytes as unknown as ArrayBuffer);
      const fromParts = new ExcelJS.Workbook();
      await loadParts(fromParts, r.parts);
      const model = (wb: typeof fromFile) => JSON.stringify(wb.model);
      expect(model(fromParts)).toBe(model(fromFile));
    }
  });

  it('re-zips the parts (the browser path) with the CRC-32 of each', async () => {
    const r = await unpack(await workbookBytes(), 'zlib');
    if (!r.ok) throw new Error(r.refusal.code);
    const zip = storedZip(r.parts);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let at = 0;
    for (const [, data] of r.parts) {
      expect(view.getUint32(at, true)).toBe(0x04034b50);
      expect(view.getUint32(at + 14, true)).toBe(crc32(data));
      at += 30 + view.getUint16(at + 26, true) + data.byteLength;
    }
  });
});
