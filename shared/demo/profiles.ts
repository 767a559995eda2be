import type { Answer, Process } from '../package/enums';
import type { GreenProject, Organisation } from '../package/schema';

/**
 * Raw (greasy) cashmere per kg of dehaired fibre, for every scourer-dehairer the app ships (the
 * demo company and the example package): ~38 % kept. Reference §4.5 [S]: only about 30 % of the
 * raw combed fibre ends up as yarn; spinning loses roughly a fifth more [D], so dehaired fibre is
 * ~35–40 % of the raw weight (issue 15, rule 9).
 */
export const RAW_KG_PER_DEHAIRED_KG = 2.6;

/**
 * Four demo companies for workshops and first start. Every number is an illustrative default [D]
 * built from realism.md and reference.md §4–6 (orders of magnitude, seasons, wage rules), not
 * the data of any real firm.
 */
export interface MonthlyShape {
  /** Product output per year, kg (dehaired fibre, yarn/knitwear, dyed fibre, garments). */
  outputKgPerYear: number;
  /** Raw input per kg output (greasy cashmere for a scourer); 0 = not reported. */
  inputPerOutput: number;
  /** Seasonal production weight by month 1..12 (sums to 12). */
  season: readonly number[];
  electricityKwhPerKg: number;
  /** Baseload electricity per month (lighting, compressors, offices), kWh. */
  electricityBaseKwh: number;
  /** Heat in the coldest month; scaled by the heating-season curve. */
  winterCoalT?: number;
  processCoalTPerMonth?: number;
  coalNcvKcalPerKg?: number;
  winterDistrictHeatGcal?: number;
  dieselLPerMonth: number;
  waterLPerKgOutput: number;
  wastewaterShare: number;
  fibreWastePerKg: number;
  detergentKgPerKgOutput?: number;
  dyesKgPerKgOutput?: number;
  auxiliariesKgPerKgOutput?: number;
  employees: number;
  womenShare: number;
  /** Lowest monthly earnings above the minimum in force, MNT. */
  wageMarginMnt: number;
  /** Months (YYYY-MM) where piece-rate earnings fell below the minimum: a real finding. */
  wageShortfall?: Readonly<Record<string, number>>;
  overtimeShare: number;
  injuriesPerYear: number;
  trainingHoursPerEmployeeYear: number;
  energyCostMntPerKwhEq: number;
}

export interface DemoProfile {
  organisation: Organisation;
  shape: MonthlyShape;
  /** Share of applicable VCP items answered yes / partly; the rest no (knock-outs stay yes unless listed). */
  maturity: { yes: number; partly: number };
  answerOverrides: Readonly<Record<string, Answer>>;
  project: Omit<GreenProject, 'baseline' | 'projected'> & {
    /** Fractional changes applied to the last 12 months' baseline. */
    change: { electricity: number; heat: number; coal: number; water: number; diesel: number };
  };
  processes: readonly Process[];
}

export const SCOURING_SEASON = [0.45, 0.45, 0.7, 1.2, 1.6, 1.6, 1.5, 1.3, 1.1, 0.9, 0.65, 0.55];
export const KNITWEAR_SEASON = [0.7, 0.75, 0.85, 0.95, 1.05, 1.2, 1.3, 1.35, 1.25, 1.0, 0.85, 0.75];
export const DYEING_SEASON = [0.7, 0.7, 0.85, 1.0, 1.15, 1.25, 1.25, 1.2, 1.1, 1.0, 0.9, 0.8];
export const GARMENT_SEASON = [0.75, 0.8, 0.9, 1.0, 1.05, 1.15, 1.2, 1.25, 1.2, 1.0, 0.9, 0.8];
