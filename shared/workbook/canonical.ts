// Canonical JSON: the one byte-exact form of a package that the integrity digest covers.
// Keys sorted by UTF-16 code units, no whitespace, -0 written as 0, undefined members dropped,
// so two equal packages always give the same digest whatever order their keys were built in.
// The lint pattern for node's `crypto` also matches our own pure shared/crypto folder.
// eslint-disable-next-line no-restricted-imports -- shared/crypto is pure TypeScript, not node:crypto
import { sha256HexOfText, sha256HexOfTextAsync } from '../crypto/sha256';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function normaliseNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`canonical JSON cannot hold ${String(n)}`);
  return JSON.stringify(Object.is(n, -0) ? 0 : n);
}

/**
 * An array JSON.stringify writes canonically: strings, booleans, null and finite numbers other
 * than -0 (which it would write as "0" too, but canonical form says so in one place).
 */
function isFlat(items: readonly unknown[]): boolean {
  for (const item of items) {
    const t = typeof item;
    if (t === 'string' || t === 'boolean' || item === null) continue;
    if (t === 'number' && Number.isFinite(item) && !Object.is(item, -0)) continue;
    return false;
  }
  return true;
}

/** Canonical JSON text of a JSON-like value. Throws on NaN/Infinity, functions or cycles. */
export function canonicalJson(value: unknown): string {
  // One growing string rather than a joined array per object: a workbook's record of visible
  // cells is ten thousand small arrays, and the intermediate strings were most of a verify's
  // signature check.
  const open = new Set<object>();
  let out = '';
  const write = (v: unknown): void => {
    if (v === null) {
      out += 'null';
      return;
    }
    switch (typeof v) {
      case 'boolean':
        out += v ? 'true' : 'false';
        return;
      case 'number':
        out += normaliseNumber(v);
        return;
      case 'string':
        out += JSON.stringify(v);
        return;
      case 'object': {
        if (open.has(v)) throw new Error('canonical JSON cannot hold a cycle');
        open.add(v);
        if (Array.isArray(v)) {
          if (isFlat(v)) {
            // the same text, written natively: a recorded cell is [column, kind, value]
            out += JSON.stringify(v);
            open.delete(v);
            return;
          }
          out += '[';
          for (let i = 0; i < v.length; i++) {
            if (i > 0) out += ',';
            const item: unknown = v[i];
            if (item === undefined) out += 'null';
            else write(item);
          }
          out += ']';
        } else {
          const record = v as Record<string, unknown>;
          const keys = Object.keys(record).sort();
          out += '{';
          let first = true;
          for (const k of keys) {
            const item = record[k];
            if (item === undefined) continue;
            out += first ? JSON.stringify(k) : `,${JSON.stringify(k)}`;
            out += ':';
            first = false;
            write(item);
          }
          out += '}';
        }
        open.delete(v);
        return;
      }
      default:
        throw new Error(`canonical JSON cannot hold a ${typeof v}`);
    }
  };
  write(value);
  return out;
}

/** SHA-256 (hex) over the UTF-8 bytes of the canonical JSON form. */
export function packageDigest(value: unknown): string {
  return sha256HexOfText(canonicalJson(value));
}

/** packageDigest, hashed by the platform where it can (the same hex). */
export function packageDigestAsync(value: unknown): Promise<string> {
  return sha256HexOfTextAsync(canonicalJson(value));
}
