// SHA-256 through @noble/hashes (audited, pure JS): shared/ may not use node:crypto, and
// crypto.subtle is async and absent in some test environments, yet the digest must be identical
// in node, the renderer and the command line.
import { sha256 as nobleSha256 } from '@noble/hashes/sha2';
import { utf8Encode } from './utf8';

/** SHA-256 of raw bytes, as 32 bytes. */
export function sha256(bytes: Uint8Array): Uint8Array {
  return nobleSha256(bytes);
}

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const byte of bytes) s += byte.toString(16).padStart(2, '0');
  return s;
}

/** Lower-case hex SHA-256 of bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return toHex(sha256(bytes));
}

/** Lower-case hex SHA-256 of a string's UTF-8 encoding. */
export function sha256HexOfText(text: string): string {
  return toHex(sha256(utf8Encode(text)));
}

type Subtle = { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> };
const subtle = (globalThis as { crypto?: { subtle?: Subtle } }).crypto?.subtle;

/**
 * The same digest, computed by the platform's WebCrypto where there is one (node, Electron, a
 * browser page in a secure context): a verify hashes some 200 KB, several times faster natively.
 */
export async function sha256HexOfTextAsync(text: string): Promise<string> {
  const bytes = utf8Encode(text);
  if (subtle) {
    try {
      return toHex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
    } catch {
      // an insecure page may list WebCrypto and refuse it: the digest written out still holds
    }
  }
  return toHex(sha256(bytes));
}
