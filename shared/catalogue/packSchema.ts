// The shape of a criteria-pack file (a bank's own pack): every field of CriteriaPack, bounded so
// a hostile file is cheap to refuse, and cross-checked so the scorer never meets a dangling id.
import { z } from 'zod';
import { PERMIT_KINDS, PRIORITIES, PROCESSES, SEVERITIES } from '../package/enums';
import { id, isoDate } from '../package/primitives';
import type { CriteriaPack, EsTopicId, GreenCriterionKind, Provenance, VcpPillarId } from './types';
import { WOMEN_LED_THRESHOLDS } from '../scoring/womenLed';

export const PACK_LIMITS = {
  /** A pack file above this size is refused before it is parsed. */
  maxFileBytes: 5 * 1024 * 1024,
  maxListItems: 2_000,
  maxTextChars: 10_000,
  /**
   * Values (every array entry and object field, at any depth) in one file; the shipped pack
   * holds under 5,000. Bounds the work of checking a file of many tiny values.
   */
  maxValues: 100_000,
  /** Problems reported before checking stops; the count of the rest is still given. */
  maxErrors: 100,
} as const;

// Records keyed by the unions in types.ts: a member added there without being listed here fails
// to compile, instead of being refused in every pack file.
const PILLARS: Record<VcpPillarId, true> = {
  ENV: true,
  EN: true,
  WA: true,
  CH: true,
  WS: true,
  RM: true,
  LA: true,
  HS: true,
  AC: true,
  MR: true,
};
const TOPICS: Record<EsTopicId, true> = {
  LEGAL: true,
  EFFLUENT: true,
  CHEM: true,
  AIR: true,
  WASTE: true,
  LABOUR: true,
  OHS: true,
  COMMUNITY: true,
  GOV: true,
};
const KINDS: Record<GreenCriterionKind, true> = {
  energy_intensity_reduction: true,
  equipment_ghg_reduction: true,
  co2_reduction: true,
  co2_no_increase: true,
  baseline_matches_records: true,
  renewable: true,
  water_intensity_reduction: true,
  effluent_compliance: true,
  apeo_substitution: true,
  waste_reuse: true,
  payback: true,
  es_gate: true,
  women_led: true,
};
const PROVENANCE: Record<Provenance, true> = { S: true, K: true, 'K?': true, D: true };

const keysOf = <K extends string>(r: Record<K, true>) => Object.keys(r) as [K, ...K[]];
export const PILLAR_IDS = keysOf(PILLARS);
export const ES_TOPIC_IDS = keysOf(TOPICS);
export const GREEN_CRITERION_KINDS = keysOf(KINDS);
const PROVENANCES = keysOf(PROVENANCE);

const text = z.string().max(PACK_LIMITS.maxTextChars).regex(/\S/, 'must not be blank');

const list = <T extends z.ZodType>(item: T) => z.array(item).max(PACK_LIMITS.maxListItems);

export const packTextSchema = z.strictObject({
  en: text,
  mn: text,
  mnReviewed: z.boolean(),
});

export const packSourceSchema = z.strictObject({
  citation: text,
  url: z
    .string()
    .max(2_000)
    .regex(/^https?:\/\/\S+$/, 'a source url starts with http:// or https://')
    .optional(),
  provenance: z.enum(PROVENANCES),
});

const processes = list(z.enum(PROCESSES));

const pillarSchema = z.strictObject({
  id: z.enum(PILLAR_IDS),
  title: packTextSchema,
  source: packSourceSchema,
});

const vcpItemSchema = z.strictObject({
  id,
  pillar: z.enum(PILLAR_IDS),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  question: packTextSchema,
  guidance: packTextSchema,
  howVerified: packTextSchema,
  acceptableEvidence: packTextSchema,
  appliesTo: processes,
  knockOut: z.boolean(),
  evidenceRequired: z.boolean(),
  // Weights are relative inside a pillar; a zero weight would silently drop an item.
  weight: z.number().gt(0, 'a weight must be greater than 0').max(100),
  source: packSourceSchema,
});

const esTopicSchema = z.strictObject({
  id: z.enum(ES_TOPIC_IDS),
  title: packTextSchema,
  source: packSourceSchema,
});

const exclusionSchema = z.strictObject({
  id,
  text: packTextSchema,
  effect: z.enum(['decline', 'condition_precedent']).optional(),
  source: packSourceSchema,
});

const esCheckSchema = z.strictObject({
  id,
  topic: z.enum(ES_TOPIC_IDS),
  question: packTextSchema,
  guidance: packTextSchema,
  inherentRisk: z.partialRecord(z.enum(PROCESSES), z.enum(['low', 'medium', 'high'])),
  findingSeverity: z.enum(SEVERITIES),
  esapAction: packTextSchema,
  covenant: packTextSchema,
  esapPriority: z.enum(PRIORITIES),
  deadlineDays: z.number().int('whole days').min(0).max(1_095),
  documents: list(id),
  appliesTo: processes,
  source: packSourceSchema,
});

const documentSchema = z.strictObject({
  id,
  title: packTextSchema,
  permitKind: z.enum(PERMIT_KINDS).optional(),
  appliesTo: processes,
  source: packSourceSchema,
});

const greenCriterionSchema = z.strictObject({
  id,
  kind: z.enum(GREEN_CRITERION_KINDS),
  title: packTextSchema,
  // Finite only here; the range depends on the kind (see THRESHOLDS).
  threshold: z.number(),
  role: z.enum(['criterion', 'gate', 'flag']),
  source: packSourceSchema,
  editable: z.boolean(),
  categories: list(id).optional(),
  warnAbove: z.number().positive().optional(),
});

const taxonomySchema = z.strictObject({
  code: id,
  title: packTextSchema,
  qualifyingKinds: list(z.enum(GREEN_CRITERION_KINDS)),
  source: packSourceSchema,
});

const measureSchema = z.strictObject({
  id,
  title: packTextSchema,
  taxonomyCode: id,
  source: packSourceSchema,
});

const crosswalkSchema = z.strictObject({
  vcpItem: id,
  esChecks: list(id),
  greenCriteria: list(id),
});

const dataLinkSchema = z.strictObject({
  id,
  fact: z.enum(['wage_below_minimum', 'permit_missing_or_expired', 'lost_time_injuries']),
  documents: list(id).optional(),
  vcpItems: list(id),
  esChecks: list(id),
  effect: z.enum(['decides', 'confirm']),
  text: packTextSchema,
  source: packSourceSchema,
});

/** SemVer 2.0.0 (semver.org), so compareVersions orders a bank's releases as it does ours. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** The fields and their bounds, without the cross-references between lists. */
export const packStructureSchema = z.strictObject({
  id,
  version: z.string().max(64).regex(SEMVER, 'expected a semantic version such as 1.0.0'),
  effectiveDate: isoDate,
  title: packTextSchema,
  pillars: list(pillarSchema),
  vcpItems: list(vcpItemSchema),
  esTopics: list(esTopicSchema),
  exclusions: list(exclusionSchema),
  esChecks: list(esCheckSchema),
  documents: list(documentSchema),
  greenCriteria: list(greenCriterionSchema),
  taxonomy: list(taxonomySchema),
  measures: list(measureSchema),
  crosswalk: list(crosswalkSchema),
  dataLinks: list(dataLinkSchema).optional(),
  // Fails to compile if the file format drops a required CriteriaPack field or types one
  // differently (an optional field it lacks is caught by the round-trip test instead).
}) satisfies z.ZodType<CriteriaPack>;

export interface PackIssue {
  path: readonly (string | number)[];
  message: string;
  /** The same problem in Mongolian. */
  mn: string;
}

type ThresholdRule =
  | { min: number; minExclusive: boolean; max: number; unit: string }
  | { fixed: number; why: string; whyMn: string };

const PERCENT: ThresholdRule = { min: 0, minExclusive: true, max: 100, unit: '%' };

/**
 * Sensible ranges per kind. Three kinds are pinned to the value the engine applies: their pack
 * threshold is shown to officers but the rule lives in code, so another value would mislead.
 */
export const THRESHOLDS: Readonly<Record<GreenCriterionKind, ThresholdRule>> = {
  energy_intensity_reduction: PERCENT,
  equipment_ghg_reduction: PERCENT,
  co2_reduction: PERCENT,
  water_intensity_reduction: PERCENT,
  apeo_substitution: PERCENT,
  waste_reuse: PERCENT,
  renewable: { min: 0, minExclusive: false, max: 1e9, unit: 'kWh/yr' },
  baseline_matches_records: PERCENT,
  payback: { min: 0, minExclusive: true, max: 50, unit: 'years' },
  effluent_compliance: {
    fixed: 1,
    why: 'one accredited lab test showing compliance is what the engine checks',
    whyMn: 'програм итгэмжлэгдсэн лабораторийн нэг шинжилгээгээр нийцлийг шалгадаг',
  },
  co2_no_increase: {
    fixed: 0,
    why: 'a project that raises emissions cannot be green, so no rise is allowed',
    whyMn: 'ялгарлыг нэмэгдүүлэх төсөл ногоон байж чадахгүй тул ямар ч өсөлтийг зөвшөөрөхгүй',
  },
  es_gate: {
    fixed: 0,
    why: 'the engine allows no unresolved high-severity finding',
    whyMn: 'шийдэгдээгүй өндөр ноцтой зөрчил нэгийг ч зөвшөөрөхгүй',
  },
  women_led: {
    fixed: WOMEN_LED_THRESHOLDS.staffPct,
    why: 'the women-led rule (staff, ownership, senior management) is fixed in the engine',
    whyMn:
      'эмэгтэй удирдлагатай аж ахуйн нэгжийн дүрэм (ажилтан, өмчлөл, удирдлага) програмд тогтмол',
  },
};

const UNIT_MN: Readonly<Record<string, string>> = { '%': '%', 'kWh/yr': 'кВт.ц/жил', years: 'жил' };

function thresholdProblem(
  kind: GreenCriterionKind,
  value: number,
  titleMn: string,
): { message: string; mn: string } | null {
  const rule = THRESHOLDS[kind];
  if ('fixed' in rule)
    return value === rule.fixed
      ? null
      : {
          message: `the ${kind} threshold must be ${rule.fixed}: ${rule.why}, so another value would be shown but not applied`,
          mn: `«${titleMn}» (${kind}) шалгуурын босго ${rule.fixed} байх ёстой: ${rule.whyMn}; өөр утга харагдах боловч хэрэглэгдэхгүй`,
        };
  const low = rule.minExclusive ? value <= rule.min : value < rule.min;
  if (!low && value <= rule.max) return null;
  const from = rule.minExclusive ? `above ${rule.min}` : `at least ${rule.min}`;
  const fromMn = rule.minExclusive ? `${rule.min}-ээс их` : `доод тал нь ${rule.min}`;
  const unitMn = UNIT_MN[rule.unit] ?? rule.unit;
  return {
    message: `the ${kind} threshold must be ${from} and at most ${rule.max} ${rule.unit}, not ${value}`,
    mn: `«${titleMn}» (${kind}) шалгуурын босго ${fromMn}, дээд тал нь ${rule.max} ${unitMn} байх ёстой; ${value} биш`,
  };
}

/** Collects at most `limit` issues: a hostile file with a million bad references costs a count. */
class CappedIssues {
  readonly list: PackIssue[] = [];
  dropped = 0;
  constructor(private readonly limit: number) {}
  push(issue: PackIssue): void {
    if (this.list.length < this.limit) this.list.push(issue);
    else this.dropped++;
  }
}

function duplicates(
  issues: CappedIssues,
  listName: string,
  keys: readonly string[],
  field: string,
): Set<string> {
  const first = new Map<string, number>();
  keys.forEach((key, i) => {
    const at = first.get(key);
    if (at === undefined) first.set(key, i);
    else
      issues.push({
        path: [listName, i, field],
        message: `duplicate ${field} "${key}" (already used by ${listName}[${at}])`,
        mn: `"${key}" давхардсан ${field} (${listName}[${at}]-д аль хэдийн хэрэглэсэн)`,
      });
  });
  return new Set(first.keys());
}

/** Every dangling or inconsistent reference in a structurally valid pack, each with its path. */
export function packReferenceIssues(
  pack: CriteriaPack,
  limit = PACK_LIMITS.maxErrors,
): { issues: PackIssue[]; dropped: number } {
  const issues = new CappedIssues(limit);
  const pillars = duplicates(
    issues,
    'pillars',
    pack.pillars.map((x) => x.id),
    'id',
  );
  const items = duplicates(
    issues,
    'vcpItems',
    pack.vcpItems.map((x) => x.id),
    'id',
  );
  const topics = duplicates(
    issues,
    'esTopics',
    pack.esTopics.map((x) => x.id),
    'id',
  );
  duplicates(
    issues,
    'exclusions',
    pack.exclusions.map((x) => x.id),
    'id',
  );
  const checks = duplicates(
    issues,
    'esChecks',
    pack.esChecks.map((x) => x.id),
    'id',
  );
  const docs = duplicates(
    issues,
    'documents',
    pack.documents.map((x) => x.id),
    'id',
  );
  const criteria = duplicates(
    issues,
    'greenCriteria',
    pack.greenCriteria.map((x) => x.id),
    'id',
  );
  const codes = duplicates(
    issues,
    'taxonomy',
    pack.taxonomy.map((x) => x.code),
    'code',
  );
  duplicates(
    issues,
    'measures',
    pack.measures.map((x) => x.id),
    'id',
  );
  duplicates(
    issues,
    'crosswalk',
    pack.crosswalk.map((x) => x.vcpItem),
    'vcpItem',
  );

  pack.vcpItems.forEach((item, i) => {
    if (!pillars.has(item.pillar))
      issues.push({
        path: ['vcpItems', i, 'pillar'],
        message: `unknown pillar "${item.pillar}"`,
        mn: `багцад байхгүй тулгуур "${item.pillar}"`,
      });
  });
  // The level ladder (L1 awareness, L2 targets, L3 leading practice) is read pillar by pillar.
  const levels = new Set(pack.vcpItems.map((x) => `${x.pillar}:${x.level}`));
  pack.pillars.forEach((pillar, i) => {
    for (const level of [1, 2, 3] as const)
      if (!levels.has(`${pillar.id}:${level}`))
        issues.push({
          path: ['pillars', i],
          message: `pillar "${pillar.id}" has no level-${level} item; every pillar needs items at levels 1, 2 and 3`,
          mn: `"${pillar.id}" тулгуурт ${level}-р түвшний асуулт алга; тулгуур бүрт 1, 2, 3-р түвшний асуулт байх ёстой`,
        });
  });

  pack.esChecks.forEach((check, i) => {
    if (!topics.has(check.topic))
      issues.push({
        path: ['esChecks', i, 'topic'],
        message: `unknown E&S topic "${check.topic}"`,
        mn: `багцад байхгүй БОНХ-ийн сэдэв "${check.topic}"`,
      });
    check.documents.forEach((doc, j) => {
      if (!docs.has(doc))
        issues.push({
          path: ['esChecks', i, 'documents', j],
          message: `unknown document "${doc}"`,
          mn: `багцад байхгүй баримт бичиг "${doc}"`,
        });
    });
  });

  pack.crosswalk.forEach((link, i) => {
    if (!items.has(link.vcpItem))
      issues.push({
        path: ['crosswalk', i, 'vcpItem'],
        message: `unknown VCP item "${link.vcpItem}"`,
        mn: `багцад байхгүй VCP асуулт "${link.vcpItem}"`,
      });
    link.esChecks.forEach((c, j) => {
      if (!checks.has(c))
        issues.push({
          path: ['crosswalk', i, 'esChecks', j],
          message: `unknown E&S check "${c}"`,
          mn: `багцад байхгүй БОНХ-ийн шалгуур "${c}"`,
        });
    });
    link.greenCriteria.forEach((g, j) => {
      if (!criteria.has(g))
        issues.push({
          path: ['crosswalk', i, 'greenCriteria', j],
          message: `unknown green criterion "${g}"`,
          mn: `багцад байхгүй ногоон зээлийн шалгуур "${g}"`,
        });
    });
  });

  const links = pack.dataLinks ?? [];
  duplicates(
    issues,
    'dataLinks',
    links.map((x) => x.id),
    'id',
  );
  links.forEach((link, i) => {
    link.vcpItems.forEach((v, j) => {
      if (!items.has(v))
        issues.push({
          path: ['dataLinks', i, 'vcpItems', j],
          message: `unknown VCP item "${v}"`,
          mn: `багцад байхгүй VCP асуулт "${v}"`,
        });
    });
    link.esChecks.forEach((c, j) => {
      if (!checks.has(c))
        issues.push({
          path: ['dataLinks', i, 'esChecks', j],
          message: `unknown E&S check "${c}"`,
          mn: `багцад байхгүй БОНХ-ийн шалгуур "${c}"`,
        });
    });
    (link.documents ?? []).forEach((d, j) => {
      if (!docs.has(d))
        issues.push({
          path: ['dataLinks', i, 'documents', j],
          message: `unknown document "${d}"`,
          mn: `багцад байхгүй баримт бичиг "${d}"`,
        });
    });
  });

  pack.greenCriteria.forEach((c, i) => {
    const problem = thresholdProblem(c.kind, c.threshold, c.title.mn);
    if (problem) issues.push({ path: ['greenCriteria', i, 'threshold'], ...problem });
  });
  const qualifying = new Set(
    pack.greenCriteria.filter((c) => c.role === 'criterion').map((c) => c.kind),
  );
  pack.taxonomy.forEach((cat, i) => {
    cat.qualifyingKinds.forEach((kind, j) => {
      if (!qualifying.has(kind))
        issues.push({
          path: ['taxonomy', i, 'qualifyingKinds', j],
          message: `no green criterion of kind "${kind}" has role "criterion", so it can never qualify a project`,
          mn: `"${kind}" төрлийн ногоон шалгуурын аль нь ч "criterion" үүрэгтэй биш тул энэ ангилалд төсөл хэзээ ч тэнцэхгүй`,
        });
    });
  });
  pack.measures.forEach((m, i) => {
    if (!codes.has(m.taxonomyCode))
      issues.push({
        path: ['measures', i, 'taxonomyCode'],
        message: `unknown taxonomy code "${m.taxonomyCode}"`,
        mn: `ангилалд байхгүй код "${m.taxonomyCode}"`,
      });
  });
  return { issues: issues.list, dropped: issues.dropped };
}
