// What the last import of an application recorded about its file (storeSubmission's
// 'verification' audit event): the verdict, the signing key and who accepted a file that did not
// verify. Read back with a schema: the audit log is data like any other.
import { z } from 'zod';
import { db as defaultDb, type GreenThreadDb } from '../db';

const verificationSchema = z.object({
  verdict: z.enum(['intact', 'changed', 'unsigned', 'invalid']),
  signature: z.object({ status: z.string(), fingerprint: z.string().max(200).optional() }),
  acceptedBy: z.string().max(500).optional(),
});

export interface ImportVerification {
  verdict: 'intact' | 'changed' | 'unsigned' | 'invalid';
  fingerprint: string | null;
  acceptedBy: string | null;
}

export async function lastImportVerification(
  applicationId: string,
  database: GreenThreadDb = defaultDb,
): Promise<ImportVerification | null> {
  const events = await database.auditEvents
    .where('[entity+entityId]')
    .equals(['application', applicationId])
    .filter((e) => e.field === 'verification')
    .toArray();
  for (const e of events.reverse()) {
    const parsed = verificationSchema.safeParse(e.after);
    if (!parsed.success) continue;
    return {
      verdict: parsed.data.verdict,
      fingerprint: parsed.data.signature.fingerprint ?? null,
      acceptedBy: parsed.data.acceptedBy ?? null,
    };
  }
  return null;
}
