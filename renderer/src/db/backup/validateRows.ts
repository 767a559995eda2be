// Rows from a backup are checked before anything is written: a hand-edited or damaged file
// must not put malformed rows into the database.
import { z } from 'zod';
import { METRIC_IDS } from '../../../../shared/catalogue/metricIds';
import {
  actionItemSchema,
  answerSchema,
  esScreeningSchema,
  greenProjectSchema,
  metricValueSchema,
  organisationSchema,
} from '../../../../shared/package/schema';
import { formatIssues, issuesFromZod } from '../../../../shared/package/parsePackage';
import { id, isoDate, periodKey, sha256Hex } from '../../../../shared/package/primitives';
import { BackupError } from '../errors';
import { termYearsSchema } from '../rowSchemas';

const stamps = { createdAt: z.string(), updatedAt: z.string() };

const ROW_SCHEMAS: Record<string, z.ZodType> = {
  organisations: organisationSchema.extend({
    ...stamps,
    deletedAt: z.string().optional(),
    isDemo: z.boolean().optional(),
  }),
  periods: z.strictObject({
    orgId: id,
    period: periodKey,
    year: z.string().length(4),
    values: z.partialRecord(z.enum(METRIC_IDS), metricValueSchema),
    updatedAt: z.string(),
  }),
  settings: z.object({ key: z.string().min(1) }),
  assessments: z.looseObject({
    id,
    orgId: id,
    instrument: z.enum(['vcp', 'es']),
    period: periodKey,
    version: z.number().int().min(1),
    answers: z.record(id, answerSchema).optional(),
    screening: esScreeningSchema.optional(),
  }),
  assessmentSnapshots: z.looseObject({
    assessmentId: id,
    version: z.number().int().min(1),
    orgId: id,
  }),
  projects: greenProjectSchema.extend({ id, orgId: id, ...stamps }),
  actions: actionItemSchema.extend({ orgId: id, ...stamps }),
  evidence: z.looseObject({ id: sha256Hex, name: z.string(), size: z.number().int().min(0) }),
  evidenceData: z.strictObject({ id: sha256Hex, bytes: z.instanceof(ArrayBuffer) }),
  evidenceLinks: z.looseObject({ sha: sha256Hex, orgId: id, targetKey: z.string().min(1) }),
  auditEvents: z.looseObject({
    seq: z.number().int().optional(),
    at: z.string(),
    entity: z.string(),
    entityId: z.string(),
  }),
  applications: z.looseObject({
    id: z.string().min(1),
    orgId: id,
    amountMnt: z.number(),
    signingDate: isoDate.optional(),
    termYears: termYearsSchema.optional(),
  }),
};

export function validateRows(tables: Record<string, unknown[]>): void {
  for (const [name, rows] of Object.entries(tables)) {
    const schema = ROW_SCHEMAS[name];
    if (!schema) throw new BackupError(`The backup contains an unknown table "${name}".`);
    for (const [i, row] of rows.entries()) {
      const result = schema.safeParse(row);
      if (!result.success) {
        throw new BackupError(
          `The backup is damaged: row ${String(i + 1)} of "${name}" is not valid:\n${formatIssues(issuesFromZod(result.error), 3)}`,
        );
      }
    }
  }
}
