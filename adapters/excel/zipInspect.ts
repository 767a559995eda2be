// Reads a zip's central directory (no decompression) so sizes and entry counts can be refused
// BEFORE exceljs/JSZip inflates anything: the defence against zip bombs and truncated files.
import type { Refusal } from '../../shared/workbook';
import type { WorkbookLimits } from './limits';

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipInspection = { ok: true; entries: ZipEntryInfo[] } | { ok: false; refusal: Refusal };

const EOCD_SIG = 0x06054b50;
const CDIR_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;

function fail(code: Refusal['code'], detail: string): ZipInspection {
  return { ok: false, refusal: { code, detail } };
}

function decodeName(bytes: Uint8Array): string {
  // Part names in an xlsx are printable ASCII; anything else (bytes above 0x7f, control bytes
  // such as ESC that would drive a terminal) is shown escaped, never interpreted.
  let s = '';
  for (const b of bytes)
    s += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`;
  return s;
}

export function inspectZip(bytes: Uint8Array, limits: WorkbookLimits): ZipInspection {
  if (bytes.length > limits.maxBytes) {
    return fail(
      'too_large',
      `${bytes.length} bytes, at most ${limits.maxBytes} (FILE_LIMITS.maxWorkbookBytes)`,
    );
  }
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return fail('not_zip', 'the file does not start with a zip signature');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return fail('truncated', 'no end of central directory: the file is cut short');
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIG) {
    return fail('not_workbook', 'zip64 archives are not accepted');
  }
  const total = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (total > limits.maxEntries)
    return fail(
      'too_many_entries',
      `${total} parts, at most ${limits.maxEntries} (ZIP_LIMITS.maxEntries)`,
    );
  if (cdOffset + cdSize > eocd)
    return fail('truncated', 'the central directory points past the end of the file');
  const entries: ZipEntryInfo[] = [];
  let sum = 0;
  let p = cdOffset;
  for (let n = 0; n < total; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CDIR_SIG) {
      return fail('truncated', `central directory entry ${n + 1} is damaged`);
    }
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    const name = decodeName(bytes.subarray(p + 46, p + 46 + nameLen));
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) {
      return fail('not_workbook', 'zip64 entries are not accepted');
    }
    if (method !== 0 && method !== 8)
      return fail('not_workbook', `part ${name} uses compression method ${method}`);
    if (
      localHeaderOffset + 30 + compressedSize > cdOffset ||
      view.getUint32(localHeaderOffset, true) !== LOCAL_SIG
    ) {
      return fail('truncated', `part ${name} lies outside the file`);
    }
    if (method === 0 && uncompressedSize !== compressedSize)
      return fail('truncated', `stored part ${name} declares two different sizes`);
    if (uncompressedSize > limits.maxPartBytes) {
      return fail(
        'zip_bomb',
        `part ${name} unpacks to ${uncompressedSize} bytes, at most ${limits.maxPartBytes} (ZIP_LIMITS.maxPartInflatedBytes)`,
      );
    }
    sum += uncompressedSize;
    if (sum > limits.maxUncompressedBytes) {
      return fail(
        'zip_bomb',
        `parts add up to more than ${limits.maxUncompressedBytes} bytes uncompressed (ZIP_LIMITS.maxInflatedBytes)`,
      );
    }
    if (uncompressedSize > 1024 * 1024 && uncompressedSize > compressedSize * limits.maxRatio) {
      return fail(
        'zip_bomb',
        `part ${name} expands ${Math.round(uncompressedSize / Math.max(1, compressedSize))} times (ZIP_LIMITS.maxRatio)`,
      );
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    return fail('not_workbook', 'the zip has no xl/workbook.xml');
  }
  return { ok: true, entries };
}

/** A worksheet part, whose cells are counted while it inflates. */
function isWorksheet(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
}

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

/** Deflate cannot expand a byte to more than 1,032 bytes (a 258-byte match coded in 2 bits). */
const DEFLATE_MAX_RATIO = 1_032;
/** A part that cannot inflate past this, whatever it declares, is not worth a stream. */
const HARMLESS_PART_BYTES = 4 * 1024 * 1024;
/** The shortest cell element, `<c/>`. */
const MIN_CELL_BYTES = 4;

/**
 * Parts too small to do harm even if their declared size lies: at most HARMLESS_PART_BYTES
 * inflated, too few bytes for more cells than the limit, and all of them together still within
 * the total a workbook may inflate to. Streaming each of the dozen small parts of a workbook cost
 * as much as streaming its few large ones.
 */
function harmlessParts(
  entries: readonly ZipEntryInfo[],
  limits: Pick<WorkbookLimits, 'maxCellsPerSheet'> &
    Partial<Pick<WorkbookLimits, 'maxUncompressedBytes'>>,
): Set<ZipEntryInfo> {
  const out = new Set<ZipEntryInfo>();
  const maxTotal = limits.maxUncompressedBytes ?? 0;
  // every part inflating to its declared size, then the worst case of each skipped part instead
  let worstTotal = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  for (const e of entries) {
    const worst = e.method === 8 ? e.compressedSize * DEFLATE_MAX_RATIO : e.compressedSize;
    if (worst > HARMLESS_PART_BYTES) continue;
    if (isWorksheet(e.name) && worst / MIN_CELL_BYTES > limits.maxCellsPerSheet) continue;
    const extra = Math.max(0, worst - e.uncompressedSize);
    if (worstTotal + extra > maxTotal) continue;
    worstTotal += extra;
    out.add(e);
  }
  return out;
}

/**
 * Inflates each deflated part as a stream and stops as soon as it yields more than the size its
 * directory entry declares (a bomb that lies about its size is refused after at most one chunk
 * beyond the declared size, never fully inflated), or a worksheet holds more cells than
 * maxCellsPerSheet (refused before exceljs builds a row of it). Skipped where
 * DecompressionStream is missing, and for parts that cannot exceed any limit (harmlessParts).
 */
export async function checkInflatedSizes(
  bytes: Uint8Array,
  entries: readonly ZipEntryInfo[],
  limits: Pick<WorkbookLimits, 'maxCellsPerSheet'> &
    Partial<Pick<WorkbookLimits, 'maxUncompressedBytes'>> = {
    maxCellsPerSheet: Number.MAX_SAFE_INTEGER,
  },
): Promise<Refusal | null> {
  if (typeof DecompressionStream === 'undefined') return null;
  const harmless = harmlessParts(entries, limits);
  const parts = entries.filter((e) => !harmless.has(e));
  // a few parts at a time: each chunk of a stream is a round trip to the inflater, and a
  // loaded machine makes every round trip wait; the first refusal in part order is the answer
  for (let i = 0; i < parts.length; i += PARTS_AT_ONCE) {
    const batch = parts.slice(i, i + PARTS_AT_ONCE);
    const found = await Promise.all(batch.map((e) => checkPart(bytes, e, limits)));
    const refusal = found.find((r) => r !== null);
    if (refusal) return refusal;
  }
  return null;
}

/** Parts inflated together; each holds one inflater's window at a time. */
const PARTS_AT_ONCE = 4;

async function checkPart(
  bytes: Uint8Array,
  e: ZipEntryInfo,
  limits: Pick<WorkbookLimits, 'maxCellsPerSheet'>,
): Promise<Refusal | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localHeaderOffset;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const body = new Uint8Array(bytes.subarray(start, start + e.compressedSize));
  const cells = isWorksheet(e.name) ? cellCounter() : null;
  const tooManyCells = (n: number): Refusal => ({
    code: 'zip_bomb',
    sheet: e.name,
    detail: `more than ${n} cells, at most ${limits.maxCellsPerSheet} (ZIP_LIMITS.maxCellsPerSheet)`,
  });
  if (e.method !== 8) {
    if (cells && cells.add(body) > limits.maxCellsPerSheet)
      return tooManyCells(limits.maxCellsPerSheet);
    return null;
  }
  const reader = new Blob([body])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > e.uncompressedSize) {
        await reader.cancel();
        return {
          code: 'zip_bomb',
          detail: `part ${e.name} unpacks to more than the ${String(e.uncompressedSize)} bytes it declares`,
        };
      }
      if (cells && cells.add(value) > limits.maxCellsPerSheet) {
        await reader.cancel();
        return tooManyCells(limits.maxCellsPerSheet);
      }
    }
  } catch {
    return { code: 'truncated', detail: `part ${e.name} is damaged` };
  }
  return null;
}
