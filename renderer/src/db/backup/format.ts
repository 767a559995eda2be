import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from './base64';

export const BACKUP_APP = 'GreenThread';
export const BACKUP_KIND = 'database-backup';
/** Version of the file layout itself (not of the database schema, which the header also names). */
export const BACKUP_FORMAT_VERSION = 1;

const V2_TABLES = [
  'organisations',
  'periods',
  'settings',
  'assessments',
  'assessmentSnapshots',
  'projects',
  'actions',
  'evidence',
  'evidenceData',
  'evidenceLinks',
  'auditEvents',
  'applications',
] as const;

/** Tables each schema version has; a backup naming any other table is refused. */
export const TABLES_BY_VERSION: Record<number, readonly string[]> = {
  1: ['organisations', 'periods', 'settings'],
  2: V2_TABLES,
  // v3 moved loan terms onto applications: rows changed, not the set of tables.
  3: V2_TABLES,
  4: [...V2_TABLES, 'organisationSettings'],
  // v5 added the sync bookkeeping: a backup restores what was pending and what it stood on.
  5: [...V2_TABLES, 'organisationSettings', 'outbox', 'syncRecords', 'syncConflicts'],
  // v6 keeps evidence metadata per organisation (evidenceFiles) instead of one shared row per file.
  6: [
    ...V2_TABLES.filter((t) => t !== 'evidence'),
    'evidenceFiles',
    'organisationSettings',
    'outbox',
    'syncRecords',
    'syncConflicts',
  ],
  // v7 changed rows (the portfolio summary), not the set of tables.
  7: [
    ...V2_TABLES.filter((t) => t !== 'evidence'),
    'evidenceFiles',
    'organisationSettings',
    'outbox',
    'syncRecords',
    'syncConflicts',
  ],
};

export const headerSchema = z.object({
  app: z.string(),
  kind: z.string(),
  backupFormat: z.number().int(),
  schemaVersion: z.number().int(),
  createdAt: z.string(),
  tableCounts: z.record(z.string(), z.number().int().min(0)),
});
export type BackupHeader = z.infer<typeof headerSchema>;

const BYTES_TAG = '$bytes';

/** JSON replacer: binary content travels as base64. */
export function encodeValue(_key: string, value: unknown): unknown {
  // Tag test rather than instanceof: rows may come from another realm (jsdom, a worker).
  if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') {
    return { [BYTES_TAG]: bytesToBase64(new Uint8Array(value as ArrayBuffer)) };
  }
  if (ArrayBuffer.isView(value)) {
    return {
      [BYTES_TAG]: bytesToBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)),
    };
  }
  return value;
}

function decodeTagged(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decodeTagged(value[i]);
    return value;
  }
  const obj = value as Record<string, unknown>;
  const b64 = obj[BYTES_TAG];
  if (typeof b64 === 'string' && Object.keys(obj).length === 1) return base64ToBytes(b64).buffer;
  for (const key of Object.keys(obj)) obj[key] = decodeTagged(obj[key]);
  return obj;
}

/**
 * The inverse of encodeValue over a parsed document, in place. A walk after a plain JSON.parse
 * is several times faster than a reviver on large backups.
 */
export function decodeBinary<T>(parsed: T): T {
  return decodeTagged(parsed) as T;
}
