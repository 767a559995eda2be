import type { GreenThreadDb } from '../db';
import { SUMMARY_REFRESH_PENDING } from '../migrations';
import { RESTORE_EPOCH_KEY } from '../writeGate';

function isBinary(value: unknown): value is ArrayBuffer | ArrayBufferView {
  return (
    Object.prototype.toString.call(value) === '[object ArrayBuffer]' || ArrayBuffer.isView(value)
  );
}

async function sha256Hex(data: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function binaryBytes(value: ArrayBuffer | ArrayBufferView): Uint8Array<ArrayBuffer> {
  const view = ArrayBuffer.isView(value)
    ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
    : new Uint8Array(value);
  return new Uint8Array(view);
}

/** Canonical JSON: keys sorted, undefined dropped, binary replaced by its hash (from `hashes`). */
function canonical(value: unknown, hashes: Map<unknown, string>): string {
  if (isBinary(value)) return JSON.stringify({ $sha256: hashes.get(value) });
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonical(v, hashes))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v, hashes)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function collectBinary(value: unknown, into: (ArrayBuffer | ArrayBufferView)[]): void {
  if (isBinary(value)) into.push(value);
  else if (Array.isArray(value)) for (const v of value) collectBinary(v, into);
  else if (typeof value === 'object' && value !== null)
    for (const v of Object.values(value)) collectBinary(v, into);
}

export interface DigestOptions {
  /**
   * Leave out the audit events that record a backup restore. A restore adds one after writing
   * the backup's rows, so "the restored database equals the backup" compares with this set.
   */
  ignoreRestoreEvents?: boolean;
}

/**
 * The restore epoch (db/writeGate.ts) is new at every restore, and a restore asks for the
 * portfolio summaries to be refreshed: part of the restore, not the data.
 */
function isRestoreRow(name: string, row: unknown): boolean {
  if (name === 'settings') {
    const key = (row as { key?: unknown }).key;
    return key === RESTORE_EPOCH_KEY || key === SUMMARY_REFRESH_PENDING;
  }
  return name === 'auditEvents' && isRestoreEvent(row);
}

function isRestoreEvent(row: unknown): boolean {
  const e = row as { entity?: unknown; action?: unknown };
  return e.entity === 'database' && e.action === 'restore_backup';
}

/**
 * A stable SHA-256 over every row of every table (in primary-key order), with files counted by
 * their hash. Two databases with the same data have the same digest; tests use it to assert
 * "nothing changed".
 */
export async function databaseDigest(
  database: GreenThreadDb,
  options: DigestOptions = {},
): Promise<string> {
  const names = database.tables.map((t) => t.name).sort();
  const snapshot: Record<string, unknown[]> = {};
  await database.transaction('r', database.tables, async () => {
    for (const name of names) snapshot[name] = await database.table(name).toArray();
  });
  const lines: string[] = [];
  const encoder = new TextEncoder();
  for (const name of names) {
    const all = snapshot[name] ?? [];
    const rows = options.ignoreRestoreEvents ? all.filter((r) => !isRestoreRow(name, r)) : all;
    const binaries: (ArrayBuffer | ArrayBufferView)[] = [];
    collectBinary(rows, binaries);
    const hashes = new Map<unknown, string>();
    for (const b of binaries) hashes.set(b, await sha256Hex(binaryBytes(b)));
    const text = rows.map((r) => canonical(r, hashes)).join('\n');
    lines.push(
      `${name}:${String(rows.length)}:${await sha256Hex(new Uint8Array(encoder.encode(text)))}`,
    );
  }
  // Copies keep the bytes in this realm (jsdom's TextEncoder may hand out another realm's).
  return sha256Hex(new Uint8Array(encoder.encode(lines.join('\n'))));
}
