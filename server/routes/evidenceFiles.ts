// Evidence files' bytes (shared/sync/evidenceBytes.ts): uploaded by the desktop that attached
// them, fetched by another desktop on request. Bytes are reached only through an organisation,
// under the organisation's branch rules: an officer its own branch, the E&S unit every branch.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { EVIDENCE_LIMITS } from '../../shared/limits';
import {
  evidenceFileRefSchema,
  heldRequestSchema,
  type EvidenceFileRef,
} from '../../shared/sync/evidenceBytes';
import { audit, type Caller } from '../auth';
import type { Pool } from '../db';
import { inTransaction } from '../db';
import { HttpError, refusalBody } from '../httpErrors';
import { callerOf, parseInput } from '../request';
import { visibleBranch } from '../sync/pull';

const MB = Math.round(EVIDENCE_LIMITS.maxFileBytes / 1024 / 1024);

/** The organisation's branch, or an HttpError saying why this caller may not reach its files. */
async function checkOrganisation(pool: Pool, caller: Caller, orgId: string): Promise<string> {
  const r = await pool.query<{ branch_id: string; deleted: boolean }>(
    `SELECT branch_id, deleted FROM records WHERE table_name = 'organisations' AND record_id = $1`,
    [orgId],
  );
  const org = r.rows[0];
  if (!org || org.deleted) {
    throw new HttpError(
      404,
      `organisation ${orgId} is not on the bank server: its record is sent first, at the next sync`,
      'evidence_org_not_on_server',
    );
  }
  const branch = visibleBranch(caller);
  if (branch !== null && org.branch_id !== branch) {
    throw new HttpError(
      403,
      `organisation ${orgId} belongs to another branch`,
      'evidence_other_branch',
    );
  }
  return org.branch_id;
}

export function registerEvidenceFileRoutes(app: FastifyInstance, pool: Pool): void {
  void app.register((scope, _options, done) => {
    scope.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: EVIDENCE_LIMITS.maxFileBytes },
      (_request, body, done) => done(null, body),
    );
    // Inside this scope a body too large is a file too large, not a push too large.
    scope.setErrorHandler((error: unknown, _request, reply) => {
      const e = error as { code?: string };
      if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return reply
          .code(413)
          .send(
            refusalBody(
              'evidence_too_large',
              `the file is larger than ${MB} MB, the limit for one evidence file; nothing was stored`,
            ),
          );
      }
      throw error;
    });

    scope.put('/api/evidence/:orgId/:sha', async (request, reply) => {
      const caller = callerOf(request);
      const { orgId, sha } = parseInput(evidenceFileRefSchema, request.params);
      if (caller.role === 'admin') {
        throw new HttpError(
          403,
          'an administrator manages users and packs; evidence files are sent by officers and the E&S unit',
          'evidence_admin',
        );
      }
      await checkOrganisation(pool, caller, orgId);
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes)) {
        throw new HttpError(
          415,
          'send the file itself, as application/octet-stream',
          'evidence_not_a_file',
        );
      }
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== sha) {
        throw new HttpError(
          422,
          `the file's SHA-256 is ${actual}, not ${sha}: it was changed or cut short on the way; nothing was stored`,
          'evidence_changed',
        );
      }
      const stored = await inTransaction(pool, async (c) => {
        // Once per content, however many organisations hold it; a retry writes nothing.
        await c.query(
          'INSERT INTO evidence_blobs (sha, size, bytes) VALUES ($1, $2, $3) ON CONFLICT (sha) DO NOTHING',
          [sha, bytes.byteLength, bytes],
        );
        const held = await c.query(
          `INSERT INTO evidence_holders (org_id, sha, uploaded_by, device_id) VALUES ($1, $2, $3, $4)
           ON CONFLICT (org_id, sha) DO NOTHING RETURNING sha`,
          [orgId, sha, caller.userId, caller.deviceId],
        );
        if (held.rowCount === 0) return 'already' as const;
        await audit(c, caller, 'evidence uploaded', { orgId, sha, size: bytes.byteLength });
        return 'new' as const;
      });
      return reply.code(stored === 'new' ? 201 : 200).send({ sha, size: bytes.byteLength, stored });
    });

    scope.get('/api/evidence/:orgId/:sha', async (request, reply) => {
      const caller = callerOf(request);
      const { orgId, sha } = parseInput(evidenceFileRefSchema, request.params);
      await checkOrganisation(pool, caller, orgId);
      const r = await pool.query<{ bytes: Buffer }>(
        `SELECT b.bytes FROM evidence_holders h JOIN evidence_blobs b ON b.sha = h.sha
          WHERE h.org_id = $1 AND h.sha = $2`,
        [orgId, sha],
      );
      const row = r.rows[0];
      if (!row) {
        throw new HttpError(
          404,
          'this file has not reached the bank server yet: the desktop that attached it sends it at its next sync',
          'evidence_not_on_server',
        );
      }
      return reply
        .header('content-type', 'application/octet-stream')
        .header('content-disposition', `attachment; filename="${sha}"`)
        .send(row.bytes);
    });

    scope.post('/api/evidence/held', async (request) => {
      const caller = callerOf(request);
      const { files } = parseInput(heldRequestSchema, request.body);
      const r = await pool.query<EvidenceFileRef>(
        `SELECT h.org_id AS "orgId", h.sha
           FROM evidence_holders h
           JOIN records o ON o.table_name = 'organisations' AND o.record_id = h.org_id
          WHERE (h.org_id, h.sha) IN (SELECT * FROM unnest($1::text[], $2::text[]))
            AND ($3::text IS NULL OR o.branch_id = $3)`,
        [files.map((f) => f.orgId), files.map((f) => f.sha), visibleBranch(caller)],
      );
      return { held: r.rows };
    });
    done();
  });
}
