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
