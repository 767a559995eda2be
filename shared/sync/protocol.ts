// The desktop ↔ bank-server sync protocol: one definition that the server checks requests with
// and the desktop client builds them from. A change is a whole record (put) or its tombstone
// (delete) made on top of a known version of that record; the server never merges fields.
import { z } from 'zod';

/** Dexie tables whose rows travel to the bank's server (evidence bytes stay local until asked). */
export const SYNC_TABLES = [
  'organisations',
  'periods',
  'assessments',
  'assessmentSnapshots',
  'projects',
  'actions',
  // Until schema v6 one evidence record per file, shared by every organisation: still accepted
  // so an old desktop's push and the log's old records parse; a v6 desktop skips them on pull.
  'evidence',
  'evidenceFiles',
  'evidenceLinks',
  'applications',
  'findings',
  'esapItems',
  'decisions',
  'monitoring',
  // An organisation's own settings: its emission factors, the officer's flags and key pin.
  'organisationSettings',
] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];
/** Pushed only by desktops before schema v6; the server refuses such a push (426, in words). */
export const LEGACY_EVIDENCE_TABLE = 'evidence' satisfies SyncTable;

export const SYNC_LIMITS = {
  /** Changes in one push; a desktop with more pending sends them in several pushes. */
  maxChangesPerPush: 500,
  /** One record as JSON; evidence files never travel inside a record. */
  maxRecordBytes: 256 * 1024,
  /** A whole push body; fastify refuses a larger body before it is parsed. */
  maxPushBytes: 8 * 1024 * 1024,
  maxPullLimit: 1_000,
  defaultPullLimit: 500,
} as const;

/**
 * The sync protocol's version, sent by the desktop on every request (SYNC_PROTOCOL_HEADER) and
 * announced by the server's health answer with the oldest desktop it still serves. A desktop that
 * sends none is version 1 (before versions were sent). What the server answers is read leniently:
 * a field a newer server adds is ignored, never a reason to refuse a whole pull.
 */
export const SYNC_PROTOCOL_VERSION = 2;
export const SYNC_PROTOCOL_HEADER = 'x-greenthread-sync';

const text = (max: number) => z.string().min(1).max(max);
/** Letters, digits and the separators Dexie keys use (composite keys are joined with "|"). */
export const recordIdSchema = text(300).regex(/^[\p{L}\p{N}_.:|@+\-]+$/u, {
  message: 'a record id holds letters, digits and _ . : | @ + - only',
});
export const branchIdSchema = text(64).regex(/^[a-z0-9][a-z0-9_-]*$/, {
  message: 'a branch id holds lower-case letters, digits, _ and - only',
});
export const changeIdSchema = z.uuid({ message: 'a change id is a UUID' });

// PostgreSQL's jsonb cannot hold U+0000; refusing it here keeps a push from failing half-way.
const noNul = (value: unknown): boolean => !JSON.stringify(value).includes('\\u0000');
const recordData = z
  .record(z.string(), z.unknown())
  .refine((d) => JSON.stringify(d).length <= SYNC_LIMITS.maxRecordBytes, {
    message: `a record is at most ${SYNC_LIMITS.maxRecordBytes / 1024} KB as JSON`,
  })
  .refine(noNul, { message: 'a record cannot hold the NUL character (\\u0000)' });

const changeBase = {
  changeId: changeIdSchema,
  table: z.enum(SYNC_TABLES),
  recordId: recordIdSchema,
  /** The version the desktop's copy was made on; 0 for a record the server has never seen. */
  baseVersion: z.number().int().min(0),
  /** Needed only when head office creates a record; an officer's changes go to its own branch. */
  branchId: branchIdSchema.optional(),
};
export const changeSchema = z.discriminatedUnion('op', [
  z.strictObject({ ...changeBase, op: z.literal('put'), data: recordData }),
  z.strictObject({ ...changeBase, op: z.literal('delete'), data: z.null().optional() }),
]);
export type Change = z.infer<typeof changeSchema>;

export const pushRequestSchema = z.strictObject({
  changes: z
    .array(changeSchema)
    .min(1, { message: 'a push holds at least one change' })
    .max(SYNC_LIMITS.maxChangesPerPush, {
      message: `a push holds at most ${SYNC_LIMITS.maxChangesPerPush} changes`,
    }),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResultSchema = z.object({
  changeId: changeIdSchema,
  /** applied: stored now; duplicate: this change id was stored before (a retry); conflict: kept for a person. */
  status: z.enum(['applied', 'duplicate', 'conflict']),
  seq: z.number().int().positive().optional(),
  version: z.number().int().min(0).optional(),
  conflictId: z.number().int().positive().optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;
export const pushResponseSchema = z.object({ results: z.array(pushResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullQuerySchema = z.strictObject({
  since: z.coerce.number().int().min(0).default(0),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(SYNC_LIMITS.maxPullLimit)
    .default(SYNC_LIMITS.defaultPullLimit),
  /** The sequence number of the criteria pack the desktop holds; a newer one comes back. */
  packSeq: z.coerce.number().int().min(0).default(0),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

export const pulledChangeSchema = z.object({
  seq: z.number().int().positive(),
  changeId: changeIdSchema,
  table: z.enum(SYNC_TABLES),
  recordId: recordIdSchema,
  branchId: branchIdSchema,
  version: z.number().int().positive(),
  op: z.enum(['put', 'delete']),
  data: z.record(z.string(), z.unknown()).nullable(),
  userId: z.number().int().positive(),
  deviceId: z.string(),
  at: z.string(),
});
export type PulledChange = z.infer<typeof pulledChangeSchema>;

export const publishedPackSchema = z.object({
  seq: z.number().int().positive(),
  packId: z.string(),
  packVersion: z.string(),
  publishedAt: z.string(),
  /** The pack file as published; the desktop checks it again with parsePack before using it. */
  content: z.unknown(),
});
export type PublishedPack = z.infer<typeof publishedPackSchema>;

export const pullResponseSchema = z.object({
  changes: z.array(pulledChangeSchema),
  /** Pass as `since` next time; equal to the request's when nothing is new. */
  cursor: z.number().int().min(0),
  hasMore: z.boolean(),
  pack: publishedPackSchema.nullable(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const conflictSchema = z.object({
  id: z.number().int().positive(),
  changeId: changeIdSchema,
  table: z.enum(SYNC_TABLES),
  recordId: recordIdSchema,
  branchId: branchIdSchema,
  baseVersion: z.number().int().min(0),
  /** The server's version when the change arrived, and its record then (null: a tombstone). */
  serverVersion: z.number().int().min(0),
  serverData: z.record(z.string(), z.unknown()).nullable(),
  op: z.enum(['put', 'delete']),
  data: z.record(z.string(), z.unknown()).nullable(),
  userId: z.number().int().positive(),
  deviceId: z.string(),
  at: z.string(),
  resolvedAt: z.string().nullable(),
  resolution: z.enum(['kept_server', 'applied_mine']).nullable(),
});
export type SyncConflict = z.infer<typeof conflictSchema>;

/**
 * Who works where, for words such as "changed at Darkhan branch": each branch's name and each
 * user's branch (null: head office). A route of its own (GET /api/sync/directory), so the pull
 * and sign-in answers keep the shape older desktops check strictly.
 */
export const syncDirectorySchema = z.object({
  branches: z.array(z.object({ id: z.string(), name: z.string() })),
  users: z.array(z.object({ id: z.number().int().positive(), branchId: z.string().nullable() })),
});
export type SyncDirectory = z.infer<typeof syncDirectorySchema>;

/**
 * What a resolution answers. `version` is the record's version after "applied_mine" (servers
 * before it said only `seq`; a desktop reads it when present).
 */
export const resolveAnswerSchema = z.object({
  seq: z.number().int().positive().nullable(),
  version: z.number().int().positive().nullable().optional(),
});

export const resolveConflictSchema = z.strictObject({
  /** kept_server drops the desktop's change; applied_mine writes it on top of the current version. */
  resolution: z.enum(['kept_server', 'applied_mine']),
});

export const signInRequestSchema = z.strictObject({
  username: text(100),
  password: z.string().min(1).max(1_000),
  deviceName: text(200),
});
export const ROLES = ['officer', 'es_unit', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const signInResponseSchema = z.object({
  token: z.string(),
  deviceId: z.string(),
  user: z.object({
    id: z.number().int().positive(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    branchId: z.string().nullable(),
  }),
});
export type SignInResponse = z.infer<typeof signInResponseSchema>;

/** One line a person can read, e.g. `changes[3].table: Invalid option…`. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(body)'}: ${i.message}`)
    .join('; ');
}
