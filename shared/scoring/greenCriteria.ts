import type { GreenCriterion, GreenCriterionKind, Text } from '../catalogue/types';
import { explained, keyedInput } from '../explain/build';
import type { Explained } from '../explain/types';
import type { GreenProject } from '../package/schema';
import type { EsResult } from './es';
import { FIGURE_WORDS, isBeyond, type BaselineCheck } from './greenReconcile';
import type { WomenLedResult } from './womenLed';

export interface GreenCriterionResult {
  id: string;
  kind: GreenCriterionKind;
  role: GreenCriterion['role'];
  title: Text;
  measured: number | boolean | null;
  unit: string;
  threshold: number;
  /** null when not applicable (no data for it, or not for this taxonomy category). */
  pass: boolean | null;
  applicable: boolean;
  /** Its kind can qualify a project in the project's taxonomy category. */
  qualifying: boolean;
  explanation: Explained;
}

export interface CriterionContext {
  project: GreenProject;
  es: EsResult;
  women: WomenLedResult;
  energyRed: Explained;
  co2Red: Explained;
  /** CO2e change in % (a rise is positive), on the same basis as co2Red. */
  co2Rise: Explained;
  waterRed: Explained;
  payback: Explained;
  /** The typed baseline against the records; null when the firm has no records. */
  baselineCheck: BaselineCheck | null;
  qualifyingKinds: readonly GreenCriterionKind[];
}

interface Measured {
  measured: number | boolean | null;
  unit: string;
  pass: boolean | null;
  e: Explained;
}

type Rule = (c: GreenCriterion, ctx: CriterionContext) => Measured;

/** Kinds that pass when the measured figure is at most the threshold (see RULES); the rest: at least. */
export const AT_MOST_KINDS: ReadonlySet<GreenCriterionKind> = new Set<GreenCriterionKind>([
  'payback',
  'co2_no_increase',
  'baseline_matches_records',
]);

/** "At least": passes when the figure reaches the threshold; no figure = not applicable. */
const atLeast =
  (pick: (ctx: CriterionContext) => Explained): Rule =>
  (c, ctx) => {
    const e = pick(ctx);
    return {
      measured: e.value,
      unit: '%',
      pass: e.value === null ? null : e.value >= c.threshold,
      e,
    };
  };

/** A percentage the project states itself (`key` names its wording and input label). */
const stated =
  (field: keyof GreenProject, label: string, key: string): Rule =>
  (c, { project }) => {
    const raw = project[field];
    const v = typeof raw === 'number' ? raw : null;
    const e = explained(v, {
      formula: `${label} as stated by the project (≥ ${c.threshold} %)`,
      formulaKey: `green.stated.${key}`,
      formulaParams: { threshold: c.threshold },
      inputs: [keyedInput(label, v, '%', `project.${field}`, `green.${key}`)],
      criteria: [c.id],
      unit: '%',
    });
    return { measured: v, unit: '%', pass: v === null ? null : v >= c.threshold, e };
  };

function flag(v: boolean | undefined): number | null {
  return v === undefined ? null : v ? 1 : 0;
}

/**
 * One rule per criterion kind. "At least" kinds pass when measured ≥ threshold; payback and the
 * CO2 gate pass when measured ≤ threshold; a criterion with no data is not applicable.
 */
const RULES: Readonly<Record<GreenCriterionKind, Rule>> = {
  energy_intensity_reduction: atLeast((x) => x.energyRed),
  co2_reduction: atLeast((x) => x.co2Red),
  water_intensity_reduction: atLeast((x) => x.waterRed),
  equipment_ghg_reduction: stated(
    'equipmentGhgReductionPct',
    'Equipment GHG reduction',
    'equipmentGhg',
  ),
  apeo_substitution: stated('apeoSubstitutionPct', 'APEO/NPEO substitution', 'apeoSubstitution'),
  waste_reuse: stated('wasteReusedPct', 'Waste reused or recycled', 'wasteReused'),

  co2_no_increase: (c, { co2Rise: e }) => ({
    measured: e.value,
    unit: '%',
    pass: e.value === null ? null : e.value <= c.threshold,
    e,
  }),

  baseline_matches_records: (c, { baselineCheck: b }) => {
    const e = explained(b === null ? null : b.largestDiffPct, {
      formula:
        'largest |typed − recorded| ÷ recorded × 100 over output, every carrier and water ≤ tolerance (last 12 months of records)',
      formulaKey: 'green.baselineCheck',
      inputs: (b?.figures ?? []).flatMap((x) => [
        keyedInput(
          `Typed baseline: ${FIGURE_WORDS[x.figure]}`,
          x.typed,
          '',
          `project.baseline.${x.figure}`,
          `green.baselineTyped.${x.figure}`,
        ),
        keyedInput(
          `Recorded ${FIGURE_WORDS[x.figure]} (${b?.periods[0] ?? ''}–${b?.periods.at(-1) ?? ''})`,
          x.recorded,
          '',
          `records.${x.figure}`,
          `green.baselineRecorded.${x.figure}`,
          { from: b?.periods[0] ?? '', to: b?.periods.at(-1) ?? '' },
        ),
      ]),
      criteria: [c.id],
      unit: '%',
    });
    return {
      measured: e.value,
      unit: '%',
      pass: b === null ? null : !b.figures.some((x) => isBeyond(x, c.threshold)),
      e,
    };
  },

  renewable: (c, { project }) => {
    const kwh = project.renewableKwhPerYear ?? null;
    const e = explained(kwh, {
      formula: 'renewable kWh/yr for own use > 0 (and ≥ threshold)',
      formulaKey: 'green.renewable',
      inputs: [
        keyedInput(
          'Renewable generation',
          kwh,
          'kWh/yr',
          'project.renewableKwhPerYear',
          'green.renewableGeneration',
        ),
      ],
      criteria: [c.id],
      unit: 'kWh/yr',
    });
    return {
      measured: kwh,
      unit: 'kWh/yr',
      pass: kwh === null ? null : kwh > 0 && kwh >= c.threshold,
      e,
    };
  },

  effluent_compliance: (c, { project }) => {
    const v = project.effluentCompliantByLabTest;
    const e = explained(flag(v), {
      formula: 'effluent compliance demonstrated by an accredited lab test',
      formulaKey: 'green.effluent',
      inputs: [
        keyedInput(
          'Lab test shows compliance',
          v === undefined ? null : String(v),
          '',
          'project.effluentCompliantByLabTest',
          'green.labTest',
        ),
      ],
      criteria: [c.id],
      unit: 'flag',
    });
    return { measured: v ?? null, unit: '', pass: v ?? null, e };
  },

  payback: (c, { project, payback }) => ({
    measured: payback.value,
    unit: 'years',
    pass: project.investmentMnt > 0 ? payback.value !== null && payback.value <= c.threshold : null,
    e: payback,
  }),

  es_gate: (c, { es }) => {
    const gate =
      !es.exclusion.excluded &&
      es.unresolvedHighFindings.length === 0 &&
      es.permitProblems.length === 0;
    const e = explained(gate ? 1 : 0, {
      formula:
        'not excluded AND no unresolved high-severity finding AND no missing/expired required permit',
      formulaKey: 'green.esGate',
      inputs: [
        keyedInput('Excluded', String(es.exclusion.excluded), '', 'es.exclusion', 'green.excluded'),
        keyedInput(
          'Unresolved high findings',
          es.unresolvedHighFindings.length,
          'count',
          es.unresolvedHighFindings.join(',') || 'es.findings',
          'green.unresolvedHighFindings',
        ),
        keyedInput(
          'Permit problems',
          es.permitProblems.length,
          'count',
          es.permitProblems.join(',') || 'es.documents',
          'green.permitProblems',
        ),
      ],
      criteria: [c.id, ...es.unresolvedHighFindings, ...es.permitProblems],
      unit: 'flag',
    });
    return { measured: gate, unit: '', pass: gate, e };
  },

  women_led: (_c, { women }) => ({
    measured: women.flag,
    unit: '',
    pass: women.flag,
    e: women.detail,
  }),
};

/** One green criterion against the project; outside its taxonomy categories it does not apply. */
export function evaluateCriterion(c: GreenCriterion, ctx: CriterionContext): GreenCriterionResult {
  const r = RULES[c.kind](c, ctx);
  const inCategory = c.categories === undefined || c.categories.includes(ctx.project.taxonomyCode);
  const pass = inCategory ? r.pass : null;
  return {
    id: c.id,
    kind: c.kind,
    role: c.role,
    title: c.title,
    measured: r.measured,
    unit: r.unit,
    threshold: c.threshold,
    pass,
    applicable: pass !== null,
    qualifying: c.role === 'criterion' && ctx.qualifyingKinds.includes(c.kind),
    explanation: r.e,
  };
}
