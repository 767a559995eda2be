// A hand-written zip reader/writer for the abuse corpus. It can lie: declared sizes are free
// parameters, and bodies may be pre-compressed streams, so a tiny file can claim or expand
// to gigabytes. Node's zlib does the (de)compression; nothing here inflates a bomb.
import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Uint8Array;
}

/** A part whose compressed body and declared sizes are given as-is (for bombs). */
export interface RawZipPart {
  name: string;
  method: 0 | 8;
  body: Uint8Array;
  crc: number;
  declaredSize: number;
}

export function unzipParts(bytes: Uint8Array): ZipPart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const total = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const parts: ZipPart[] = [];
  for (let i = 0; i < total; i++) {
    const method = view.getUint16(p + 10, true);
    const csize = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = Buffer.from(bytes.subarray(p + 46, p + 46 + nameLen)).toString('utf8');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + csize);
    parts.push({ name, data: method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw.slice() });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return parts;
}

function rawOf(part: ZipPart): RawZipPart {
  return {
    name: part.name,
    method: 8,
    body: new Uint8Array(deflateRawSync(part.data)),
    crc: crc32(part.data),
    declaredSize: part.data.length,
  };
}

export function zipParts(parts: readonly (ZipPart | RawZipPart)[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const given of parts) {
    const part = 'body' in given ? given : rawOf(given);
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.body.length, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(part.body));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt32LE(part.crc, 16);
    central.writeUInt32LE(part.body.length, 20);
    central.writeUInt32LE(part.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + part.body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const MIB = 1024 * 1024;

/**
 * A deflate stream of `mib` MiB of zeros, built from one 16 MiB full-flush block repeated (a
 * full flush resets the dictionary, so copies concatenate) and an empty final block: ~1 KB
 * per MiB, and nothing of the expanded size is ever allocated.
 */
export function zerosDeflateStream(mib: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(16 * MIB), {
    level: 9,
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const copies = Math.ceil(mib / 16);
  const end = deflateRawSync(new Uint8Array(0));
  return new Uint8Array(Buffer.concat([...Array.from({ length: copies }, () => block), end]));
}

/** CRC-32 of `mib` MiB of zeros, computed in 1 MiB steps. */
export function zerosCrc(mib: number): number {
  const chunk = new Uint8Array(MIB);
  let crc = 0;
  for (let i = 0; i < Math.ceil(mib / 16) * 16; i++) crc = crc32(chunk, crc);
  return crc;
}

export function textPart(parts: readonly ZipPart[], name: string): string {
  const p = parts.find((x) => x.name === name);
  if (!p) throw new Error(`no ${name} in zip`);
  return Buffer.from(p.data).toString('utf8');
}

export function withText(parts: readonly ZipPart[], name: string, content: string): ZipPart[] {
  return parts.map((p) =>
    p.name === name ? { name, data: new Uint8Array(Buffer.from(content, 'utf8')) } : p,
  );
}
