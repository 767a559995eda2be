// The zip is unpacked once, by Node's zlib or by the browser's DecompressionStream, with the same
// bounds either way; exceljs reads the unpacked parts, so a workbook reads as it did before.
import { readWorkbook, verifyWorkbook } from '../../../adapters/excel';
import { WORKBOOK_LIMITS } from '../../../adapters/excel/limits';
import { inspectZip } from '../../../adapters/excel/zipInspect';
import { unpackZip } from '../../../adapters/excel/zipParts';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { refusedWorkbooks, workbookBytes } from '../../corpus/workbookCases';
import { deepXmlWorkbook, manyStringsWorkbook } from '../../corpus/hostileCases';
import { unzipParts } from '../../corpus/zipBytes';

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
});
