// Reading inputs and writing outputs for the command line: bounded reads, validated packages,
// and writes through a temporary file + rename so a failure never leaves half a file.
import { PACK_LIMITS } from '../shared/catalogue/packSchema';
import { parsePack } from '../shared/catalogue/parsePack';
import type { CriteriaPack } from '../shared/catalogue/types';
import { parsePackage } from '../shared/package/parsePackage';
import type { ApplicationPackage } from '../shared/package/schema';
import { utf8Decode } from '../shared/crypto/utf8';
import { parseBoundedJson } from '../shared/json/parseBoundedJson';
import { FILE_LIMITS } from '../shared/limits';
import { errorText, InputRefusedError, type CliIo } from './io';
import { messages, type Messages } from './messages';

/**
 * Reads an input of at most `limit` bytes (a package by default; a workbook's own smaller limit is
 * checked by the zip inspection): a device, a pipe or a larger file is refused before reading.
 */
export async function readInput(
  io: CliIo,
  path: string,
  m: Messages,
  limit: keyof typeof FILE_LIMITS = 'maxPackageBytes',
): Promise<Uint8Array | null> {
  try {
    return await io.fs.readFile(path, FILE_LIMITS[limit]);
  } catch (error) {
    if (error instanceof InputRefusedError && error.kind === 'not_a_file')
      io.stderr(`${m.notAFile(path)}\n`);
    else if (error instanceof InputRefusedError)
      io.stderr(
        `${m.tooLarge(path, String(error.size), String(error.maxBytes), `FILE_LIMITS.${limit}`)}\n`,
      );
    else io.stderr(`${m.cannotRead(path, errorText(error))}\n`);
    return null;
  }
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

const NOT_JSON: unique symbol = Symbol('not JSON');

/** UTF-8 JSON, a leading byte-order mark allowed; prints why and returns NOT_JSON otherwise. */
function jsonFromBytes(io: CliIo, path: string, bytes: Uint8Array, m: Messages): unknown {
  let text: string;
  try {
    text = utf8Decode(bytes);
  } catch (error) {
    io.stderr(`${m.notJson(path, errorText(error))}\n`);
    return NOT_JSON;
  }
  const parsed = parseBoundedJson(text);
  if (parsed.ok) return parsed.value;
  io.stderr(`${m.notJson(path, parsed.detail)}\n`);
  return NOT_JSON;
}

/** Parses JSON bytes as a package; prints every field problem and returns null on failure. */
export function packageFromJson(
  io: CliIo,
  path: string,
  bytes: Uint8Array,
  m: Messages,
): ApplicationPackage | null {
  if (bytes.length > FILE_LIMITS.maxPackageBytes) {
    io.stderr(
      `${m.tooLarge(path, String(bytes.length), String(FILE_LIMITS.maxPackageBytes), 'FILE_LIMITS.maxPackageBytes')}\n`,
    );
    return null;
  }
  const data = jsonFromBytes(io, path, bytes, m);
  if (data === NOT_JSON) return null;
  const parsed = parsePackage(data);
  if (!parsed.ok) {
    io.stderr(`${m.invalidPackage(path)}\n`);
    for (const issue of parsed.issues.slice(0, 20))
      io.stderr(`${m.field(issue.path, issue.message)}\n`);
    return null;
  }
  return parsed.value;
}

/**
 * Parses JSON bytes as a criteria pack; prints every refusal with its path and returns null on
 * failure. The size is checked before decoding, so an oversized file costs no parse.
 */
export function packFromJson(
  io: CliIo,
  path: string,
  bytes: Uint8Array,
  m: Messages,
): CriteriaPack | null {
  if (bytes.length > PACK_LIMITS.maxFileBytes) {
    io.stderr(`${m.packTooLarge(path, String(bytes.length), String(PACK_LIMITS.maxFileBytes))}\n`);
    return null;
  }
  const data = jsonFromBytes(io, path, bytes, m);
  if (data === NOT_JSON) return null;
  const parsed = parsePack(data);
  if (parsed.ok) return parsed.pack;
  io.stderr(`${m.invalidPack(path)}\n`);
  // All of them: parsePack already stops at PACK_LIMITS.maxErrors and says how many it left out.
  // Each problem comes worded in both languages; say the one the messages speak.
  const mn = m === messages('mn');
  for (const e of parsed.errors) io.stderr(`${m.packError(e.path, mn ? e.mn : e.message)}\n`);
  return null;
}

/** Reads and validates a pack file; null (after saying why) when it cannot be used. */
export async function loadPackFile(
  io: CliIo,
  path: string,
  m: Messages,
): Promise<CriteriaPack | null> {
  let size: number | null = null;
  try {
    size = io.fs.size ? await io.fs.size(path) : null;
  } catch {
    // readInput below reports a missing or unreadable file in the usual words
  }
  if (size !== null && size > PACK_LIMITS.maxFileBytes) {
    io.stderr(`${m.packTooLarge(path, String(size), String(PACK_LIMITS.maxFileBytes))}\n`);
    return null;
  }
  const bytes = await readInput(io, path, m, 'maxPackBytes');
  return bytes === null ? null : packFromJson(io, path, bytes, m);
}

/** Writes via `<path>.<random>.tmp` then renames; returns false (and says why) on failure. */
export async function writeAtomic(
  io: CliIo,
  path: string,
  data: Uint8Array,
  m: Messages,
): Promise<boolean> {
  const tmp = `${path}.${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    await io.fs.writeFile(tmp, data);
    await io.fs.rename(tmp, path);
    return true;
  } catch (error) {
    try {
      await io.fs.unlink(tmp);
    } catch {
      // the temporary file may never have been created
    }
    io.stderr(`${m.cannotWrite(path, errorText(error))}\n`);
    return false;
  }
}
