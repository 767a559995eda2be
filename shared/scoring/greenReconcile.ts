import { CARRIERS } from '../calc/carriers';
import type { ProjectFigures } from '../package/schema';
import type { Baseline } from './greenBaseline';
import { CARRIER_FIELD } from './greenFigures';

/** The figures a typed baseline is checked on: output, every carrier, water withdrawn. */
export const CHECKED_FIGURES = [
  'productionKg',
  ...CARRIERS.map((c) => CARRIER_FIELD[c]),
  'waterM3',
] as const satisfies readonly (keyof ProjectFigures)[];
export type CheckedFigure = (typeof CHECKED_FIGURES)[number];

/** Each checked figure in English words, for the explanation's record (the display translates). */
export const FIGURE_WORDS: Readonly<Record<CheckedFigure, string>> = {
  productionKg: 'production (kg)',
  electricityKwh: 'electricity (kWh)',
  heatGcal: 'heat bought (Gcal)',
  steamT: 'steam bought (t)',
  coalT: 'coal (t)',
  briquettesT: 'briquettes (t)',
  dieselL: 'diesel (L)',
  gasolineL: 'gasoline (L)',
  lpgKg: 'LPG (kg)',
  solarKwh: 'own solar electricity (kWh)',
  waterM3: 'water (m³)',
};

/**
 * Why a typed figure and the records agree or not, in words (project:baselineCheck.reason.<code>):
 * within the tolerance; typed above or below the records beyond it; typed with nothing recorded;
 * recorded but left out of the typed baseline.
 */
export type ReconcileReason = 'within' | 'typedAbove' | 'typedBelow' | 'onlyTyped' | 'onlyRecorded';

export interface ReconciledFigure {
  figure: CheckedFigure;
  typed: number;
  recorded: number;
  /** (typed − recorded) ÷ recorded × 100; null when nothing is recorded. */
  diffPct: number | null;
  reason: ReconcileReason;
  /** Beyond the tolerance: the project page warns. */
  beyond: boolean;
}

export interface BaselineCheck {
  /** The months (or year) of records the typed baseline was checked against. */
  periods: readonly string[];
  tolerancePct: number;
  figures: readonly ReconciledFigure[];
  /** The largest difference in %, for the criterion's measured value (an only-typed or
   * only-recorded figure counts as 100 %). */
  largestDiffPct: number;
  beyondCount: number;
}

/** Beyond the tolerance: recorded and not typed, typed and not recorded, or too far apart. */
export function isBeyond(x: Pick<ReconciledFigure, 'typed' | 'diffPct'>, tolerancePct: number) {
  return x.diffPct === null ? x.typed > 0 : Math.abs(x.diffPct) > tolerancePct;
}

function reconcile(
  figure: CheckedFigure,
  typed: number,
  recorded: number,
  tolerancePct: number,
): ReconciledFigure {
  const diffPct = ((typed - recorded) / recorded) * 100;
  // A record so small that the ratio overflows is no record to compare with (found by the
  // property test: 8.9e-18 kWh typed against 5e-324 recorded gave Infinity %).
  if (recorded <= 0 || !Number.isFinite(diffPct)) {
    const reason = typed > 0 ? 'onlyTyped' : 'within';
    return { figure, typed, recorded, diffPct: null, reason, beyond: typed > 0 };
  }
  const beyond = isBeyond({ typed, diffPct }, tolerancePct);
  const reason: ReconcileReason =
    typed <= 0 ? 'onlyRecorded' : !beyond ? 'within' : diffPct > 0 ? 'typedAbove' : 'typedBelow';
  return { figure, typed, recorded, diffPct, reason, beyond };
}

/**
 * The typed baseline against the sum of the firm's own latest 12 months of records (reference
 * §3.5: a 12-month baseline), figure by figure. A figure neither typed nor recorded is left out.
 */
export function reconcileBaseline(
  typed: ProjectFigures,
  records: Baseline,
  tolerancePct: number,
): BaselineCheck {
  const figures: ReconciledFigure[] = [];
  for (const key of CHECKED_FIGURES) {
    const t = typed[key] ?? 0;
    const r = records.figures[key] ?? 0;
    if (t === 0 && r === 0) continue;
    figures.push(reconcile(key, t, r, tolerancePct));
  }
  const largestDiffPct = figures.reduce(
    (m, x) => Math.max(m, x.diffPct === null ? (x.typed > 0 ? 100 : 0) : Math.abs(x.diffPct)),
    0,
  );
  return {
    periods: records.periods,
    tolerancePct,
    figures,
    largestDiffPct,
    beyondCount: figures.filter((x) => x.beyond).length,
  };
}
