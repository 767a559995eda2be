import { PACKAGE_FORMAT } from '../../../../shared/package/schema';
import { recordAudit } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { doNotRecordThisTransaction } from '../../sync/outboxMiddleware';
import { BackupError, StorageFullError, isQuotaError } from '../errors';
import {
  SCHEMA_VERSION,
  migrateTables,
  summaryRefreshRequest,
  type TableRows,
} from '../migrations';
import { omit } from '../omit';
import type { AssessmentRow, AuditEventRow, EvidenceFileRow } from '../types';
import {
  BACKUP_APP,
  BACKUP_FORMAT_VERSION,
  BACKUP_KIND,
  TABLES_BY_VERSION,
  decodeBinary,
  headerSchema,
  type BackupHeader,
} from './format';
import { withoutDeviceToken } from '../../sync/device';
import { mergeAssessments } from './mergeAssessments';
import { jsonShape } from '../../../../shared/json/parseBoundedJson';
import { JSON_LIMITS } from '../../../../shared/limits';
import { NOTHING_KEPT, validateRows, type KeptKeys } from './validateRows';
import { RESTORE_EPOCH_KEY, setRestoreEpoch } from '../writeGate';
import { announceRestore } from './restoreSignal';

export interface RestoreProgress {
  stage: 'reading' | 'checking' | 'writing' | 'done';
  done: number;
  total: number;
}

export interface RestoreSummary {
  schemaVersion: number;
  createdAt: string;
  rows: number;
  migratedFrom?: number;
  /** merge: assessments dropped because another one of the same organisation and period was newer. */
  assessmentsSuperseded?: number;
}

export interface RestoreOptions {
  mode: 'replace' | 'merge';
  /** Named in the audit event; defaults to the name of `blob` when it is a File. */
  fileName?: string;
}

function fileNameOf(blob: Blob, options: RestoreOptions): string | undefined {
  if (options.fileName !== undefined) return options.fileName;
  const name = (blob as Partial<File>).name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

function parseJson(text: string): unknown {
  // Depth only: a real backup of many organisations can hold millions of entries.
  if (
    jsonShape(text, JSON_LIMITS.maxDepth, Number.POSITIVE_INFINITY).depth > JSON_LIMITS.maxDepth
  ) {
    throw new BackupError(
      `This file is not a GreenThread backup: it nests more than ${String(JSON_LIMITS.maxDepth)} levels deep (JSON_LIMITS.maxDepth). Nothing was changed.`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (text.trimStart().startsWith(`{"app":"${BACKUP_APP}"`)) {
      throw new BackupError(
        'The backup file is incomplete or damaged (it ends too early). Nothing was changed. Use another copy of the backup.',
      );
    }
    throw new BackupError(
      'This file is not a GreenThread backup: it is not a JSON file. Nothing was changed.',
    );
  }
}

/** Checks a parsed file and returns its header and rows, or throws a BackupError saying what is wrong. */
export function checkBackup(data: unknown): { header: BackupHeader; tables: TableRows } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new BackupError('This file is not a GreenThread backup. Nothing was changed.');
  }
  const raw = data as Record<string, unknown>;
  if (raw.format === PACKAGE_FORMAT) {
    throw new BackupError(
      'This is an application package, not a backup: open it with Import instead.',
    );
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success || raw.app !== BACKUP_APP || raw.kind !== BACKUP_KIND) {
    throw new BackupError(
      'This file was not made by GreenThread: it is not a GreenThread backup. Nothing was changed.',
    );
  }
  const header = parsed.data;
  if (header.backupFormat > BACKUP_FORMAT_VERSION || header.schemaVersion > SCHEMA_VERSION) {
    throw new BackupError(
      `This backup was made by a newer version of GreenThread (database version ${String(header.schemaVersion)}, backup format ${String(header.backupFormat)}); this app reads up to database version ${String(SCHEMA_VERSION)}. Update GreenThread, then restore again. Nothing was changed.`,
    );
  }
  const known = TABLES_BY_VERSION[header.schemaVersion];
  if (!known || header.backupFormat < 1) {
    throw new BackupError(
      `The backup names an unknown database version ${String(header.schemaVersion)}. Nothing was changed.`,
    );
  }
  const tables = raw.tables;
  if (raw.end !== true || typeof tables !== 'object' || tables === null) {
    throw new BackupError(
      'The backup file is incomplete or damaged (its end is missing). Nothing was changed.',
    );
  }
  const rows: TableRows = {};
  for (const [name, list] of Object.entries(tables as Record<string, unknown>)) {
    if (!known.includes(name))
      throw new BackupError(`The backup contains an unknown table "${name}". Nothing was changed.`);
    if (!Array.isArray(list))
      throw new BackupError(`The backup is damaged: table "${name}" is not a list.`);
    if (list.length !== header.tableCounts[name]) {
      throw new BackupError(
        `The backup is incomplete: table "${name}" has ${String(list.length)} rows where its header promises ${String(header.tableCounts[name] ?? 0)}. Nothing was changed.`,
      );
    }
    rows[name] = list;
  }
  return { header, tables: rows };
}

/** On merge the database keeps its own rows: backup rows may refer to them. */
async function keptKeys(database: GreenThreadDb): Promise<KeptKeys> {
  const [orgIds, fileKeys, assessmentIds] = await Promise.all([
    database.organisations.toCollection().primaryKeys(),
    database.evidenceFiles.toCollection().primaryKeys(),
    database.assessments.toCollection().primaryKeys(),
  ]);
  return {
    orgIds: new Set(orgIds.map(String)),
    evidenceIds: new Set(fileKeys.map(([, sha]) => sha)),
    evidenceFileKeys: new Set(fileKeys.map(([orgId, sha]) => `${orgId}|${sha}`)),
    assessmentIds: new Set(assessmentIds.map(String)),
  };
}

function auditKey(e: AuditEventRow): string {
  return `${e.at}|${e.who}|${e.entity}|${e.entityId}|${e.action}`;
}

/**
 * Restores a backup file. Everything is checked (and an older backup migrated) before the
 * database is touched; then ONE transaction writes it, so a failure leaves the database as it was.
 * replace: the database becomes the backup, plus one audit event recording the restore (so the
 * trail says where the data came from; databaseDigest can leave it out to compare with the
 * backup). merge: the backup's rows win where keys collide, assessments as in mergeAssessments,
 * and the restore is recorded too.
 */
export async function restoreBackup(
  blob: Blob,
  options: RestoreOptions,
  onProgress?: (p: RestoreProgress) => void,
  database: GreenThreadDb = defaultDb,
): Promise<RestoreSummary> {
  onProgress?.({ stage: 'reading', done: 0, total: 0 });
  const text = await blob.text();
  if (text.trim() === '') throw new BackupError('The backup file is empty. Nothing was changed.');
  const { header, tables: rawTables } = checkBackup(parseJson(text));
  onProgress?.({ stage: 'checking', done: 0, total: 0 });
  const tables = migrateTables(decodeBinary(rawTables), header.schemaVersion);
  validateRows(tables, options.mode === 'merge' ? await keptKeys(database) : NOTHING_KEPT);
  const total = Object.values(tables).reduce((n, rows) => n + rows.length, 0);
  let done = 0;
  let superseded = 0;
  const epoch = crypto.randomUUID();
  // Other windows close their editors now, before the database is replaced under them.
  announceRestore('started');
  try {
    await database.transaction('rw', database.tables, async () => {
      if (options.mode === 'replace') {
        // The backup's rows come back as they were, its outbox and synced versions with them:
        // replacing is not an edit to send to the bank server.
        doNotRecordThisTransaction();
        for (const table of database.tables) await table.clear();
      }
      for (const [name, rows] of Object.entries(tables)) {
        let toWrite = rows;
        if (name === 'auditEvents' && options.mode === 'merge') {
          // Audit keys are local counters: add the backup's events as new ones, skipping those already here.
          const here = new Set((await database.auditEvents.toArray()).map(auditKey));
          toWrite = (rows as AuditEventRow[])
            .filter((e) => !here.has(auditKey(e)))
            .map((e) => omit(e, ['seq']));
        }
        if (name === 'evidenceFiles' && options.mode === 'merge') {
          // A file stored here stays stored even if the backup only knew its reference.
          const stored = new Set(await database.evidenceData.toCollection().primaryKeys());
          toWrite = (rows as EvidenceFileRow[]).map((e) =>
            stored.has(e.sha) ? { ...e, hasContent: 1 } : e,
          );
        }
        if (name === 'assessments' && options.mode === 'merge') {
          const merged = await mergeAssessments(database, rows as AssessmentRow[]);
          toWrite = merged.toWrite;
          superseded = merged.superseded;
        }
        await database.table(name).bulkPut(toWrite.map((row) => withoutDeviceToken(name, row)));
        done += rows.length;
        onProgress?.({ stage: 'writing', done, total });
      }
      // A write from a window that read the data before this restore is refused from now on.
      await database.settings.put({ key: RESTORE_EPOCH_KEY, value: epoch });
      // The backup's summaries were computed by the version that wrote it, on its day.
      await database.settings.put(summaryRefreshRequest());
      const fileName = fileNameOf(blob, options);
      await recordAudit(database, {
        entity: 'database',
        entityId: 'backup',
        action: 'restore_backup',
        after: {
          mode: options.mode,
          ...(fileName !== undefined ? { fileName } : {}),
          createdAt: header.createdAt,
          schemaVersion: header.schemaVersion,
          rows: total,
          tableCounts: Object.fromEntries(
            Object.entries(tables).map(([name, list]) => [name, list.length]),
          ),
          ...(superseded > 0 ? { assessmentsSuperseded: superseded } : {}),
        },
      });
    });
  } catch (error) {
    announceRestore('failed');
    if (isQuotaError(error)) throw new StorageFullError();
    throw error;
  }
  setRestoreEpoch(database, epoch);
  announceRestore('finished');
  onProgress?.({ stage: 'done', done: total, total });
  return {
    schemaVersion: header.schemaVersion,
    createdAt: header.createdAt,
    rows: total,
    ...(header.schemaVersion < SCHEMA_VERSION ? { migratedFrom: header.schemaVersion } : {}),
    ...(superseded > 0 ? { assessmentsSuperseded: superseded } : {}),
  };
}
