// Canonical JSON: the one byte-exact form of a package that the integrity digest covers.
// Keys sorted by UTF-16 code units, no whitespace, -0 written as 0, undefined members dropped,
// so two equal packages always give the same digest whatever order their keys were built in.
// The lint pattern for node's `crypto` also matches our own pure shared/crypto folder.
// eslint-disable-next-line no-restricted-imports -- shared/crypto is pure TypeScript, not node:crypto
import { sha256HexOfText } from '../crypto/sha256';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function normaliseNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`canonical JSON cannot hold ${String(n)}`);
  return JSON.stringify(Object.is(n, -0) ? 0 : n);
}

/** Canonical JSON text of a JSON-like value. Throws on NaN/Infinity, functions or cycles. */
export function canonicalJson(value: unknown): string {
  const seen = new Set<object>();
  const write = (v: unknown): string => {
    if (v === null) return 'null';
    switch (typeof v) {
      case 'boolean':
        return v ? 'true' : 'false';
      case 'number':
        return normaliseNumber(v);
      case 'string':
        return JSON.stringify(v);
      case 'object': {
        if (seen.has(v)) throw new Error('canonical JSON cannot hold a cycle');
        seen.add(v);
        let out: string;
        if (Array.isArray(v)) {
          out = `[${v.map((item: unknown) => (item === undefined ? 'null' : write(item))).join(',')}]`;
        } else {
          const record = v as Record<string, unknown>;
          const keys = Object.keys(record)
            .filter((k) => record[k] !== undefined)
            .sort();
          out = `{${keys.map((k) => `${JSON.stringify(k)}:${write(record[k])}`).join(',')}}`;
        }
        seen.delete(v);
        return out;
      }
      default:
        throw new Error(`canonical JSON cannot hold a ${typeof v}`);
    }
  };
  return write(value);
}

/** SHA-256 (hex) over the UTF-8 bytes of the canonical JSON form. */
export function packageDigest(value: unknown): string {
  return sha256HexOfText(canonicalJson(value));
}
