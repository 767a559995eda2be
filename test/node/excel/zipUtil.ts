// Zip helpers for the workbook tests: the corpus's zip reader/writer (test/corpus/zipBytes.ts)
// under the names these tests use, plus readers for xlsx parts (shared strings, sheet parts).
import { crc32, deflateRawSync } from 'node:zlib';
import { textPart, unzipParts, withText, zipParts, type ZipPart } from '../../corpus/zipBytes';

export type ZipFile = ZipPart;

export const unzip = unzipParts;
export const text = textPart;
export const replaceText = withText;

export interface ZipOptions {
  /** Lie about sizes in the central directory (zip-bomb tests). */
  declaredSize?: (file: ZipFile) => number;
  store?: boolean;
}

export function zip(files: readonly ZipFile[], options: ZipOptions = {}): Uint8Array {
  return zipParts(
    files.map((f) => ({
      name: f.name,
      method: options.store ? 0 : 8,
      body: options.store ? f.data : new Uint8Array(deflateRawSync(f.data)),
      crc: crc32(f.data),
      declaredSize: options.declaredSize ? options.declaredSize(f) : f.data.length,
    })),
  );
}

/** Shared strings in order (plain <t> text of each <si>). */
export function sharedStrings(files: readonly ZipFile[]): string[] {
  const xml = text(files, 'xl/sharedStrings.xml');
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)]
      .map((t) => xmlDecode(t[1] ?? ''))
      .join(''),
  );
}

export function xmlDecode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The worksheet part for a sheet name, through workbook.xml and its relationships. */
export function sheetPart(files: readonly ZipFile[], sheetName: string): string {
  const wb = text(files, 'xl/workbook.xml');
  const rels = text(files, 'xl/_rels/workbook.xml.rels');
  const escaped = sheetName.replace(/&/g, '&amp;');
  const m = new RegExp(
    `<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`,
  ).exec(wb);
  if (!m) throw new Error(`no sheet ${sheetName}`);
  const r =
    new RegExp(`Id="${m[1] ?? ''}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${m[1] ?? ''}"`).exec(rels);
  if (!r) throw new Error(`no relationship for ${sheetName}`);
  const target = r[1] ?? '';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}
