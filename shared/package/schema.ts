import { z } from 'zod';
import { METRIC_IDS } from '../catalogue/metricIds';
import { NCV_KCAL_PER_KG_MAX, NCV_KCAL_PER_KG_MIN } from '../units/energy';
import {
  ACTION_STATUSES,
  ANSWERS,
  ASSESSMENT_STATUSES,
  CERTIFICATIONS,
  COAL_TYPES,
  DATA_QUALITIES,
  GREEN_DECISIONS,
  LANGUAGES,
  PERMIT_KINDS,
  PRIORITIES,
  PROCESSES,
  RISK_CATEGORIES,
  SEVERITIES,
} from './enums';
import { RECORD_LIMITS } from '../limits';
import {
  boundedRecord,
  id,
  isoDate,
  isoDateTime,
  longText,
  mnt,
  nonNegative,
  percent,
  periodKey,
  quantity,
  sha256Hex,
  shortText,
} from './primitives';

const ncvKcalPerKg = z.number().min(NCV_KCAL_PER_KG_MIN).max(NCV_KCAL_PER_KG_MAX);

export const PACKAGE_FORMAT = 'greenthread-application';
export const PACKAGE_FORMAT_VERSION = 1;

export const permitSchema = z.strictObject({
  id,
  kind: z.enum(PERMIT_KINDS),
  number: shortText.optional(),
  issuedOn: isoDate.optional(),
  /** Absent means the permit does not expire. */
  expiresOn: isoDate.optional(),
  note: shortText.optional(),
});

export const organisationSchema = z.strictObject({
  id,
  nameMn: shortText.min(1),
  nameEn: shortText,
  registrationNo: shortText,
  aimag: shortText,
  district: shortText,
  address: shortText,
  processes: z.array(z.enum(PROCESSES)).max(PROCESSES.length),
  employees: nonNegative.int(),
  annualTurnoverMnt: mnt,
  womenOwnershipPct: percent,
  womenSeniorMgmtPct: percent,
  certifications: z.array(z.enum(CERTIFICATIONS)).max(CERTIFICATIONS.length),
  permits: z.array(permitSchema).max(100),
  contactName: shortText.optional(),
  contactEmail: shortText.optional(),
});

export const metricValueSchema = z.strictObject({
  value: quantity,
  unit: z.string().min(1).max(20),
  note: longText.optional(),
  /** Why an outlier was kept ("keep and explain"). */
  outlierExplanation: longText.optional(),
  /** Coal and briquettes: net calorific value from the supplier's certificate. */
  ncvKcalPerKg: ncvKcalPerKg.optional(),
  evidence: z.array(sha256Hex).max(50).optional(),
  /** Metered, from an invoice or bill, or estimated; absent means unknown (older packages). */
  quality: z.enum(DATA_QUALITIES).optional(),
});

export const periodSchema = z.strictObject({
  period: periodKey,
  values: z.partialRecord(z.enum(METRIC_IDS), metricValueSchema),
});

export const answerSchema = z.strictObject({
  answer: z.enum(ANSWERS),
  comment: longText.optional(),
  evidence: z.array(sha256Hex).max(50).optional(),
});

export const vcpAssessmentSchema = z.strictObject({
  packVersion: shortText,
  status: z.enum(ASSESSMENT_STATUSES),
  version: z.number().int().min(1).max(10_000),
  answers: boundedRecord(answerSchema, RECORD_LIMITS.maxAnswers, 'RECORD_LIMITS.maxAnswers'),
  submittedAt: isoDateTime.optional(),
});

export const esCheckResultSchema = z.strictObject({
  /** ok = meets the requirement; finding = a gap the ESAP must close. */
  result: z.enum(['ok', 'finding', 'na']),
  severity: z.enum(SEVERITIES).optional(),
  note: longText.optional(),
  /** True once the officer confirmed a value prefilled from the VCP crosswalk. */
  confirmed: z.boolean(),
  /**
   * Why the officer's "ok"/"na" stands on a check the firm's own data decides (issue 19: the
   * officer's record is authoritative, but never silently against the data). At least 10
   * characters, like the category override (OVERRIDE_MIN_REASON).
   */
  dataOverrideReason: longText.min(10).optional(),
});

export const esScreeningSchema = z.strictObject({
  exclusions: boundedRecord(
    z.strictObject({ hit: z.boolean(), note: longText.optional() }),
    RECORD_LIMITS.maxExclusions,
    'RECORD_LIMITS.maxExclusions',
  ),
  checks: boundedRecord(esCheckResultSchema, RECORD_LIMITS.maxChecks, 'RECORD_LIMITS.maxChecks'),
  categoryOverride: z
    .strictObject({ category: z.enum(RISK_CATEGORIES), reason: longText.min(10) })
    .optional(),
  siteVisitNotes: longText.optional(),
  documentsReceived: z.array(id).max(200),
});

export const projectFiguresSchema = z.strictObject({
  productionKg: nonNegative,
  electricityKwh: nonNegative,
  heatGcal: nonNegative,
  coalT: nonNegative,
  coalNcvKcalPerKg: ncvKcalPerKg.optional(),
  dieselL: nonNegative,
  waterM3: nonNegative,
  /** Carriers beyond the first five, in their metric's canonical unit (shared/calc/carriers.ts). */
  steamT: nonNegative.optional(),
  briquettesT: nonNegative.optional(),
  briquettesNcvKcalPerKg: ncvKcalPerKg.optional(),
  gasolineL: nonNegative.optional(),
  lpgKg: nonNegative.optional(),
  /** Own solar generation used on site: energy counted, no emissions. */
  solarKwh: nonNegative.optional(),
  /** Coal rank for the CO2 factor and default NCV; absent = lignite. */
  coalType: z.enum(COAL_TYPES).optional(),
  energyCostMnt: mnt.optional(),
  waterCostMnt: mnt.optional(),
});

export const greenProjectSchema = z.strictObject({
  title: shortText.min(1),
  measure: id,
  taxonomyCode: id,
  equipment: shortText.optional(),
  investmentMnt: mnt,
  lifetimeYears: z.number().min(1).max(50),
  baseline: projectFiguresSchema,
  projected: projectFiguresSchema,
  /** Replaced equipment's own GHG reduction, when the project is end-user equipment (GC-EE-2). */
  equipmentGhgReductionPct: percent.optional(),
  apeoSubstitutionPct: percent.optional(),
  effluentCompliantByLabTest: z.boolean().optional(),
  wasteReusedPct: percent.optional(),
  renewableKwhPerYear: nonNegative.optional(),
  decision: z
    .strictObject({
      decision: z.enum(GREEN_DECISIONS),
      taxonomyCode: id.optional(),
      reason: longText.optional(),
      decidedBy: shortText.optional(),
      decidedAt: isoDateTime.optional(),
    })
    .optional(),
  verification: z
    .strictObject({
      measured: projectFiguresSchema,
      measuredFrom: periodKey,
      measuredTo: periodKey,
      note: longText.optional(),
    })
    .optional(),
});

export const actionItemSchema = z.strictObject({
  id,
  source: z.strictObject({ kind: z.enum(['vcp', 'es', 'green', 'manual']), ref: id.optional() }),
  action: longText.min(1),
  priority: z.enum(PRIORITIES),
  owner: shortText.optional(),
  deadline: isoDate.optional(),
  costMnt: mnt.optional(),
  status: z.enum(ACTION_STATUSES),
  covenant: longText.optional(),
  conditionPrecedent: z.boolean().optional(),
  evidence: z.array(sha256Hex).max(50).optional(),
});

export const evidenceRefSchema = z.strictObject({
  sha256: sha256Hex,
  name: shortText.min(1),
  type: z.string().max(120),
  size: z
    .number()
    .int()
    .min(0)
    .max(100 * 1024 * 1024),
});

export const factorOverridesSchema = z.strictObject({
  gridTco2PerMwh: z.number().min(0).max(3).optional(),
  heatSupplyEfficiency: z.number().min(0.2).max(1).optional(),
  coalNcvKcalPerKg: ncvKcalPerKg.optional(),
  /** Heating degree days Ulaanbaatar really had, by month ("2025-01"): replaces the normal year. */
  heatingDegreeDays: boundedRecord(
    z.number().min(0).max(2000),
    RECORD_LIMITS.maxPeriods,
    'RECORD_LIMITS.maxPeriods',
  )
    .refine((r) => Object.keys(r).every((k) => /^(19|20)\d{2}-(0[1-9]|1[0-2])$/.test(k)), {
      message: 'heating degree days are given per month, as YYYY-MM',
    })
    .optional(),
});

/**
 * What the file is, signed with it: absent, a loan application (every package written before
 * this field existed); a monitoring report names the one calendar year it covers. Canonical JSON
 * drops absent members, so older digests and signatures still verify.
 */
const packagePurposeSchema = z.strictObject({
  kind: z.literal('monitoring'),
  year: z.number().int().min(1990).max(2100),
});

export const applicationPackageSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  packId: id,
  packVersion: shortText,
  appVersion: shortText,
  createdAt: isoDateTime,
  preparedBy: shortText,
  language: z.enum(LANGUAGES),
  organisation: organisationSchema,
  periods: z.array(periodSchema).max(RECORD_LIMITS.maxPeriods),
  vcp: vcpAssessmentSchema.optional(),
  es: esScreeningSchema.optional(),
  project: greenProjectSchema.optional(),
  actions: z.array(actionItemSchema).max(RECORD_LIMITS.maxActions),
  evidence: z.array(evidenceRefSchema).max(RECORD_LIMITS.maxEvidence),
  factorOverrides: factorOverridesSchema.optional(),
  purpose: packagePurposeSchema.optional(),
});

export type Permit = z.infer<typeof permitSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type MetricValue = z.infer<typeof metricValueSchema>;
export type PeriodData = z.infer<typeof periodSchema>;
export type AnswerEntry = z.infer<typeof answerSchema>;
export type VcpAssessment = z.infer<typeof vcpAssessmentSchema>;
export type EsCheckResult = z.infer<typeof esCheckResultSchema>;
export type EsScreening = z.infer<typeof esScreeningSchema>;
export type ProjectFigures = z.infer<typeof projectFiguresSchema>;
export type GreenProject = z.infer<typeof greenProjectSchema>;
export type ActionItem = z.infer<typeof actionItemSchema>;
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;
export type FactorOverrides = z.infer<typeof factorOverridesSchema>;
export type PackagePurpose = z.infer<typeof packagePurposeSchema>;
export type ApplicationPackage = z.infer<typeof applicationPackageSchema>;
