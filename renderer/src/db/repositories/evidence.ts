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
import type { EvidenceLinkRow, EvidenceRow, EvidenceTarget } from '../types';

export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;

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
 * Keeps a file inside the app. The same content added twice is stored once (the id is its
 * SHA-256). Over 25 MB is refused; a full disk is reported as StorageFullError, with nothing
 * written.
 */
export async function addEvidence(
  file: Blob,
  name: string,
  type: string,
  database: GreenThreadDb = defaultDb,
): Promise<EvidenceRow> {
  if (file.size > MAX_EVIDENCE_BYTES) throw new FileTooLargeError(file.size, MAX_EVIDENCE_BYTES);
  const meta = validate(evidenceFileSchema, { name, type }, 'The file');
  const bytes = await readBytes(file);
  const sha = await sha256OfBytes(bytes);
  try {
    return await writeTransaction(
      database,
      [database.evidence, database.evidenceData],
      async () => {
        const existing = await database.evidence.get(sha);
        if (existing?.hasContent === 1) return existing;
        const row: EvidenceRow = {
          id: sha,
          name: existing?.name ?? meta.name,
          type: existing?.type ?? meta.type,
          size: bytes.byteLength,
          createdAt: existing?.createdAt ?? new Date().toISOString(),
          hasContent: 1,
        };
        if (existing) await database.evidence.put(row);
        else await database.evidence.add(row);
        await database.evidenceData.put({ id: sha, bytes: bytes.buffer });
        await recordAudit(database, {
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

/** Records a file known only by reference (an imported package); its content may come later. */
export async function addEvidenceRef(
  ref: { sha256: string; name: string; type: string; size: number },
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  validate(shaSchema, ref.sha256, 'The evidence hash');
  const meta = validate(
    evidenceFileSchema,
    { name: ref.name, type: ref.type },
    'The evidence reference',
  );
  await writeTransaction(database, [database.evidence], async () => {
    if (await database.evidence.get(ref.sha256)) return;
    await database.evidence.add({
      id: ref.sha256,
      ...meta,
      size: ref.size,
      createdAt: new Date().toISOString(),
      hasContent: 0,
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
  await writeTransaction(database, [database.evidence, database.evidenceLinks], async () => {
    if (!(await database.evidence.get(sha)))
      throw new NotFoundError(`Evidence ${sha} is not stored.`);
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

/** Removes a file and every link to it (the caller has confirmed). */
export async function deleteEvidence(
  sha: string,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  await writeTransaction(
    database,
    [database.evidence, database.evidenceData, database.evidenceLinks],
    async () => {
      const existing = await database.evidence.get(sha);
      if (!existing) return;
      const links = await database.evidenceLinks.where('sha').equals(sha).toArray();
      await database.evidenceLinks.where('sha').equals(sha).delete();
      await database.evidence.delete(sha);
      await database.evidenceData.delete(sha);
      await recordAudit(database, {
        entity: 'evidence',
        entityId: sha,
        action: 'delete',
        before: {
          name: existing.name,
          links: links.map((l) => ({ orgId: l.orgId, target: l.targetKey })),
        },
      });
    },
  );
}

export interface LinkedEvidence extends EvidenceRow {
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
  const rows = await database.evidence.bulkGet(links.map((l) => l.sha));
  return links.flatMap((l, i) => {
    const row = rows[i];
    return row ? [{ ...row, linkedAt: l.createdAt }] : [];
  });
}

/** Every file linked to anything of the organisation, once each. */
export async function listEvidenceOfOrganisation(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<EvidenceRow[]> {
  const shas = [
    ...new Set(
      (await database.evidenceLinks.where('orgId').equals(orgId).toArray()).map((l) => l.sha),
    ),
  ];
  const rows = await database.evidence.bulkGet(shas.sort());
  return rows.filter((r): r is EvidenceRow => r !== undefined);
}

export function listEvidenceLinks(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<EvidenceLinkRow[]> {
  return database.evidenceLinks.where('orgId').equals(orgId).toArray();
}

/** The file as a Blob for opening or saving; undefined when only its reference is known. */
export async function getEvidenceBlob(
  sha: string,
  database: GreenThreadDb = defaultDb,
): Promise<Blob | undefined> {
  const [meta, data] = await Promise.all([
    database.evidence.get(sha),
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
    (await database.evidence.bulkGet([...new Set(links.map((l) => l.sha))]))
      .filter((r) => r?.hasContent === 1)
      .map((r) => r?.id),
  );
  const backed = new Set(links.filter((l) => stored.has(l.sha)).map((l) => l.targetKey));
  return requiredItemIds.filter((itemId) => !backed.has(targetKey({ kind: 'answer', itemId })));
}
