export const PROCESSES = [
  'sorting',
  'scouring',
  'dehairing',
  'spinning',
  'dyeing',
  'knitting',
  'weaving',
  'finishing',
  'garment',
] as const;
export type Process = (typeof PROCESSES)[number];

/** Processes with water-intensive wet steps (effluent, heat). */
export const WET_PROCESSES: readonly Process[] = ['scouring', 'dyeing', 'finishing'];

export const CERTIFICATIONS = ['MNS6926', 'SFA_CFPS', 'MNS6891', 'OEKO_TEX', 'GOTS'] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

export const PERMIT_KINDS = [
  'state_registration',
  'eia',
  'environmental_plan',
  'water_use',
  'wastewater_discharge',
  'chemicals_licence',
  'waste_contract',
  'fire_safety',
  'land_use',
  'other',
] as const;
export type PermitKind = (typeof PERMIT_KINDS)[number];

export const ANSWERS = ['yes', 'partly', 'no', 'na'] as const;
export type Answer = (typeof ANSWERS)[number];

export const ASSESSMENT_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'accepted',
  'returned',
] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const RISK_CATEGORIES = ['A', 'B', 'C'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Where a monthly figure comes from; a figure with none stated is of unknown quality. */
export const DATA_QUALITIES = ['metered', 'invoice', 'estimated'] as const;
export type DataQuality = (typeof DATA_QUALITIES)[number];

export const ROLES = ['msme', 'officer', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['mn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const GREEN_DECISIONS = [
  'eligible',
  'eligible_subject_to_verification',
  'not_eligible',
] as const;
export type GreenDecision = (typeof GREEN_DECISIONS)[number];

/** Coal ranks with IPCC 2006 default NCV and CO2 factors (Vol.2 Ch.1 Tables 1.2, 1.4). */
export const COAL_TYPES = ['lignite', 'sub_bituminous', 'bituminous'] as const;
export type CoalType = (typeof COAL_TYPES)[number];
