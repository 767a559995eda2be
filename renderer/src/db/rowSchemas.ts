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
  id,
  isoDate,
  isoDateTime,
  mnt,
  periodKey,
  sha256Hex,
  shortText,
} from '../../../shared/package/primitives';
import { APPLICATION_STATUSES } from './types';

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

export const assessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);

export const applicationInputSchema = z.strictObject({
  orgId: id,
  status: z.enum(APPLICATION_STATUSES).optional(),
  category: z.enum(RISK_CATEGORIES).optional(),
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
export const applicationOutcomeSchema = z.strictObject({
  category: z.enum(RISK_CATEGORIES).optional(),
  greenDecision: z.enum(GREEN_DECISIONS).nullable().optional(),
  taxonomyCode: id.nullable().optional(),
});
