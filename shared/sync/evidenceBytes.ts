// Evidence files' bytes between desktops and the bank server: the record (name, type, size,
// SHA-256) syncs like any other; the bytes go up once per organisation and content
// (PUT /api/evidence/:orgId/:sha) and come down only when a person asks (GET, same path). Both
// ends check the content against its SHA-256, so a file changed or cut short on the way is refused.
import { z } from 'zod';
import { EVIDENCE_LIMITS } from '../limits';
import { sha256Hex } from '../package/primitives';

/** An organisation's id as it travels in a path segment (no "|", "/" or "%"). */
const orgIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\p{L}\p{N}_.:@-]+$/u, {
    message: 'an organisation id holds letters, digits and _ . : @ - only',
  });

export const evidenceFileRefSchema = z.strictObject({ orgId: orgIdSchema, sha: sha256Hex });
export type EvidenceFileRef = z.infer<typeof evidenceFileRefSchema>;

/** The path of one organisation's file on the bank server. */
export function evidencePath(ref: EvidenceFileRef): string {
  return `/api/evidence/${encodeURIComponent(ref.orgId)}/${ref.sha}`;
}

/** POST /api/evidence/held: which of these files' bytes the server already holds. */
export const EVIDENCE_HELD_PATH = '/api/evidence/held';
export const heldRequestSchema = z.strictObject({
  files: z.array(evidenceFileRefSchema).max(EVIDENCE_LIMITS.maxFilesPerCheck),
});
export const heldResponseSchema = z.object({ held: z.array(evidenceFileRefSchema) });

/** The answer to an upload: 'new' the first time, 'already' on a retry (nothing written twice). */
export const uploadAnswerSchema = z.object({
  sha: sha256Hex,
  size: z.number().int().min(0),
  stored: z.enum(['new', 'already']),
});
