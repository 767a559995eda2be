// Measured against promised: what the green project promised a year (its projected figures)
// beside what the firm measured in a monitoring year after the loan (its monitoring report).
// The measured year is scored by the same engine as the promise (the project's "verified"
// figures), so carriers, factors and the district-heat weather correction are the promise's.
import { normalisePeriod, rollUpValues } from '../calc';
import type { CriteriaPack, GreenCriterionKind } from '../catalogue/types';
import { scorePackage } from '../engine/scorePackage';
import type { ScoreOptions } from '../engine/types';
import { factorsFor } from '../factors/resolve';
import type { ApplicationPackage, ProjectFigures } from '../package/schema';
import type { GreenResult } from '../scoring/green';
import type { FigureMetrics } from '../scoring/greenFigures';
import { figuresFromValues } from '../scoring/greenBaseline';
import type { Text } from '../catalogue/types';

/** A monitoring year's totals from the firm's own records. */
export interface MeasuredYear {
  year: number;
  figures: ProjectFigures;
  /** The periods summed: "2026-01" … "2026-12", or the one yearly period "2026". */
  from: string;
  to: string;
}

export type MeasuredYearResult =
  | { ok: true; value: MeasuredYear }
  /** Fewer than 12 months of that year and no yearly figures: not comparable with a year. */
  | { ok: false; reason: 'partYear'; year: number; months: number }
  | { ok: false; reason: 'noPeriods' };

/** The calendar year a monitoring report measures: the latest year its records reach. */
export function reportYear(pkg: Pick<ApplicationPackage, 'periods'>): number | null {
  let latest: number | null = null;
  for (const p of pkg.periods) {
    const y = Number(p.period.slice(0, 4));
    if (latest === null || y > latest) latest = y;
  }
  return latest;
}

/**
 * The firm's totals for one calendar year: its 12 months summed, or its yearly figures when it
 * reports by year. A part year is refused rather than scaled up: a promise is for a whole year.
 */
export function measuredYear(
  report: Pick<ApplicationPackage, 'periods' | 'organisation' | 'factorOverrides'>,
  year: number | null = reportYear(report),
): MeasuredYearResult {
  if (year === null) return { ok: false, reason: 'noPeriods' };
  const y = String(year);
  const months = report.periods
    .filter((p) => p.period.length === 7 && p.period.startsWith(`${y}-`))
    .sort((a, b) => a.period.localeCompare(b.period));
  const yearly = report.periods.find((p) => p.period === y);
  const chosen = months.length === 12 ? months : yearly ? [yearly] : null;
  if (!chosen) return { ok: false, reason: 'partYear', year, months: months.length };
  const f = factorsFor(report.factorOverrides);
  const processes = report.organisation.processes;
  const rolled = rollUpValues(
    chosen.map((p) => normalisePeriod(p, processes)),
    f,
  );
  return {
    ok: true,
    value: {
      year,
      figures: figuresFromValues(rolled),
      from: chosen[0]?.period ?? y,
      to: chosen[chosen.length - 1]?.period ?? y,
    },
  };
}

/**
 * The promise and the measured year, both scored on the application as the bank holds it: the
 * promise on the projected figures, the measured year as the project's verified figures.
 * Null without a green project.
 */
export function scoreMeasuredAndPromised(
  pkg: ApplicationPackage,
  pack: CriteriaPack,
  measured: MeasuredYear,
  options: ScoreOptions = {},
): { promised: GreenResult; measured: GreenResult } | null {
  if (!pkg.project) return null;
  const projected = { ...pkg.project };
  delete projected.verification;
  const promised = scorePackage({ ...pkg, project: projected }, pack, options).green;
  const verified = scorePackage(
    {
      ...pkg,
      project: {
        ...projected,
        verification: {
          measured: measured.figures,
          measuredFrom: measured.from,
          measuredTo: measured.to,
        },
      },
    },
    pack,
    options,
  ).green;
  return promised && verified ? { promised, measured: verified } : null;
}

export type SavingKey = 'energy' | 'co2' | 'water' | 'cost';

/** One of the project's annual savings: baseline, promised and measured amounts a year. */
export interface SavingRow {
  key: SavingKey;
  unit: 'kWh/yr' | 'tCO2e/yr' | 'm3/yr' | 'MNT/yr';
  baseline: number;
  promised: number;
  measured: number;
  /** baseline − promised: what the project promised to save (negative: a rise was expected). */
  promisedSaving: number;
  /** baseline − measured: what it saved in the monitoring year (negative: it rose). */
  measuredSaving: number;
  /** measuredSaving ÷ promisedSaving × 100; null when no saving was promised. */
  achievedPct: number | null;
}

/** A green criterion the measured figures decide, as promised and as measured. */
export interface CriterionRow {
  id: string;
  kind: GreenCriterionKind;
  title: Text;
  unit: string;
  threshold: number;
  promised: number | null;
  measured: number | null;
  promisedPass: boolean | null;
  measuredPass: boolean | null;
  /** For a reduction: measured ÷ promised reduction × 100; null otherwise. */
  achievedPct: number | null;
}

export interface MeasuredVsPromised {
  production: { baseline: number; promised: number; measured: number };
  savings: SavingRow[];
  criteria: CriterionRow[];
  /** Every promised saving reached (100 % or more). */
  promiseKept: boolean;
  /** The project passed the bank's green criteria on the promised figures. */
  promisedEligible: boolean;
  /** The project passes the bank's green criteria on the measured year. */
  measuredEligible: boolean;
}

/** The criteria whose result the project's yearly figures decide. */
const FIGURE_KINDS: ReadonlySet<GreenCriterionKind> = new Set([
  'energy_intensity_reduction',
  'co2_reduction',
  'co2_no_increase',
  'water_intensity_reduction',
  'payback',
]);
/** Those among them where more is better, so a share of the promise means something. */
const REDUCTION_KINDS: ReadonlySet<GreenCriterionKind> = new Set([
  'energy_intensity_reduction',
  'co2_reduction',
  'water_intensity_reduction',
]);

function share(measured: number, promised: number): number | null {
  return promised > 0 ? (measured / promised) * 100 : null;
}

function saving(
  key: SavingKey,
  unit: SavingRow['unit'],
  baseline: number,
  promised: number,
  measured: number,
): SavingRow {
  const promisedSaving = baseline - promised;
  const measuredSaving = baseline - measured;
  return {
    key,
    unit,
    baseline,
    promised,
    measured,
    promisedSaving,
    measuredSaving,
    achievedPct: share(measuredSaving, promisedSaving),
  };
}

/**
 * Costs as the project states them when the baseline, the promise and the measured year all
 * state them, else all three at the documented price hints (as the savings rule in green.ts:
 * never one figure stated and the other hinted).
 */
function costs(b: FigureMetrics, p: FigureMetrics, m: FigureMetrics): [number, number, number] {
  if (b.statedCostMnt !== null && p.statedCostMnt !== null && m.statedCostMnt !== null)
    return [b.statedCostMnt, p.statedCostMnt, m.statedCostMnt];
  return [b.hintedCostMnt, p.hintedCostMnt, m.hintedCostMnt];
}

function num(v: number | boolean | null): number | null {
  return typeof v === 'number' ? v : null;
}

/**
 * Baseline, promised and measured, side by side: the project's yearly energy (every carrier as
 * kWh), CO2, water and money, and each criterion the figures decide. `figures` are the typed
 * baseline, the projected and the measured figures (water is read from them: the metrics hold
 * it per kg only).
 */
export function compareMeasuredToPromised(
  promised: GreenResult,
  measured: GreenResult,
  figures: { baseline: ProjectFigures; projected: ProjectFigures; measured: ProjectFigures },
): MeasuredVsPromised {
  const b = promised.baseline;
  const p = promised.after;
  const m = measured.after;
  const [cb, cp, cm] = costs(b, p, m);
  const savings = [
    saving('energy', 'kWh/yr', b.energyKwhEq, p.energyKwhEq, m.energyKwhEq),
    saving('co2', 'tCO2e/yr', b.co2T, p.co2T, m.co2T),
    saving(
      'water',
      'm3/yr',
      figures.baseline.waterM3,
      figures.projected.waterM3,
      figures.measured.waterM3,
    ),
    saving('cost', 'MNT/yr', cb, cp, cm),
  ];
  const byId = new Map(measured.criteria.map((c) => [c.id, c]));
  const criteria: CriterionRow[] = [];
  for (const c of promised.criteria) {
    const after = byId.get(c.id);
    if (!after || !FIGURE_KINDS.has(c.kind) || (!c.applicable && !after.applicable)) continue;
    const pv = num(c.measured);
    const mv = num(after.measured);
    criteria.push({
      id: c.id,
      kind: c.kind,
      title: c.title,
      unit: c.unit,
      threshold: c.threshold,
      promised: pv,
      measured: mv,
      promisedPass: c.pass,
      measuredPass: after.pass,
      achievedPct: REDUCTION_KINDS.has(c.kind) && pv !== null && mv !== null ? share(mv, pv) : null,
    });
  }
  return {
    production: {
      baseline: figures.baseline.productionKg,
      promised: figures.projected.productionKg,
      measured: figures.measured.productionKg,
    },
    savings,
    criteria,
    promiseKept: savings.every((s) => s.achievedPct === null || s.achievedPct >= 100),
    promisedEligible: promised.eligible,
    measuredEligible: measured.eligible,
  };
}

/** How a saving reads in words: what moved, against what was promised. */
export type SavingWording =
  /** "CO2 fell 212 t of the promised 310 t: 68 % of the promise." */
  | 'fellOfPromised'
  /** "CO2 rose 12 t where a fall of 310 t was promised." */
  | 'roseAgainstPromise'
  /** "CO2 fell 20 t; no fall was promised." */
  | 'fellNoPromise'
  /** "CO2 rose 5 t; no fall was promised." */
  | 'roseNoPromise'
  /** "CO2 did not change." */
  | 'unchanged';

export function savingWording(row: SavingRow): SavingWording {
  const promised = row.promisedSaving > 0;
  if (row.measuredSaving === 0 && !promised) return 'unchanged';
  if (row.measuredSaving >= 0) return promised ? 'fellOfPromised' : 'fellNoPromise';
  return promised ? 'roseAgainstPromise' : 'roseNoPromise';
}
