// The command line's own Ed25519 key: one file per user, created on first export, readable only
// by its owner. Its path: --key <file>, else GREENTHREAD_KEY_FILE, else the user's config folder.
import { z } from 'zod';
import { generateSigningKey, isConsistentKey, type SigningKey } from '../shared/crypto/ed25519';
import { utf8Decode, utf8Encode } from '../shared/crypto/utf8';
import type { CliIo } from './io';

const keyFileSchema = z.strictObject({
  format: z.literal('greenthread-signing-key'),
  version: z.literal(1),
  algorithm: z.literal('Ed25519'),
  secretKey: z.string().regex(/^[0-9a-f]{64}$/),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string().max(40),
});

export function keyPath(io: CliIo, flag: string | true | undefined): string {
  if (typeof flag === 'string' && flag !== '') return flag;
  const env = io.env.GREENTHREAD_KEY_FILE;
  if (env) return env;
  const config = io.env.XDG_CONFIG_HOME || (io.env.HOME ? `${io.env.HOME}/.config` : '');
  return config ? `${config}/greenthread/signing-key.json` : 'greenthread-signing-key.json';
}

export type KeyResult =
  { ok: true; key: SigningKey; created: boolean } | { ok: false; why: string };

/** The key at `path`, created when there is none; a damaged key file is never replaced. */
export async function loadOrCreateKey(io: CliIo, path: string): Promise<KeyResult> {
  let bytes: Uint8Array | null = null;
  try {
    bytes = await io.fs.readFile(path);
  } catch {
    bytes = null;
  }
  if (bytes !== null) {
    let json: unknown;
    try {
      json = JSON.parse(utf8Decode(bytes));
    } catch {
      return { ok: false, why: 'the key file is not valid JSON' };
    }
    const parsed = keyFileSchema.safeParse(json);
    if (!parsed.success) return { ok: false, why: 'the key file is not a GreenThread signing key' };
    const key: SigningKey = parsed.data;
    if (!(await isConsistentKey(key)))
      return { ok: false, why: 'the key file is damaged (its public key does not match)' };
    return { ok: true, key, created: false };
  }
  const key = await generateSigningKey();
  const file = {
    format: 'greenthread-signing-key',
    version: 1,
    algorithm: 'Ed25519',
    ...key,
  };
  try {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    if (dir && io.fs.mkdir) await io.fs.mkdir(dir);
    await io.fs.writeFile(path, utf8Encode(`${JSON.stringify(file, null, 2)}\n`), {
      private: true,
    });
  } catch (error) {
    return { ok: false, why: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, key, created: true };
}
