import type { CriteriaPack } from '../catalogue/types';
import { explainedAs, keyedInput } from '../explain/build';
import type { Explained, ExplanationFactor, ExplanationInput } from '../explain/types';
import type { ResolvedFactors } from '../factors/resolve';
import type { GreenDecision } from '../package/enums';
import type { GreenProject, ProjectFigures } from '../package/schema';
import {
  HDD_SOURCE,
  monthsBetween,
  monthsOf,
  weatherFactor,
  weatherOf,
  type WeatherOfMonths,
} from '../factors/heatingDegreeDays';
import type { Baseline } from './greenBaseline';
import { reconcileBaseline, type BaselineCheck } from './greenReconcile';
import type { EsResult } from './es';
import { PRICE_FACTORS, figureMetrics, reductionPct, type FigureMetrics } from './greenFigures';
import { indexPack } from './packIndex';
import type { WomenLedResult } from './womenLed';
import {
  evaluateCriterion,
  type CriterionContext,
  type GreenCriterionResult,
} from './greenCriteria';

export type { GreenCriterionResult } from './greenCriteria';

export interface GreenResult {
  title: string;
  taxonomyCode: string;
  taxonomyKnown: boolean;
  measureKnown: boolean;
  /** "verified": measured figures after installation replaced the projected ones. */
  basis: 'projected' | 'verified';
  baseline: FigureMetrics;
  after: FigureMetrics;
  specificEnergyReductionPct: Explained;
  co2ReductionPct: Explained;
  waterIntensityReductionPct: Explained;
  co2AvoidedTPerYear: Explained;
  mntSavedPerYear: Explained;
  paybackYears: Explained;
  criteria: GreenCriterionResult[];
  /** What must be read in words beside the figures (CO2 rise, payback beyond the warning). */
  warnings: GreenWarning[];
  /** The typed baseline against the firm's last 12 months of records; null without records. */
  baselineCheck: BaselineCheck | null;
  /** Heating degree days behind the district heat compared; null for a projection or no records. */
  weather: { baseline: WeatherOfMonths | null; after: WeatherOfMonths | null };
  gatesPassed: boolean;
  blockingGates: string[];
  qualifyingPassed: string[];
  eligible: boolean;
  suggestedDecision: GreenDecision;
  womenLed: WomenLedResult;
}

/** A result the officer and the firm must read in words (translation key + values). */
export interface GreenWarning {
  /** project:results.warnings.<code> */
  code:
    'co2Rises' | 'paybackLong' | 'baselineDiffers' | 'heatWeatherBaseline' | 'heatWeatherMeasured';
  criterion: string;
  params: Readonly<Record<string, number>>;
}

/** The pair of figures a comparison reads, baseline first, as explanation inputs. */
interface Pair {
  key: 'energy' | 'co2Intensity' | 'co2' | 'water' | 'cost' | 'costHinted';
  base: number | null;
  after: number | null;
}

// The wording of each compared figure: [English label, unit, baseline labelKey, new labelKey].
const PAIR_LABELS: Readonly<Record<Pair['key'], readonly [string, string, string, string]>> = {
  energy: ['specific energy', 'kWh/kg', 'green.baselineEnergy', 'green.energy'],
  co2Intensity: ['CO2 intensity', 'kgCO2e/kg', 'green.baselineCo2Intensity', 'green.co2Intensity'],
  co2: ['CO2', 'tCO2e/yr', 'green.baselineCo2', 'green.co2'],
  water: ['water intensity', 'L/kg', 'green.baselineWater', 'green.water'],
  cost: ['cost', 'MNT/yr', 'green.baselineCost', 'green.newCost'],
  costHinted: ['cost at price hints', 'MNT/yr', 'green.baselineCostHinted', 'green.newCostHinted'],
};

/** The same input under another ref (a plain literal: see explainAs). */
function withRef(x: ExplanationInput, ref: string): ExplanationInput {
  return x.labelKey === undefined
    ? { label: x.label, value: x.value, unit: x.unit, ref }
    : keyedInput(x.label, x.value, x.unit, ref, x.labelKey, x.labelParams);
}

function pairInputs(p: Pair, afterLabel: string): ExplanationInput[] {
  const [label, unit, baseKey, newKey] = PAIR_LABELS[p.key];
  const basis = { basis: afterLabel };
  const costish = p.key === 'cost' || p.key === 'costHinted';
  return [
    keyedInput(`Baseline ${label}`, p.base, unit, 'project.baseline', baseKey),
    costish
      ? keyedInput(`New ${label}`, p.after, unit, `project.${afterLabel}`, newKey)
      : keyedInput(
          `${label.charAt(0).toUpperCase()}${label.slice(1)} (${afterLabel})`,
          p.after,
          unit,
          `project.${afterLabel}`,
          newKey,
          basis,
        ),
  ];
}

function cites(f: ResolvedFactors, ids: readonly string[]): ExplanationFactor[] {
  return ids.map((id) => f.cite[id]).filter((x): x is ExplanationFactor => x !== undefined);
}

/** The factors behind the CO2 of both sets of figures, the coal ranks each uses included. */
function co2Factors(f: ResolvedFactors, project: GreenProject): ExplanationFactor[] {
  const after = project.verification?.measured ?? project.projected;
  const coal = new Set([
    'lignite',
    project.baseline.coalType ?? 'lignite',
    after.coalType ?? 'lignite',
  ]);
  return cites(f, [
    'grid.ef',
    'heat.ef',
    ...[...coal].map((c) => `fuel.${c}.co2`),
    'fuel.diesel.co2',
  ]);
}

/**
 * District heat is space heating in Ulaanbaatar (realism.md), so it is compared for a normal
 * winter: heat × normal ÷ actual degree days of the months the figures cover. A projection is
 * for a normal year; a typed baseline without records has no months, so it is left as typed.
 */
function weatherNormalised(
  fig: ProjectFigures,
  months: readonly string[] | null,
  f: ResolvedFactors,
): { figures: ProjectFigures; weather: WeatherOfMonths | null } {
  if (months === null || months.length === 0) return { figures: fig, weather: null };
  const weather = weatherOf(months, f.hddNormal, f.hddActual);
  const k = weatherFactor(weather);
  return { figures: k === 1 ? fig : { ...fig, heatGcal: fig.heatGcal * k }, weather };
}

function weatherInputs(
  base: WeatherOfMonths | null,
  after: WeatherOfMonths | null,
  basis: string,
): ExplanationInput[] {
  const out: ExplanationInput[] = [];
  if (base && base.actual !== base.normal)
    out.push(
      keyedInput(
        `District heat weather factor, baseline (normal ${base.normal} ÷ actual ${base.actual} degree days)`,
        base.normal / base.actual,
        '',
        'factors.heatingDegreeDays',
        'green.weatherBaseline',
        { actual: base.actual, normal: base.normal },
      ),
    );
  if (after && after.actual !== after.normal)
    out.push(
      keyedInput(
        `District heat weather factor, ${basis} (normal ${after.normal} ÷ actual ${after.actual} degree days)`,
        after.normal / after.actual,
        '',
        'factors.heatingDegreeDays',
        'green.weatherAfter',
        { actual: after.actual, normal: after.normal, basis },
      ),
    );
  return out;
}

const HDD_FACTOR = (f: ResolvedFactors): ExplanationFactor => ({
  id: 'hdd.ub',
  value: f.hddNormal.reduce((a, b) => a + b, 0),
  unit: '°C·d/yr',
  source: HDD_SOURCE,
});

/** The figures compared: baseline and after, weather-normalised, with what the weather did. */
function comparedFigures(project: GreenProject, f: ResolvedFactors, records: Baseline | null) {
  const basis: GreenResult['basis'] = project.verification ? 'verified' : 'projected';
  const v = project.verification;
  const baseW = weatherNormalised(
    project.baseline,
    records ? records.periods.flatMap(monthsOf) : null,
    f,
  );
  const afterW = weatherNormalised(
    v?.measured ?? project.projected,
    v ? monthsBetween(v.measuredFrom, v.measuredTo) : null,
    f,
  );
  const weather = weatherInputs(baseW.weather, afterW.weather, basis);
  return {
    basis,
    baseW,
    afterW,
    base: figureMetrics(baseW.figures, f),
    after: figureMetrics(afterW.figures, f),
    weather,
    weatherCited: weather.length > 0 ? [HDD_FACTOR(f)] : [],
  };
}
type Compared = ReturnType<typeof comparedFigures>;

/** Each reduction's formula, declared beside the rule that computes it (explain.json "green"). */
const FORMULAS = {
  energy: ['(baseline kWh-eq/kg − new kWh-eq/kg) ÷ baseline × 100', 'green.energyReduction'],
  co2PerKg: ['(baseline kgCO2e/kg − new) ÷ baseline × 100', 'green.co2ReductionIntensity'],
  co2Total: [
    '(baseline tCO2e − new) ÷ baseline × 100 (no production figure)',
    'green.co2ReductionTotal',
  ],
  riseKg: [
    '(new kgCO2e/kg − baseline) ÷ baseline × 100 ≤ 0: a project that raises emissions cannot be green',
    'green.co2RiseIntensity',
  ],
  riseTotal: [
    '(new tCO2e − baseline) ÷ baseline × 100 ≤ 0: a project that raises emissions cannot be green',
    'green.co2RiseTotal',
  ],
  water: ['(baseline L/kg − new L/kg) ÷ baseline × 100', 'green.waterReduction'],
  avoided: ['baseline tCO2e/yr − new tCO2e/yr', 'green.co2Avoided'],
  savingsStated: ['baseline cost − new cost (energy + water, as stated)', 'green.savingsStated'],
  savingsHinted: ['Σ (baseline − new quantity) × price hint', 'green.savingsHinted'],
  payback: ['investment ÷ annual savings', 'green.payback'],
  noPayback: ['no annual savings: payback not reached', 'green.noPayback'],
} as const satisfies Record<string, readonly [string, string]>;
const formula = (k: keyof typeof FORMULAS) => ({
  formula: FORMULAS[k][0],
  formulaKey: FORMULAS[k][1],
});

/** Energy, CO2 (per kg when both years give production, else in total) and water reductions. */
function reductions(c: Compared, f: ResolvedFactors, project: GreenProject) {
  const { base, after, weather } = c;
  const inputs = (p: Pair) => pairInputs(p, c.basis);
  const energy: Pair = {
    key: 'energy',
    base: base.specificEnergyKwhPerKg,
    after: after.specificEnergyKwhPerKg,
  };
  const perKg = base.co2KgPerKg !== null && after.co2KgPerKg !== null;
  const co2Total: Pair = { key: 'co2', base: base.co2T, after: after.co2T };
  const co2: Pair = perKg
    ? { key: 'co2Intensity', base: base.co2KgPerKg, after: after.co2KgPerKg }
    : co2Total;
  const co2RedValue = reductionPct(co2.base, co2.after);
  const co2F = [...co2Factors(f, project), ...c.weatherCited];
  const water: Pair = { key: 'water', base: base.waterLPerKg, after: after.waterLPerKg };
  return {
    energyRed: explainedAs(reductionPct(energy.base, energy.after), formula('energy'), {
      inputs: [...inputs(energy), ...weather],
      factors: [...cites(f, ['grid.ef', 'coal.default_ncv']), ...c.weatherCited],
      unit: '%',
    }),
    co2Red: explainedAs(co2RedValue, formula(perKg ? 'co2PerKg' : 'co2Total'), {
      inputs: [...inputs(co2), ...weather],
      factors: co2F,
      unit: '%',
    }),
    co2Rise: explainedAs(
      co2RedValue === null ? null : -co2RedValue,
      formula(perKg ? 'riseKg' : 'riseTotal'),
      {
        inputs: perKg ? [...inputs(co2), ...inputs(co2Total)] : inputs(co2),
        factors: co2F,
        unit: '%',
      },
    ),
    waterRed: explainedAs(reductionPct(water.base, water.after), formula('water'), {
      inputs: inputs(water).map((x) => withRef(x, `${x.ref}.waterM3`)),
      unit: '%',
    }),
    co2Avoided: explainedAs(base.co2T - after.co2T, formula('avoided'), {
      inputs: inputs(co2Total),
      unit: 'tCO2e/yr',
    }),
  };
}

/** Savings from the costs the project states, else from the documented price hints; payback. */
function money(c: Compared, project: GreenProject) {
  const { base, after, basis } = c;
  const stated = base.statedCostMnt !== null && after.statedCostMnt !== null;
  const cost: Pair = stated
    ? { key: 'cost', base: base.statedCostMnt, after: after.statedCostMnt }
    : { key: 'costHinted', base: base.hintedCostMnt, after: after.hintedCostMnt };
  const saved = (cost.base ?? 0) - (cost.after ?? 0);
  const statedRef = (i: number) =>
    i === 0 ? 'project.baseline.energyCostMnt' : `project.${basis}.energyCostMnt`;
  const mntSaved = explainedAs(saved, formula(stated ? 'savingsStated' : 'savingsHinted'), {
    inputs: pairInputs(cost, basis).map((x, i) => (stated ? withRef(x, statedRef(i)) : x)),
    factors: stated ? [] : PRICE_FACTORS,
    unit: 'MNT/yr',
  });
  const payback = explainedAs(
    saved > 0 ? project.investmentMnt / saved : null,
    formula(saved > 0 ? 'payback' : 'noPayback'),
    {
      inputs: [
        keyedInput(
          'Investment',
          project.investmentMnt,
          'MNT',
          'project.investmentMnt',
          'green.investment',
        ),
        keyedInput('Annual savings', saved, 'MNT/yr', 'green.mntSaved', 'green.annualSavings'),
      ],
      unit: 'years',
    },
  );
  return { mntSaved, payback };
}

/** Eligible: a known category, every applicable gate passed and at least one qualifying pass. */
function decide(
  criteria: readonly GreenCriterionResult[],
  known: boolean,
  basis: GreenResult['basis'],
) {
  const blockingGates = criteria
    .filter((c) => c.role === 'gate' && c.applicable && c.pass !== true)
    .map((c) => c.id);
  const qualifyingPassed = criteria.filter((c) => c.qualifying && c.pass === true).map((c) => c.id);
  const eligible = known && blockingGates.length === 0 && qualifyingPassed.length > 0;
  const suggestedDecision: GreenResult['suggestedDecision'] = !eligible
    ? 'not_eligible'
    : basis === 'verified'
      ? 'eligible'
      : 'eligible_subject_to_verification';
  return { blockingGates, qualifyingPassed, eligible, suggestedDecision };
}

export function assessGreen(
  project: GreenProject,
  pack: CriteriaPack,
  es: EsResult,
  f: ResolvedFactors,
  women: WomenLedResult,
  /** The firm's own last 12 months, summed (greenBaseline.ts); null when it has none. */
  records: Baseline | null = null,
): GreenResult {
  const idx = indexPack(pack);
  const category = idx.taxonomyByCode.get(project.taxonomyCode);
  const c = comparedFigures(project, f, records);
  const r = reductions(c, f, project);
  const { mntSaved, payback } = money(c, project);
  const check = baselineCheckFor(project, pack, records);
  const ctx: CriterionContext = {
    project,
    es,
    women,
    energyRed: r.energyRed,
    co2Red: r.co2Red,
    co2Rise: r.co2Rise,
    waterRed: r.waterRed,
    payback,
    baselineCheck: check,
    qualifyingKinds: category?.qualifyingKinds ?? [],
  };
  const criteria = pack.greenCriteria.map((x) => evaluateCriterion(x, ctx));
  const d = decide(criteria, category !== undefined, c.basis);
  return {
    title: project.title,
    taxonomyCode: project.taxonomyCode,
    taxonomyKnown: category !== undefined,
    measureKnown: idx.measuresById.has(project.measure),
    basis: c.basis,
    baseline: c.base,
    after: c.after,
    specificEnergyReductionPct: r.energyRed,
    co2ReductionPct: r.co2Red,
    waterIntensityReductionPct: r.waterRed,
    co2AvoidedTPerYear: r.co2Avoided,
    mntSavedPerYear: mntSaved,
    paybackYears: payback,
    criteria,
    warnings: [
      ...greenWarnings(pack, criteria, c.base, c.after),
      ...weatherWarnings(c.baseW.weather, c.afterW.weather),
    ],
    baselineCheck: check,
    weather: { baseline: c.baseW.weather, after: c.afterW.weather },
    gatesPassed: d.blockingGates.length === 0,
    blockingGates: d.blockingGates,
    qualifyingPassed: d.qualifyingPassed,
    eligible: d.eligible,
    suggestedDecision: d.suggestedDecision,
    womenLed: women,
  };
}

/** The results that must be said in words: a CO2 rise that fails its gate, a long payback. */
function greenWarnings(
  pack: CriteriaPack,
  criteria: readonly GreenCriterionResult[],
  base: FigureMetrics,
  after: FigureMetrics,
): GreenWarning[] {
  const out: GreenWarning[] = [];
  criteria.forEach((r, i) => {
    const c = pack.greenCriteria[i];
    if (r.kind === 'baseline_matches_records' && r.pass === false)
      out.push({
        code: 'baselineDiffers',
        criterion: r.id,
        params: { tolerance: r.threshold, largest: r.measured === null ? 0 : Number(r.measured) },
      });
    if (r.kind === 'co2_no_increase' && r.pass === false)
      out.push({ code: 'co2Rises', criterion: r.id, params: { from: base.co2T, to: after.co2T } });
    if (
      r.kind === 'payback' &&
      c?.warnAbove !== undefined &&
      typeof r.measured === 'number' &&
      r.measured > c.warnAbove
    )
      out.push({
        code: 'paybackLong',
        criterion: r.id,
        params: { years: r.measured, limit: c.warnAbove },
      });
  });
  return out;
}

/** Heat compared for a normal winter: said in words, with the degree days behind it. */
function weatherWarnings(
  base: WeatherOfMonths | null,
  after: WeatherOfMonths | null,
): GreenWarning[] {
  const out: GreenWarning[] = [];
  const say = (code: GreenWarning['code'], w: WeatherOfMonths | null) => {
    if (w && w.actual !== w.normal)
      out.push({ code, criterion: 'hdd.ub', params: { actual: w.actual, normal: w.normal } });
  };
  say('heatWeatherBaseline', base);
  say('heatWeatherMeasured', after);
  return out;
}

/** The typed baseline against the records, at the pack's tolerance; none without either. */
function baselineCheckFor(
  project: GreenProject,
  pack: CriteriaPack,
  records: Baseline | null,
): BaselineCheck | null {
  const c = pack.greenCriteria.find((x) => x.kind === 'baseline_matches_records');
  return c && records ? reconcileBaseline(project.baseline, records, c.threshold) : null;
}
