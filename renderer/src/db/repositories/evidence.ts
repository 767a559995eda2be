import { EVIDENCE_LIMITS } from '../../../../shared/limits';
import { sha256Hex as shaSchema } from '../../../../shared/package/primitives';
import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import {
  FileTooLargeError,
  NotFoundError,
  StorageFullError,
  isQuotaError,
  validate,
} from '../errors';
import { evidenceFileSchema, evidenceTargetSchema } from '../rowSchemas';
import type { EvidenceFileRow, EvidenceLinkRow, EvidenceTarget } from '../types';

export const MAX_EVIDENCE_BYTES = EVIDENCE_LIMITS.maxFileBytes;

export function targetKey(target: EvidenceTarget): string {
  switch (target.kind) {
    case 'answer':
      return `answer:${target.itemId}`;
    case 'metric':
      return `metric:${target.metricId}@${target.period}`;
    case 'action':
      return `action:${target.actionId}`;
  }
}

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads a Blob into a buffer of this realm (jsdom's Blob hands out buffers of another one). */
export async function readBytes(file: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await file.arrayBuffer()).slice();
}

export async function sha256OfBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}

/**
 * Keeps a file inside the app for one organisation. The same content is stored once (by its
 * SHA-256) however many organisations attach it; each organisation has its own record of the
 * file (its name and type), so another company attaching the same content never renames it.
 * Over 25 MB is refused; a full disk is reported as StorageFullError, with nothing written.
 */
export async function addEvidence(
  orgId: string,
  file: Blob,
  name: string,
  type: string,
  database: GreenThreadDb = defaultDb,
): Promise<EvidenceFileRow> {
  if (file.size > MAX_EVIDENCE_BYTES) throw new FileTooLargeError(file.size, MAX_EVIDENCE_BYTES);
  const meta = validate(evidenceFileSchema, { name, type }, 'The file');
  const bytes = await readBytes(file);
  const sha = await sha256OfBytes(bytes);
  try {
    return await writeTransaction(
      database,
      [database.evidenceFiles, database.evidenceData],
      async () => {
        const existing = await database.evidenceFiles.get([orgId, sha]);
        if (existing?.hasContent === 1) return existing;
        const row: EvidenceFileRow = {
          orgId,
          sha,
          name: existing?.name ?? meta.name,
          type: existing?.type ?? meta.type,
          size: bytes.byteLength,
          createdAt: existing?.createdAt ?? new Date().toISOString(),
          hasContent: 1,
        };
        await database.evidenceFiles.put(row);
        if (!(await database.evidenceData.get(sha))) {
          await database.evidenceData.put({ id: sha, bytes: bytes.buffer });
        }
        await recordAudit(database, {
          orgId,
          entity: 'evidence',
          entityId: sha,
          action: 'create',
          after: { name: row.name, type: row.type, size: row.size },
        });
        return row;
      },
    );
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError();
    throw error;
  }
}

/**
 * Records a file of the organisation known only by reference (an imported package); its content
 * may come later, or is already here because another organisation holds the same file.
 */
export async function addEvidenceRef(
  orgId: string,
  ref: { sha256: string; name: string; type: string; size: number },
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  validate(shaSchema, ref.sha256, 'The evidence hash');
  const meta = validate(
    evidenceFileSchema,
    { name: ref.name, type: ref.type },
    'The evidence reference',
  );
  await writeTransaction(database, [database.evidenceFiles, database.evidenceData], async () => {
    if (await database.evidenceFiles.get([orgId, ref.sha256])) return;
    const stored = (await database.evidenceData.get(ref.sha256)) !== undefined;
    await database.evidenceFiles.add({
      orgId,
      sha: ref.sha256,
      ...meta,
      size: ref.size,
      createdAt: new Date().toISOString(),
      hasContent: stored ? 1 : 0,
    });
  });
}

export async function linkEvidence(
  orgId: string,
  sha: string,
  target: EvidenceTarget,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  const t = validate(evidenceTargetSchema, target, 'The evidence target');
  await writeTransaction(database, [database.evidenceFiles, database.evidenceLinks], async () => {
    if (!(await database.evidenceFiles.get([orgId, sha])))
      throw new NotFoundError(`Evidence ${sha} is not stored for this organisation.`);
    const key = targetKey(t);
    if (await database.evidenceLinks.get([sha, orgId, key])) return;
    const row: EvidenceLinkRow = {
      sha,
      orgId,
      targetKey: key,
      target: t,
      createdAt: new Date().toISOString(),
    };
    await database.evidenceLinks.add(row);
    await recordAudit(database, {
      orgId,
      entity: 'evidence',
      entityId: sha,
      action: 'link',
      after: t,
    });
  });
}

export async function unlinkEvidence(
  orgId: string,
  sha: string,
  target: EvidenceTarget,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  const key = targetKey(validate(evidenceTargetSchema, target, 'The evidence target'));
  await writeTransaction(database, [database.evidenceLinks], async () => {
    if (!(await database.evidenceLinks.get([sha, orgId, key]))) return;
    await database.evidenceLinks.delete([sha, orgId, key]);
    await recordAudit(database, {
      orgId,
      entity: 'evidence',
      entityId: sha,
      action: 'unlink',
      before: target,
    });
  });
}

/**
 * Deletes the bytes of the given contents that no organisation's record names any more. Runs
 * inside a transaction covering evidenceFiles, evidenceData and auditEvents.
 */
export async function dropUnheldBytes(
  shas: Iterable<string>,
  database: GreenThreadDb,
): Promise<void> {
  for (const sha of new Set(shas)) {
    if ((await database.evidenceFiles.where('sha').equals(sha).count()) > 0) continue;
    await database.evidenceData.delete(sha);
    // Events of the file from before v6 named no organisation; they go with the last holder.
    await database.auditEvents
      .where('[entity+entityId]')
      .equals(['evidence', sha])
      .filter((e) => e.orgId === undefined)
      .delete();
  }
}

/** Removes the organisation's file and its links to it (the caller has confirmed). */
export async function deleteEvidence(
  orgId: string,
  sha: string,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  await writeTransaction(
    database,
    [database.evidenceFiles, database.evidenceData, database.evidenceLinks],
    async () => {
      const existing = await database.evidenceFiles.get([orgId, sha]);
      if (!existing) return;
      const links = await database.evidenceLinks
        .where('orgId')
        .equals(orgId)
        .filter((l) => l.sha === sha)
        .toArray();
      await database.evidenceLinks.bulkDelete(
        links.map((l): [string, string, string] => [l.sha, l.orgId, l.targetKey]),
      );
      await database.evidenceFiles.delete([orgId, sha]);
      await dropUnheldBytes([sha], database);
      await recordAudit(database, {
        orgId,
        entity: 'evidence',
        entityId: sha,
        action: 'delete',
        before: { name: existing.name, links: links.map((l) => l.targetKey) },
      });
    },
  );
}

export interface LinkedEvidence extends EvidenceFileRow {
  linkedAt: string;
}

/** The files backing one answer, metric value or action. */
export async function listEvidenceFor(
  orgId: string,
  target: EvidenceTarget,
  database: GreenThreadDb = defaultDb,
): Promise<LinkedEvidence[]> {
  const links = await database.evidenceLinks
    .where('[orgId+targetKey]')
    .equals([orgId, targetKey(target)])
    .sortBy('createdAt');
  const rows = await database.evidenceFiles.bulkGet(
    links.map((l): [string, string] => [orgId, l.sha]),
  );
  return links.flatMap((l, i) => {
    const row = rows[i];
    return row ? [{ ...row, linkedAt: l.createdAt }] : [];
  });
}

/** Every file linked to anything of the organisation, once each. */
export async function listEvidenceOfOrganisation(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<EvidenceFileRow[]> {
  const shas = [
    ...new Set(
      (await database.evidenceLinks.where('orgId').equals(orgId).toArray()).map((l) => l.sha),
    ),
  ];
  const rows = await database.evidenceFiles.bulkGet(
    shas.sort().map((sha): [string, string] => [orgId, sha]),
  );
  return rows.filter((r): r is EvidenceFileRow => r !== undefined);
}

export function listEvidenceLinks(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<EvidenceLinkRow[]> {
  return database.evidenceLinks.where('orgId').equals(orgId).toArray();
}

/** The organisation's file as a Blob for opening or saving; undefined when only its reference is known. */
export async function getEvidenceBlob(
  orgId: string,
  sha: string,
  database: GreenThreadDb = defaultDb,
): Promise<Blob | undefined> {
  const [meta, data] = await Promise.all([
    database.evidenceFiles.get([orgId, sha]),
    database.evidenceData.get(sha),
  ]);
  if (!meta || !data) return undefined;
  return new Blob([data.bytes], { type: meta.type });
}

/**
 * Pre-submit check: the required answer items that have no file actually stored behind them
 * (a reference whose file never arrived counts as missing).
 */
export async function missingEvidence(
  orgId: string,
  requiredItemIds: readonly string[],
  database: GreenThreadDb = defaultDb,
): Promise<string[]> {
  const links = await database.evidenceLinks.where('orgId').equals(orgId).toArray();
  const stored = new Set(
    (await database.evidenceFiles.where('orgId').equals(orgId).toArray())
      .filter((r) => r.hasContent === 1)
      .map((r) => r.sha),
  );
  const backed = new Set(links.filter((l) => stored.has(l.sha)).map((l) => l.targetKey));
  return requiredItemIds.filter((itemId) => !backed.has(targetKey({ kind: 'answer', itemId })));
}

/** An evidence record of the bank server's sync, as a person names it. */
export interface EvidenceRecordWords {
  /** The file's name as the organisation keeps it (a short hash only when no name is known). */
  file: string;
  /** The organisation's name in the screen's language (its id only when it is not here). */
  company: string;
}

function stringField(row: Record<string, unknown> | null | undefined, key: string) {
  const value = row?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Names an evidenceFiles record (`<orgId>|<sha>`) or an evidenceLinks record (`<sha>|<orgId>|…`)
 * in words: its file name and its company, from the record's own versions first, then from this
 * computer's records. Undefined for any other table.
 */
export async function describeEvidenceRecord(
  record: {
    table: string;
    recordId: string;
    mine: Record<string, unknown> | null;
    theirs?: Record<string, unknown> | null;
  },
  language: 'en' | 'mn',
  database: GreenThreadDb = defaultDb,
): Promise<EvidenceRecordWords | undefined> {
  const parts = record.recordId.split('|');
  let orgId: string | undefined;
  let sha: string | undefined;
  if (record.table === 'evidenceFiles') [orgId, sha] = parts;
  else if (record.table === 'evidenceLinks') [sha, orgId] = parts;
  else return undefined;
  orgId = stringField(record.mine, 'orgId') ?? stringField(record.theirs, 'orgId') ?? orgId ?? '';
  sha = stringField(record.mine, 'sha') ?? stringField(record.theirs, 'sha') ?? sha ?? '';
  const [file, org] = await Promise.all([
    database.evidenceFiles.get([orgId, sha]),
    database.organisations.get(orgId),
  ]);
  const own = record.table === 'evidenceFiles' ? record : undefined;
  const name = stringField(own?.mine, 'name') ?? stringField(own?.theirs, 'name') ?? file?.name;
  const orgName = language === 'en' ? org?.nameEn || org?.nameMn : org?.nameMn || org?.nameEn;
  return { file: name ?? `${sha.slice(0, 12)}…`, company: orgName || orgId };
}
