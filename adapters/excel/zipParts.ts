// A workbook's zip unpacked ONCE into its parts, every bound checked while unpacking, before
// anything parses: a part that inflates past the size its directory declares, a worksheet with
// more cells than the limit, XML nested deeper than any spreadsheet writes, a shared-string table
// longer than the limit. Every later check (content, notes) and exceljs read from this map;
// before, the same parts were inflated up to three times (size check, content check, JSZip).
// The inflater is Node's zlib in the command line and tests, DecompressionStream in the browser.
import { concatBytes } from '../../shared/bytes/concatBytes';
import type { Refusal } from '../../shared/workbook';
import type { WorkbookLimits } from './limits';
import type { ZipEntryInfo } from './zipInspect';

/** Part name (as in the zip, without a leading "/") → inflated bytes. */
export type ZipPartMap = ReadonlyMap<string, Uint8Array>;

export type UnpackResult = { ok: true; parts: ZipPartMap } | { ok: false; refusal: Refusal };

type UnpackLimits = Pick<WorkbookLimits, 'maxCellsPerSheet' | 'maxSharedStrings' | 'maxXmlDepth'>;

/** A worksheet part, whose cells are counted while it inflates. */
function isWorksheet(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
}

const isXml = (name: string) => /\.(xml|rels|vml)$/i.test(name);

/**
 * Counts cell elements (`<c `, `<c>`, `<c/>`, also with a namespace prefix such as `<x:c `) in
 * a stream of XML chunks; a tag cut between two chunks is counted once, from the carried tail.
 */
export function cellCounter(): { add(chunk: Uint8Array): number } {
  const CELL = /<(?:[A-Za-z_][\w.-]*:)?c[\s>/]/g;
  const decoder = new TextDecoder('latin1');
  let tail = '';
  let count = 0;
  return {
    add(chunk) {
      const text = tail + decoder.decode(chunk, { stream: true });
      // Keep the last few characters unless they end a complete match: a tag split by the chunk
      // boundary is matched next time, a tag matched now is never matched twice.
      const keepFrom = Math.max(0, text.length - 40);
      for (const m of text.matchAll(CELL)) if (m.index < keepFrom) count++;
      tail = text.slice(keepFrom);
      return count;
    },
  };
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

function indexOfSeq(bytes: Uint8Array, seq: readonly number[], from: number): number {
  const first = seq[0] ?? 0;
  for (let i = bytes.indexOf(first, from); i >= 0; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < seq.length && bytes[i + k] === seq[k]) k++;
    if (k === seq.length) return i;
  }
  return -1;
}

const seq = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const END_COMMENT = seq('-->');
const END_CDATA = seq(']]>');
const END_PI = seq('?>');
const SI = seq('si');

/** The end of a start tag opened at `at` ("<"): its ">" outside quoted attribute values. */
function tagEnd(bytes: Uint8Array, at: number): number {
  let quote = 0;
  for (let i = at + 1; i < bytes.length; i++) {
    const b = bytes[i];
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === 0x22 || b === 0x27) quote = b;
    else if (b === GT) return i;
  }
  return -1;
}

/** True when the start tag at `at` has the local name "si" (`<si>`, `<x:si …>`). */
function isSi(bytes: Uint8Array, at: number, end: number): boolean {
  let nameEnd = at + 1;
  for (; nameEnd < end; nameEnd++) {
    const b = bytes[nameEnd] ?? 0x20;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === SLASH || b === GT) break;
  }
  return (
    nameEnd - 2 > at &&
    bytes[nameEnd - 2] === SI[0] &&
    bytes[nameEnd - 1] === SI[1] &&
    (nameEnd - 3 === at || bytes[nameEnd - 3] === 0x3a)
  );
}

/**
 * One pass over an XML part: refuses nesting deeper than maxDepth (a 100,000-deep document made
 * exceljs's parser take seconds) and, when counting, more `si` elements than maxCount (a shared
 * string table exceljs would build whole). Comments, CDATA and declarations are skipped.
 */
function xmlShape(
  bytes: Uint8Array,
  maxDepth: number,
  maxStrings: number | null,
): { depth: number } | { strings: number } | null {
  let depth = 0;
  let strings = 0;
  for (let i = bytes.indexOf(LT); i >= 0 && i < bytes.length; i = bytes.indexOf(LT, i)) {
    const next = bytes[i + 1];
    if (next === SLASH) {
      depth--;
      const end = bytes.indexOf(GT, i);
      if (end < 0) return null;
      i = end + 1;
    } else if (next === 0x3f) {
      const end = indexOfSeq(bytes, END_PI, i);
      if (end < 0) return null;
      i = end + 2;
    } else if (next === 0x21) {
      const comment = bytes[i + 2] === 0x2d;
      const cdata = bytes[i + 2] === 0x5b;
      const end = comment
        ? indexOfSeq(bytes, END_COMMENT, i + 4)
        : cdata
          ? indexOfSeq(bytes, END_CDATA, i)
          : tagEnd(bytes, i);
      if (end < 0) return null;
      i = end + 1;
    } else {
      const end = tagEnd(bytes, i);
      if (end < 0) return null;
      if (bytes[end - 1] !== SLASH) {
        depth++;
        if (depth > maxDepth) return { depth };
      }
      if (maxStrings !== null && isSi(bytes, i, end) && ++strings > maxStrings) return { strings };
      i = end + 1;
    }
  }
  return null;
}

/** Deflate cannot expand a byte to more than 1,032 bytes (a 258-byte match coded in 2 bits). */
const DEFLATE_MAX_RATIO = 1_032;
/** A part that cannot inflate past this, whatever it declares, is inflated in one go. */
const HARMLESS_PART_BYTES = 4 * 1024 * 1024;

function partBody(bytes: Uint8Array, e: ZipEntryInfo): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localHeaderOffset;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return bytes.subarray(start, start + e.compressedSize);
}

type Inflated = { ok: true; data: Uint8Array } | { ok: false; refusal: Refusal };

/** Node's zlib, found at run time so the browser bundle never imports it. */
interface NodeZlib {
  inflateRawSync(body: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
  /** Node ≥ 20.15 and 22.2; older versions fall back to the table below. */
  crc32?: (data: Uint8Array) => number;
}

function nodeZlib(): NodeZlib | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = proc?.getBuiltinModule?.('node:zlib') as Partial<NodeZlib> | undefined;
  return typeof zlib?.inflateRawSync === 'function' ? (zlib as NodeZlib) : null;
}

/** Which inflater unpacks: Node's zlib where it exists (Node's DecompressionStream costs a
 *  stream round trip per chunk: 30 ms for a 1 MB workbook against 3 ms), else the browser's. */
export type InflaterKind = 'zlib' | 'stream';

const ZLIB = nodeZlib();

async function inflatePart(
  bytes: Uint8Array,
  e: ZipEntryInfo,
  limits: UnpackLimits,
  kind: InflaterKind,
): Promise<Inflated> {
  const body = partBody(bytes, e);
  const cells = isWorksheet(e.name) ? cellCounter() : null;
  const tooManyCells = (): Inflated => ({
    ok: false,
    refusal: {
      code: 'zip_bomb',
      sheet: e.name,
      detail: `more than ${String(limits.maxCellsPerSheet)} cells (ZIP_LIMITS.maxCellsPerSheet)`,
    },
  });
  const lies = (): Inflated => ({
    ok: false,
    refusal: {
      code: 'zip_bomb',
      detail: `part ${e.name} unpacks to more than the ${String(e.uncompressedSize)} bytes it declares`,
    },
  });
  const damaged: Inflated = {
    ok: false,
    refusal: { code: 'truncated', detail: `part ${e.name} is damaged` },
  };
  if (e.method !== 8) {
    if (cells && cells.add(body) > limits.maxCellsPerSheet) return tooManyCells();
    return { ok: true, data: body };
  }
  if (kind === 'zlib' && ZLIB) {
    let data: Uint8Array;
    try {
      // zlib stops at the declared size (which inspectZip bounded): a lying bomb is not inflated
      data = ZLIB.inflateRawSync(body, { maxOutputLength: Math.max(1, e.uncompressedSize) });
    } catch (error) {
      return error instanceof RangeError ? lies() : damaged;
    }
    if (data.byteLength > e.uncompressedSize) return lies();
    if (cells && cells.add(data) > limits.maxCellsPerSheet) return tooManyCells();
    return { ok: true, data };
  }
  const stream = new Blob([new Uint8Array(body)])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  try {
    // a part too small to exceed any bound, whatever it declares, is inflated in one call:
    // streaming each of a workbook's dozen small parts cost as much as its few large ones
    const worst = e.compressedSize * DEFLATE_MAX_RATIO;
    if (worst <= HARMLESS_PART_BYTES && (!cells || worst / 4 <= limits.maxCellsPerSheet)) {
      const data = new Uint8Array(await new Response(stream).arrayBuffer());
      if (data.byteLength > e.uncompressedSize) return lies();
      if (cells && cells.add(data) > limits.maxCellsPerSheet) return tooManyCells();
      return { ok: true, data };
    }
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      // stops after at most one chunk beyond the declared size: a lying bomb is never inflated
      if (total > e.uncompressedSize) {
        await reader.cancel();
        return lies();
      }
      if (cells && cells.add(value) > limits.maxCellsPerSheet) {
        await reader.cancel();
        return tooManyCells();
      }
      chunks.push(value);
    }
    return { ok: true, data: concatBytes(chunks, total) };
  } catch {
    return damaged;
  }
}

/** Parts inflated together; each holds one inflater's window at a time. */
const PARTS_AT_ONCE = 4;

/**
 * Inflates every part once (sizes were checked against the directory by inspectZip) and checks
 * the XML of each against the depth and shared-string limits.
 */
export async function unpackZip(
  bytes: Uint8Array,
  entries: readonly ZipEntryInfo[],
  limits: UnpackLimits,
  kind: InflaterKind = ZLIB ? 'zlib' : 'stream',
): Promise<UnpackResult> {
  if (kind === 'stream' && typeof DecompressionStream === 'undefined') {
    return {
      ok: false,
      refusal: { code: 'not_workbook', detail: 'this system cannot unpack zip files' },
    };
  }
  const maxDepth = limits.maxXmlDepth;
  const maxStrings = limits.maxSharedStrings;
  const parts = new Map<string, Uint8Array>();
  // a few parts at a time: each chunk of a stream is a round trip to the inflater; the first
  // refusal in part order is the answer
  for (let i = 0; i < entries.length; i += PARTS_AT_ONCE) {
    const batch = entries.slice(i, i + PARTS_AT_ONCE);
    const found = await Promise.all(batch.map((e) => inflatePart(bytes, e, limits, kind)));
    for (const [k, r] of found.entries()) {
      if (!r.ok) return r;
      const name = (batch[k]?.name ?? '').replace(/^\//, '');
      if (isXml(name)) {
        const counting = /^xl\/sharedStrings\.xml$/i.test(name) ? maxStrings : null;
        const shape = xmlShape(r.data, maxDepth, counting);
        if (shape && 'depth' in shape)
          return {
            ok: false,
            refusal: {
              code: 'too_deep',
              detail: `part ${name} nests elements more than ${String(maxDepth)} deep (XML_LIMITS.maxXmlDepth)`,
            },
          };
        if (shape && 'strings' in shape)
          return {
            ok: false,
            refusal: {
              code: 'too_many_strings',
              detail: `more than ${String(maxStrings)} shared strings (XML_LIMITS.maxSharedStrings)`,
            },
          };
      }
      parts.set(name, r.data);
    }
  }
  return { ok: true, parts };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** The table-driven CRC in JavaScript was 2–3 % of a batch worker's profile; zlib's is native. */
const nativeCrc32 = typeof ZLIB?.crc32 === 'function' ? ZLIB.crc32 : null;

function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0;
  let c = 0xffffffff;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * The unpacked parts as a zip of stored (uncompressed) entries, for exceljs, whose only input is
 * a zip: JSZip then copies bytes instead of inflating every part a second time in JavaScript.
 */
export function storedZip(parts: ZipPartMap): Uint8Array {
  const enc = new TextEncoder();
  const items = [...parts].map(([name, data]) => ({ name: enc.encode(name), data }));
  const localSize = items.reduce((n, p) => n + 30 + p.name.length + p.data.byteLength, 0);
  const centralSize = items.reduce((n, p) => n + 46 + p.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  const crcs: number[] = [];
  for (const p of items) {
    const crc = crc32(p.data);
    crcs.push(crc);
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0x0800, true); // names are UTF-8
    view.setUint32(at + 14, crc, true);
    view.setUint32(at + 18, p.data.byteLength, true);
    view.setUint32(at + 22, p.data.byteLength, true);
    view.setUint16(at + 26, p.name.length, true);
    out.set(p.name, at + 30);
    out.set(p.data, at + 30 + p.name.length);
    at += 30 + p.name.length + p.data.byteLength;
  }
  const cdStart = at;
  for (const [i, p] of items.entries()) {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    view.setUint32(at + 16, crcs[i] ?? 0, true);
    view.setUint32(at + 20, p.data.byteLength, true);
    view.setUint32(at + 24, p.data.byteLength, true);
    view.setUint16(at + 28, p.name.length, true);
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(p.name, at + 46);
    at += 46 + p.name.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, items.length, true);
  view.setUint16(at + 10, items.length, true);
  view.setUint32(at + 12, at - cdStart, true);
  view.setUint32(at + 16, cdStart, true);
  return out;
}
