// The evidence files this computer holds that the bank server does not get, named for a person:
// those over the server's limit (known from their size, before any sync and after a restart) and
// those the server refused at the last sync, with its reason (kept in settings).
import { EVIDENCE_LIMITS } from '../../../shared/limits';
import { db as defaultDb, type GreenThreadDb } from '../db/db';
import { readNotSent } from './evidenceBytes';

export interface NotSentFile {
  orgId: string;
  sha: string;
  name: string;
  size: number;
  /** The organisation's name in both languages, for the screen to pick. */
  organisation: { mn: string; en: string };
  /** Undefined: larger than the server takes. Otherwise the server's refusal in its words. */
  reason?: string;
}

export async function listNotSentEvidence(
  database: GreenThreadDb = defaultDb,
): Promise<NotSentFile[]> {
  const held = await database.evidenceFiles.filter((f) => f.hasContent === 1).toArray();
  const refusals = new Map<string, string>();
  for (const r of await readNotSent(database)) {
    if (!r.tooLarge) refusals.set(`${r.orgId}|${r.sha}`, r.reason);
  }
  const files = held.filter(
    (f) => f.size > EVIDENCE_LIMITS.maxFileBytes || refusals.has(`${f.orgId}|${f.sha}`),
  );
  const orgs = await database.organisations.bulkGet([...new Set(files.map((f) => f.orgId))]);
  const orgName = new Map(orgs.flatMap((o) => (o ? [[o.id, o] as const] : [])));
  return files.map((f) => {
    const org = orgName.get(f.orgId);
    const tooLarge = f.size > EVIDENCE_LIMITS.maxFileBytes;
    return {
      orgId: f.orgId,
      sha: f.sha,
      name: f.name,
      size: f.size,
      organisation: {
        mn: org?.nameMn || org?.nameEn || f.orgId,
        en: org?.nameEn || org?.nameMn || f.orgId,
      },
      ...(tooLarge ? {} : { reason: refusals.get(`${f.orgId}|${f.sha}`) }),
    };
  });
}
