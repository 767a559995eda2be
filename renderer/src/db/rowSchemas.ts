// zod schemas for rows that exist only in the local database (the package schema covers the rest).
import { z } from 'zod';
import { METRIC_IDS } from '../../../shared/catalogue/metricIds';
import {
  ASSESSMENT_STATUSES,
  GREEN_DECISIONS,
  LANGUAGES,
  RISK_CATEGORIES,
  ROLES,
} from '../../../shared/package/enums';
import {
  boundedRecord,
  id,
  isoDate,
  isoDateTime,
  longText,
  mnt,
  periodKey,
  sha256Hex,
  shortText,
} from '../../../shared/package/primitives';
import {
  actionItemSchema,
  answerSchema,
  esScreeningSchema,
  greenProjectSchema,
  metricValueSchema,
  organisationSchema,
} from '../../../shared/package/schema';
import { RECORD_LIMITS } from '../../../shared/limits';
import { monitoringItemSchema, monitoringRecordSchema } from '../../../shared/monitoring/record';
import { ORGANISATION_SETTING_KINDS, type OrganisationSettingKind } from './organisationScope';
import { APPLICATION_STATUSES, type AuditAction, type AuditEntity } from './types';

export const profileSchema = z.strictObject({
  name: shortText,
  role: z.enum(ROLES),
  language: z.enum(LANGUAGES),
  affiliation: shortText,
});

export const evidenceTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('answer'), itemId: id }),
  z.strictObject({ kind: z.literal('metric'), metricId: z.enum(METRIC_IDS), period: periodKey }),
  z.strictObject({ kind: z.literal('action'), actionId: id }),
]);

export const evidenceFileSchema = z.strictObject({
  name: shortText.min(1),
  type: z.string().max(120),
});

export const assessmentKeySchema = z.strictObject({
  orgId: id,
  instrument: z.enum(['vcp', 'es']),
  period: periodKey,
  packId: id,
  packVersion: shortText.min(1),
});

export const applicationInputSchema = z.strictObject({
  orgId: id,
  status: z.enum(APPLICATION_STATUSES).optional(),
  category: z.enum(RISK_CATEGORIES).optional(),
  suggestedCategory: z.enum(RISK_CATEGORIES).optional(),
  co2AvoidedT: z.number().optional(),
  greenDecision: z.enum(GREEN_DECISIONS).optional(),
  amountMnt: mnt,
  taxonomyCode: id.optional(),
  womenLed: z.boolean(),
  digest: sha256Hex,
  fileName: shortText.optional(),
  importedAt: isoDateTime.optional(),
});

export const TERM_YEARS_MIN = 1;
export const TERM_YEARS_MAX = 30;
export const termYearsSchema = z.number().int().min(TERM_YEARS_MIN).max(TERM_YEARS_MAX);

/** The officer's loan terms; a field left out stays as it is, signingDate null clears it. */
export const applicationTermsSchema = z.strictObject({
  amountMnt: mnt.optional(),
  signingDate: isoDate.nullable().optional(),
  termYears: termYearsSchema.optional(),
});

/** The screening outcome the officer sets on the portfolio row; null clears a field. */
// No category: the officer's category is their screening's (the summary puts it on the row).
export const applicationOutcomeSchema = z.strictObject({
  greenDecision: z.enum(GREEN_DECISIONS).nullable().optional(),
  taxonomyCode: id.nullable().optional(),
});

// ---- Stored rows, strictly, as a backup must hold them (checked by backup/validateRows.ts). ----
// One schema per table at the current database version (older backups are migrated first):
// unknown keys refused, types and sizes checked, so a row that passes can never crash a screen.
// A helper adding a field to a row type adds it here too, or restores of its rows are refused.

// Records over the unions in types.ts: a member added there fails to compile until it is listed.
const AUDIT_ENTITY: Record<AuditEntity, true> = {
  organisation: true,
  metric: true,
  period: true,
  assessment: true,
  project: true,
  action: true,
  evidence: true,
  profile: true,
  application: true,
  database: true,
};
const AUDIT_ACTION: Record<AuditAction, true> = {
  create: true,
  update: true,
  delete: true,
  submit: true,
  status: true,
  new_version: true,
  link: true,
  unlink: true,
  trash: true,
  restore: true,
  purge: true,
  import: true,
  restore_backup: true,
};
const AUDIT_ENTITIES = Object.keys(AUDIT_ENTITY) as [AuditEntity, ...AuditEntity[]];
const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION) as [AuditAction, ...AuditAction[]];

// Stamps are written as ISO date-times, but screens only display them, and older versions wrote
// what they were given: a bounded string, not a format, so no old backup is refused for a stamp.
const stamp = z.string().max(40);
const stamps = { createdAt: stamp, updatedAt: stamp };
/** A row's record version (repositories/recordVersion.ts); absent on rows written before it. */
const rev = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional();
const assessmentCommon = {
  id,
  orgId: id,
  period: periodKey,
  packId: id,
  packVersion: shortText.min(1),
  status: z.enum(ASSESSMENT_STATUSES),
  version: z.number().int().min(1).max(10_000),
  submittedAt: isoDateTime.optional(),
  statusNote: longText.optional(),
  ...stamps,
  rev,
};

const hex32 = z.string().regex(/^[0-9a-f]{64}$/);
/** The installation's Ed25519 key pair (repositories/signingKey.ts), hex. */
export const signingKeyValueSchema = z.strictObject({
  secretKey: hex32,
  publicKey: hex32,
  createdAt: z.string().max(40),
});

/** Settings whose value a screen reads by shape; other keys keep any JSON value. */
const SETTING_VALUES: Readonly<Record<string, z.ZodType>> = {
  // A backup restores the installation's signing key too: a malformed one is refused, never
  // silently replaced by a new key at the next export.
  signingKey: signingKeyValueSchema,
  profile: profileSchema,
  language: z.enum(LANGUAGES),
  lastAutoBackupDay: z.string().max(40),
};

export const STORED_ROW_SCHEMAS = {
  organisations: organisationSchema.extend({
    ...stamps,
    deletedAt: stamp.optional(),
    isDemo: z.boolean().optional(),
    rev,
  }),
  periods: z.strictObject({
    orgId: id,
    period: periodKey,
    year: z.string().regex(/^\d{4}$/),
    values: z.partialRecord(z.enum(METRIC_IDS), metricValueSchema),
    updatedAt: stamp,
    rev,
  }),
  settings: z
    .strictObject({ key: z.string().min(1).max(200), value: z.unknown(), rev })
    .superRefine((row, ctx) => {
      const schema = Object.hasOwn(SETTING_VALUES, row.key) ? SETTING_VALUES[row.key] : undefined;
      const checked = schema?.safeParse(row.value);
      if (checked && !checked.success)
        ctx.addIssue({ code: 'custom', path: ['value'], message: `not a valid "${row.key}"` });
    }),
  assessments: z.discriminatedUnion('instrument', [
    z.strictObject({
      ...assessmentCommon,
      instrument: z.literal('vcp'),
      answers: boundedRecord(answerSchema, RECORD_LIMITS.maxAnswers, 'RECORD_LIMITS.maxAnswers'),
    }),
    z.strictObject({
      ...assessmentCommon,
      instrument: z.literal('es'),
      screening: esScreeningSchema,
    }),
  ]),
  assessmentSnapshots: z.strictObject({
    assessmentId: id,
    version: z.number().int().min(1).max(10_000),
    orgId: id,
    instrument: z.enum(['vcp', 'es']),
    period: periodKey,
    packId: id,
    packVersion: shortText.min(1),
    status: z.enum(ASSESSMENT_STATUSES),
    statusNote: longText.optional(),
    answers: boundedRecord(
      answerSchema,
      RECORD_LIMITS.maxAnswers,
      'RECORD_LIMITS.maxAnswers',
    ).optional(),
    screening: esScreeningSchema.optional(),
    results: z.unknown(),
    submittedAt: isoDateTime,
    submittedBy: shortText,
    // a snapshot taken by spreading its assessment row carries that row's stamps
    createdAt: stamp.optional(),
    updatedAt: stamp.optional(),
  }),
  projects: greenProjectSchema.extend({ id, orgId: id, ...stamps, rev }),
  actions: actionItemSchema.extend({ orgId: id, ...stamps, rev }),
  evidenceFiles: z.strictObject({
    orgId: id,
    sha: sha256Hex,
    name: shortText.min(1),
    type: z.string().max(120),
    size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    createdAt: stamp,
    hasContent: z.union([z.literal(0), z.literal(1)]),
  }),
  evidenceData: z.strictObject({ id: sha256Hex, bytes: z.instanceof(ArrayBuffer) }),
  evidenceLinks: z.strictObject({
    sha: sha256Hex,
    orgId: id,
    targetKey: z.string().min(1).max(300),
    target: evidenceTargetSchema,
    createdAt: stamp,
  }),
  auditEvents: z.strictObject({
    seq: z.number().int().min(0).optional(),
    at: stamp,
    who: shortText,
    orgId: id.optional(),
    entity: z.enum(AUDIT_ENTITIES),
    entityId: z.string().max(500),
    field: z.string().max(500).optional(),
    action: z.enum(AUDIT_ACTIONS),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  }),
  applications: z.strictObject({
    id: id,
    orgId: id,
    status: z.enum(APPLICATION_STATUSES),
    category: z.enum(RISK_CATEGORIES).optional(),
    greenDecision: z.enum(GREEN_DECISIONS).optional(),
    amountMnt: mnt,
    taxonomyCode: id.optional(),
    womenLed: z.union([z.literal(0), z.literal(1)]),
    importedAt: isoDateTime,
    digest: sha256Hex,
    history: z
      .array(
        z.strictObject({
          importedAt: isoDateTime,
          digest: sha256Hex,
          fileName: shortText.optional(),
        }),
      )
      .max(10_000),
    updatedAt: stamp,
    signingDate: isoDate.optional(),
    termYears: termYearsSchema.optional(),
    rev,
    suggestedCategory: z.enum(RISK_CATEGORIES).optional(),
    findings: z.number().int().min(0).max(100_000).optional(),
    co2AvoidedT: z.number().optional(),
    generatedSchedule: z.array(monitoringItemSchema).max(1_000).optional(),
    // v7: the ESAP items as the portfolio's due dates read them
    esapDue: z
      .array(
        actionItemSchema.pick({
          id: true,
          action: true,
          deadline: true,
          status: true,
          conditionPrecedent: true,
          covenant: true,
        }),
      )
      .max(RECORD_LIMITS.maxActions)
      .optional(),
    monitoring: monitoringRecordSchema.optional(),
    exclusionHits: z.array(id).max(RECORD_LIMITS.maxExclusions).optional(),
  }),
  // Values as the settings table held them before v4: their readers validate them.
  organisationSettings: z.strictObject({
    orgId: id,
    kind: z.enum(
      ORGANISATION_SETTING_KINDS as [OrganisationSettingKind, ...OrganisationSettingKind[]],
    ),
    value: z.unknown(),
  }),
  // v5: sync bookkeeping (renderer/src/sync); records travel as the rows they are.
  outbox: z.strictObject({
    seq: z.number().int().min(0).optional(),
    changeId: z.uuid(),
    table: z.string().min(1).max(100),
    recordId: z.string().min(1).max(300),
    op: z.enum(['put', 'delete']),
    data: z.record(z.string(), z.unknown()).optional(),
    queuedAt: stamp,
    baseVersion: z.number().int().min(0).optional(),
    sentAt: stamp.optional(),
    refused: z.string().max(2000).optional(),
  }),
  syncRecords: z.strictObject({
    table: z.string().min(1).max(100),
    recordId: z.string().min(1).max(300),
    version: z.number().int().min(0),
    branchId: z.string().max(64).optional(),
    extra: z.record(z.string(), z.unknown()).optional(),
    nestedExtra: z
      .array(
        z.strictObject({
          at: z
            .array(
              z.union([
                z.string().max(300),
                z.number().int().min(0),
                z.strictObject({ id: z.string().max(300) }),
              ]),
            )
            .min(1)
            .max(50),
          fields: z.record(z.string(), z.unknown()),
        }),
      )
      .max(10_000)
      .optional(),
  }),
  syncConflicts: z.strictObject({
    id: z.number().int().min(0).optional(),
    table: z.string().min(1).max(100),
    recordId: z.string().min(1).max(300),
    mine: z.record(z.string(), z.unknown()).nullable(),
    theirs: z.record(z.string(), z.unknown()).nullable().optional(),
    theirsVersion: z.number().int().min(0).optional(),
    theirsBy: z.string().max(200).optional(),
    theirsUserId: z.number().int().positive().optional(),
    theirsAt: z.string().max(200).nullable().optional(),
    serverConflictId: z.number().int().min(0).optional(),
    detectedAt: stamp,
    resolvedAt: stamp.optional(),
    resolution: z.enum(['kept_server', 'applied_mine', 'merged']).optional(),
  }),
} as const satisfies Record<string, z.ZodType>;
