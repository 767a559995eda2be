// Evidence files' bytes and the bank server (shared/sync/evidenceBytes.ts). Sending is part of
// every sync and needs no queue of its own: the files this desktop holds that the server does not
// yet hold (it says which) go up, so a desktop offline for days sends them when it is back, and a
// file refused today is asked about again next time. Fetching is on request, one file at a time,
// and the bytes are kept only when their SHA-256 is the one the record names.
import { z } from 'zod';
import { EVIDENCE_LIMITS } from '../../../shared/limits';
import {
  EVIDENCE_HELD_PATH,
  evidencePath,
  heldResponseSchema,
  uploadAnswerSchema,
  type EvidenceFileRef,
} from '../../../shared/sync/evidenceBytes';
import { recordAudit, writeTransaction } from '../db/audit';
import type { GreenThreadDb } from '../db/db';
import { readBytes, sha256OfBytes } from '../db/repositories/evidence';
import { readJson, SyncRefused, type FetchLike } from './client';
import { doNotRecordThisTransaction } from './outboxMiddleware';
import { encodeRecordId } from './recordKey';

export interface BankServerLink {
  baseUrl: string;
  token: string;
  fetch: FetchLike;
}

/** The fetched bytes are not the file the record names (or are larger than any evidence file). */
export class EvidenceCheckError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string | null,
  ) {
    super(
      actual === null
        ? `the file is larger than the ${EVIDENCE_LIMITS.maxFileBytes} bytes an evidence file may have`
        : `the file's SHA-256 is ${actual}, not ${expected}`,
    );
    this.name = 'EvidenceCheckError';
  }
}

const key = (f: EvidenceFileRef) => `${f.orgId}|${f.sha}`;

/** A file not sent: larger than the server takes (never tried), or refused with its reason. */
export type NotSent = EvidenceFileRef & ({ tooLarge: true } | { tooLarge: false; reason: string });

export interface SendReport {
  sent: number;
  /** Files the server cannot take yet (their organisation's record has not reached it). */
  waiting: number;
  /** Files not sent; asked about again at the next sync. Kept in settings (EVIDENCE_NOT_SENT_KEY). */
  refused: NotSent[];
}

/**
 * The last sync's files not sent, kept so a person who restarts the app still sees them on the
 * evidence rows and in Settings → Bank server. Replaced by every sync that reaches the files.
 */
export const EVIDENCE_NOT_SENT_KEY = 'evidenceNotSent';

const notSentSchema = z.array(
  z.union([
    z.object({ orgId: z.string(), sha: z.string(), tooLarge: z.literal(true) }),
    z.object({
      orgId: z.string(),
      sha: z.string(),
      tooLarge: z.literal(false),
      reason: z.string(),
    }),
  ]),
);

/** The files the last sync did not send (none before the first, or when the stored list is damaged). */
export async function readNotSent(database: GreenThreadDb): Promise<NotSent[]> {
  const parsed = notSentSchema.safeParse(
    (await database.settings.get(EVIDENCE_NOT_SENT_KEY))?.value,
  );
  return parsed.success ? parsed.data : [];
}

/**
 * Sends the bytes of every file held here whose organisation is on the server and which the
 * server does not hold yet. A network failure is thrown (the sync is retried as a whole); a
 * refusal of one file is reported and the others still go.
 */
export async function sendEvidenceBytes(
  database: GreenThreadDb,
  link: BankServerLink,
): Promise<SendReport> {
  const report: SendReport = { sent: 0, waiting: 0, refused: [] };
  const all = await database.evidenceFiles.filter((f) => f.hasContent === 1).toArray();
  // A file over the server's limit (kept from before the limit, or restored from a backup) is
  // not sent at all: the shell would refuse 25 MB of base64 and the server its body, and trying
  // again every two minutes would stop the files after it from ever going.
  const tooLarge = all.filter((f) => f.size > EVIDENCE_LIMITS.maxFileBytes);
  report.refused.push(
    ...tooLarge.map((f): NotSent => ({ orgId: f.orgId, sha: f.sha, tooLarge: true })),
  );
  const held = all.filter((f) => f.size <= EVIDENCE_LIMITS.maxFileBytes);
  const onServer = await database.syncRecords.bulkGet(
    held.map((f): [string, string] => ['organisations', encodeRecordId(f.orgId)]),
  );
  const candidates = held
    .filter((_, i) => onServer[i] !== undefined)
    .map((f) => ({ orgId: f.orgId, sha: f.sha }));
  report.waiting = held.length - candidates.length;
  const auth = { authorization: `Bearer ${link.token}` };
  for (let i = 0; i < candidates.length; i += EVIDENCE_LIMITS.maxFilesPerCheck) {
    const files = candidates.slice(i, i + EVIDENCE_LIMITS.maxFilesPerCheck);
    const res = await link.fetch(`${link.baseUrl}${EVIDENCE_HELD_PATH}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ files }),
    });
    const there = new Set(heldResponseSchema.parse(await readJson(res)).held.map(key));
    for (const ref of files) {
      if (there.has(key(ref))) continue;
      const data = await database.evidenceData.get(ref.sha);
      if (!data) continue;
      const put = await link.fetch(`${link.baseUrl}${evidencePath(ref)}`, {
        method: 'PUT',
        headers: { ...auth, 'content-type': 'application/octet-stream' },
        body: new Uint8Array(data.bytes),
      });
      try {
        uploadAnswerSchema.parse(await readJson(put));
        report.sent += 1;
      } catch (error) {
        if (!(error instanceof SyncRefused)) throw error;
        if (error.status === 404) report.waiting += 1;
        else report.refused.push({ ...ref, tooLarge: false, reason: error.message });
      }
    }
  }
  await database.settings.put({ key: EVIDENCE_NOT_SENT_KEY, value: report.refused });
  return report;
}

/**
 * Fetches one file of an organisation from the server and keeps it, once its SHA-256 is checked.
 * Throws EvidenceCheckError (nothing kept) when the bytes are not the named file, SyncRefused when
 * the server refuses (its reason in words), and a TypeError when it cannot be reached.
 */
export async function fetchEvidenceBytes(
  database: GreenThreadDb,
  link: BankServerLink,
  ref: EvidenceFileRef,
): Promise<void> {
  const res = await link.fetch(`${link.baseUrl}${evidencePath(ref)}`, {
    headers: { authorization: `Bearer ${link.token}`, accept: 'application/octet-stream' },
  });
  if (!res.ok) await readJson(res);
  const bytes = await readBytes(await res.blob());
  if (bytes.byteLength > EVIDENCE_LIMITS.maxFileBytes) throw new EvidenceCheckError(ref.sha, null);
  const actual = await sha256OfBytes(bytes);
  if (actual !== ref.sha) throw new EvidenceCheckError(ref.sha, actual);
  await writeTransaction(database, [database.evidenceFiles, database.evidenceData], async () => {
    // The record's "held here" mark is this computer's own: it never goes to the server.
    doNotRecordThisTransaction();
    if (!(await database.evidenceData.get(ref.sha))) {
      await database.evidenceData.put({ id: ref.sha, bytes: bytes.buffer });
    }
    await database.evidenceFiles.where('sha').equals(ref.sha).modify({ hasContent: 1 });
    await recordAudit(database, {
      orgId: ref.orgId,
      entity: 'evidence',
      entityId: ref.sha,
      field: 'bankServer',
      action: 'import',
      after: { size: bytes.byteLength, sha256: 'checked' },
    });
  });
}
