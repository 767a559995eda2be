// Ed25519 signing keys for submissions, through @noble/ed25519 (audited; no cryptography of our
// own). Its async API hashes with WebCrypto's SHA-512, present in node ≥ 20, browsers and
// Electron alike, so the same code signs in the app and the command line.
import * as ed from '@noble/ed25519';
import { sha256Hex } from './sha256';
import { bytesToHex, hexToBytes } from './hex';
import { utf8Encode } from './utf8';

export interface SigningKey {
  /** 32-byte secret seed, hex. Never leaves the installation except inside its own backup. */
  secretKey: string;
  /** 32-byte public key, hex. */
  publicKey: string;
  /** ISO date-time the key was created. */
  createdAt: string;
}

export const SIGNATURE_ALGORITHM = 'Ed25519';

export async function generateSigningKey(now: Date = new Date()): Promise<SigningKey> {
  const { secretKey, publicKey } = await ed.keygenAsync();
  return {
    secretKey: bytesToHex(secretKey),
    publicKey: bytesToHex(publicKey),
    createdAt: now.toISOString(),
  };
}

/** True when the public key belongs to the secret key (a damaged key file is refused). */
export async function isConsistentKey(key: SigningKey): Promise<boolean> {
  const secret = hexToBytes(key.secretKey, 32);
  if (secret === null || hexToBytes(key.publicKey, 32) === null) return false;
  return bytesToHex(await ed.getPublicKeyAsync(secret)) === key.publicKey.toLowerCase();
}

/** Signature (hex, 64 bytes) over the UTF-8 bytes of `message`. */
export async function signText(message: string, key: SigningKey): Promise<string> {
  const secret = hexToBytes(key.secretKey, 32);
  if (secret === null) throw new Error('the signing key is damaged');
  return bytesToHex(await ed.signAsync(utf8Encode(message), secret));
}

/** False for a malformed key or signature as well as a signature that does not match. */
export async function verifyText(
  message: string,
  signatureHex: string,
  publicKeyHex: string,
): Promise<boolean> {
  const sig = hexToBytes(signatureHex, 64);
  const pub = hexToBytes(publicKeyHex, 32);
  if (sig === null || pub === null) return false;
  try {
    return await ed.verifyAsync(sig, utf8Encode(message), pub);
  } catch {
    return false;
  }
}

/**
 * The short form a person compares over the phone: the first 16 hex digits of the SHA-256 of
 * the public key, in groups of four ("3F2A-90C1-…").
 */
export function keyFingerprint(publicKeyHex: string): string {
  const pub = hexToBytes(publicKeyHex, 32);
  const digest = sha256Hex(pub ?? new Uint8Array(0))
    .slice(0, 16)
    .toUpperCase();
  return digest.match(/.{4}/g)?.join('-') ?? digest;
}
