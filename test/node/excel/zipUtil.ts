// A minimal zip reader/writer for tests (tamper, injection, bombs): node zlib does the inflating.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipFile {
  name: string;
  data: Uint8Array;
}

export function unzip(bytes: Uint8Array): ZipFile[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const total = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const files: ZipFile[] = [];
  for (let i = 0; i < total; i++) {
    const method = view.getUint16(p + 10, true);
    const csize = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = Buffer.from(bytes.subarray(p + 46, p + 46 + nameLen)).toString('utf8');
    const lNameLen = view.getUint16(local + 26, true);
    const lExtraLen = view.getUint16(local + 28, true);
    const start = local + 30 + lNameLen + lExtraLen;
    const raw = bytes.subarray(start, start + csize);
    files.push({ name, data: method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw.slice() });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

export interface ZipOptions {
  /** Lie about sizes in the central directory (zip-bomb tests). */
  declaredSize?: (file: ZipFile) => number;
  store?: boolean;
}

export function zip(files: readonly ZipFile[], options: ZipOptions = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const body = options.store ? Buffer.from(f.data) : deflateRawSync(f.data);
    const method = options.store ? 0 : 8;
    const crc = crc32(f.data);
    const size = options.declaredSize ? options.declaredSize(f) : f.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

export function text(files: readonly ZipFile[], name: string): string {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`no ${name} in zip`);
  return Buffer.from(f.data).toString('utf8');
}

export function replaceText(files: readonly ZipFile[], name: string, content: string): ZipFile[] {
  return files.map((f) =>
    f.name === name ? { name, data: new Uint8Array(Buffer.from(content, 'utf8')) } : f,
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
