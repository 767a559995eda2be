import { METRICS } from '../catalogue/metrics';
import { explained, keyedInput, ratio } from '../explain/build';
import type { Explained, ExplanationFactor } from '../explain/types';
import type { MinimumWage } from '../factors/labour';
import { metricInput } from './metricInput';
import { metricIndex, numberAt as val, type CanonicalValues } from './valueTable';

/**
 * The lowest-wage check for a period: the wage compared and the legal minimum it is compared
 * with. For a year rolled up from months, the month with the worst ratio is used.
 */
export interface WageCheck {
  wage: number | null;
  minimum: MinimumWage | undefined;
  /** The month whose ratio is reported (rolled-up years), else the period itself. */
  period: string;
}

export interface LabourIndicators {
  womenSharePct: Explained;
  ltifr: Explained;
  trainingHoursPerEmployee: Explained;
  overtimeSharePct: Explained;
  lowestWage: { ratio: Explained; pass: boolean | null; minimumMnt: number | null };
}

const EMPLOYEES = metricIndex('labour.employees');
const WOMEN = metricIndex('labour.women');
const HOURS = metricIndex('labour.hours_worked');
const LTI = metricIndex('labour.lost_time_injuries');
const TRAINING = metricIndex('labour.training_hours');
const OVERTIME = metricIndex('labour.overtime_hours');
const pct = (r: number | null) => (r === null ? null : r * 100);

export function wageFactor(min: MinimumWage): ExplanationFactor {
  return { id: min.id, value: min.mntPerMonth, unit: 'MNT/month', source: min.source };
}

/** Women's share of employees (%), null when it cannot be computed; the womenSharePct value. */
export function womenSharePct(values: CanonicalValues): number | null {
  const r = pct(ratio(val(values, WOMEN), val(values, EMPLOYEES)));
  return r !== null && Number.isFinite(r) ? r : null;
}

export function labourIndicators(values: CanonicalValues, wage: WageCheck): LabourIndicators {
  const employees = val(values, EMPLOYEES);
  const women = val(values, WOMEN);
  const hours = val(values, HOURS);
  const lti = val(values, LTI);
  const training = val(values, TRAINING);
  const overtime = val(values, OVERTIME);

  const wageRatio = wage.minimum ? ratio(wage.wage, wage.minimum.mntPerMonth) : null;
  const ratioExplained = explained(wageRatio, {
    formula: wage.minimum
      ? `lowest monthly wage ÷ minimum wage in force (${wage.period}); pass when ≥ 1`
      : `no minimum wage on file for ${wage.period}`,
    formulaKey: wage.minimum ? 'labour.wageRatio' : 'labour.noMinimumWage',
    formulaParams: { period: wage.period },
    inputs: [
      // Built as one literal: spreading and then adding keys is a slow path in V8, and this
      // runs for every month of every package.
      keyedInput(
        `Lowest monthly wage (${wage.period})`,
        wage.wage,
        METRICS['labour.lowest_wage_mnt'].canonicalUnit,
        'labour.lowest_wage_mnt',
        'lowestWage',
        { period: wage.period },
      ),
    ],
    factors: wage.minimum ? [wageFactor(wage.minimum)] : [],
    criteria: ['labour.minimum_wage'],
    unit: 'ratio',
  });

  return {
    womenSharePct: explained(womenSharePct(values), {
      formula: 'women employees ÷ employees × 100',
      formulaKey: 'labour.womenShare',
      inputs: [metricInput('labour.women', women), metricInput('labour.employees', employees)],
      unit: '%',
    }),
    ltifr: explained(lti === null ? null : ratio(lti * 1_000_000, hours), {
      formula: 'lost-time injuries × 1,000,000 ÷ hours worked',
      formulaKey: 'labour.ltifr',
      inputs: [
        metricInput('labour.lost_time_injuries', lti),
        metricInput('labour.hours_worked', hours),
      ],
      unit: 'per 1,000,000 h',
    }),
    trainingHoursPerEmployee: explained(ratio(training, employees), {
      formula: 'training hours ÷ employees',
      formulaKey: 'labour.trainingPerEmployee',
      inputs: [
        metricInput('labour.training_hours', training),
        metricInput('labour.employees', employees),
      ],
      unit: 'h/employee',
    }),
    overtimeSharePct: explained(pct(ratio(overtime, hours)), {
      formula: 'overtime hours ÷ hours worked × 100',
      formulaKey: 'labour.overtimeShare',
      inputs: [
        metricInput('labour.overtime_hours', overtime),
        metricInput('labour.hours_worked', hours),
      ],
      unit: '%',
    }),
    lowestWage: {
      ratio: ratioExplained,
      pass: ratioExplained.value === null ? null : ratioExplained.value >= 1,
      minimumMnt: wage.minimum?.mntPerMonth ?? null,
    },
  };
}
