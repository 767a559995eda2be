import type { CriteriaPack } from '../catalogue/types';
import { scorePackage } from '../engine/scorePackage';
import type { Explained } from '../explain/types';
import type { ApplicationPackage } from '../package/schema';

export interface WageMonth {
  period: string;
  wageMnt: number | null;
  minimumMnt: number | null;
  /** null when the month has no wage figure or no minimum on file. */
  pass: boolean | null;
  ratio: Explained;
}

export interface MinimumWageCheck {
  correct: boolean;
  /** Months below the minimum, by the engine, in order. */
  expected: string[];
  /** Below the minimum but not ticked. */
  missed: string[];
  /** Ticked but at or above the minimum. */
  extra: string[];
  months: WageMonth[];
}

/** Every monthly period with the engine's lowest-wage check. */
export function wageMonths(pkg: ApplicationPackage, pack: CriteriaPack): WageMonth[] {
  return scorePackage(pkg, pack)
    .indicators.periods.filter((p) => p.kind === 'month')
    .map((p) => {
      const w = p.indicators.labour.lowestWage;
      const input = w.ratio.explanation.inputs[0];
      return {
        period: p.period,
        wageMnt: typeof input?.value === 'number' ? input.value : null,
        minimumMnt: w.minimumMnt,
        pass: w.pass,
        ratio: w.ratio,
      };
    });
}

/** Right when the ticked months are exactly the months the engine finds below the minimum. */
export function checkMinimumWage(
  pkg: ApplicationPackage,
  pack: CriteriaPack,
  ticked: readonly string[],
): MinimumWageCheck {
  const months = wageMonths(pkg, pack);
  const expected = months.filter((m) => m.pass === false).map((m) => m.period);
  const tickedSet = new Set(ticked);
  const expectedSet = new Set(expected);
  const missed = expected.filter((m) => !tickedSet.has(m));
  const extra = [...tickedSet].filter((m) => !expectedSet.has(m)).sort();
  return {
    correct: missed.length === 0 && extra.length === 0,
    expected,
    missed,
    extra,
    months,
  };
}
