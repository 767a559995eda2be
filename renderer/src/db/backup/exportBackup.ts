import { withoutDeviceToken } from '../../sync/device';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { SCHEMA_VERSION } from '../migrations';
import {
  BACKUP_APP,
  BACKUP_FORMAT_VERSION,
  BACKUP_KIND,
  TABLES_BY_VERSION,
  encodeValue,
  type BackupHeader,
} from './format';

export interface BackupProgress {
  table: string;
  /** Rows written so far, over all tables. */
  done: number;
  total: number;
}

const ROWS_PER_PART = 500;

/**
 * The whole database, evidence files included, as one JSON file:
 * {"app":"GreenThread","kind":"database-backup","backupFormat":1,"schemaVersion":N,…,"tables":{…},"end":true}.
 * Read in one transaction, so the file is a consistent moment of the database. The text is
 * built as many small parts, never one giant string.
 */
export async function exportBackup(
  onProgress?: (p: BackupProgress) => void,
  database: GreenThreadDb = defaultDb,
): Promise<Blob> {
  const names = TABLES_BY_VERSION[SCHEMA_VERSION] ?? [];
  const parts: string[] = [];
  await database.transaction('r', database.tables, async () => {
    const counts: Record<string, number> = {};
    for (const name of names) counts[name] = await database.table(name).count();
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const header: BackupHeader = {
      app: BACKUP_APP,
      kind: BACKUP_KIND,
      backupFormat: BACKUP_FORMAT_VERSION,
      schemaVersion: SCHEMA_VERSION,
      createdAt: new Date().toISOString(),
      tableCounts: counts,
    };
    const headerJson = JSON.stringify(header);
    parts.push(`${headerJson.slice(0, -1)},"tables":{`);
    let done = 0;
    for (const [t, name] of names.entries()) {
      parts.push(`${t > 0 ? ',' : ''}${JSON.stringify(name)}:[`);
      let chunk: string[] = [];
      let first = true;
      // each() streams rows, so evidence files are not all held in memory at once.
      await database.table(name).each((row: unknown) => {
        chunk.push(JSON.stringify(withoutDeviceToken(name, row), encodeValue));
        done++;
        if (chunk.length >= ROWS_PER_PART) {
          parts.push((first ? '' : ',') + chunk.join(','));
          first = false;
          chunk = [];
          onProgress?.({ table: name, done, total });
        }
      });
      if (chunk.length > 0) parts.push((first ? '' : ',') + chunk.join(','));
      parts.push(']');
      onProgress?.({ table: name, done, total });
    }
    parts.push('},"end":true}');
  });
  return new Blob(parts, { type: 'application/json' });
}

export function backupFileName(now: Date = new Date()): string {
  return `greenthread-backup-${now.toISOString().slice(0, 10)}.json`;
}
