import { CARRIERS, SCOPE1, SCOPE2, type Carrier } from '../../../../shared/calc/carriers';
import type { IndicatorResults, PeriodResult, YearResult } from '../../../../shared/calc/periods';
import type { Explained } from '../../../../shared/explain/types';

/** One month on a chart: month number 1–12, values by series key; missing data stays absent. */
export interface MonthDatum {
  month: number;
  [series: string]: number;
}

export type EnergyUnit = 'kWh' | 'GJ';
export type IntensityKind = 'energyKwhPerKg' | 'waterLPerKg' | 'co2KgPerKg';

export function monthlyResults(results: IndicatorResults, year: string): Map<number, PeriodResult> {
  const out = new Map<number, PeriodResult>();
  for (const p of results.periods) {
    if (p.kind === 'month' && p.period.startsWith(`${year}-`))
      out.set(Number(p.period.slice(5, 7)), p);
  }
  return out;
}

/** Calendar years that have any data, newest first. */
export function yearsWithData(results: IndicatorResults): string[] {
  return results.years
    .map((y) => y.year)
    .sort()
    .reverse();
}

/** Stacked bars: energy per carrier per month. Carriers never reported are left out. */
export function energyByCarrierByMonth(
  results: IndicatorResults,
  year: string,
  unit: EnergyUnit,
): { data: MonthDatum[]; carriers: Carrier[] } {
  const months = monthlyResults(results, year);
  const used = new Set<Carrier>();
  const data: MonthDatum[] = [];
  for (let m = 1; m <= 12; m++) {
    const d: MonthDatum = { month: m };
    const byCarrier = months.get(m)?.indicators.energy.byCarrier ?? {};
    for (const c of CARRIERS) {
      const e = byCarrier[c];
      const v = unit === 'kWh' ? e?.kwh.value : e?.gj.value;
      if (v === undefined || v === null) continue;
      d[c] = v;
      used.add(c);
    }
    data.push(d);
  }
  return { data, carriers: CARRIERS.filter((c) => used.has(c)) };
}

/** The firm's baseline: its first complete year (12 months, or a yearly figure). */
export function baselineYear(results: IndicatorResults): YearResult | null {
  return results.years.find((y) => y.monthsCovered === 12) ?? null;
}

/**
 * Monthly intensity for the year, with the previous year's annual value as the reference line
 * when that year is complete (12 months): a year is never drawn against itself.
 */
export function intensitySeries(
  results: IndicatorResults,
  year: string,
  kind: IntensityKind,
): { data: MonthDatum[]; baseline: { year: string; value: number } | null } {
  const months = monthlyResults(results, year);
  const data: MonthDatum[] = [];
  for (let m = 1; m <= 12; m++) {
    const v = months.get(m)?.indicators.intensity[kind].value ?? null;
    data.push(v === null ? { month: m } : { month: m, value: v });
  }
  const previous = String(Number(year) - 1);
  const b = results.years.find((y) => y.year === previous && y.monthsCovered === 12);
  const bv = b ? b.indicators.intensity[kind].value : null;
  return { data, baseline: b && bv !== null ? { year: b.year, value: bv } : null };
}

export interface SourceDatum {
  carrier: Carrier;
  scope: 1 | 2;
  tco2e: number;
  explained: Explained;
}

/** CO2 by source for the year, largest first; zero sources are dropped. */
export function co2BySource(year: YearResult): SourceDatum[] {
  const out: SourceDatum[] = [];
  const by = year.indicators.emissions.byCarrier;
  for (const c of [...SCOPE1, ...SCOPE2]) {
    const e = by[c];
    if (!e || e.value === null || e.value <= 0) continue;
    out.push({
      carrier: c,
      scope: (SCOPE1 as readonly Carrier[]).includes(c) ? 1 : 2,
      tco2e: e.value,
      explained: e,
    });
  }
  return out.sort((a, b) => b.tco2e - a.tco2e);
}

export function waterByMonth(results: IndicatorResults, year: string): MonthDatum[] {
  const months = monthlyResults(results, year);
  const data: MonthDatum[] = [];
  for (let m = 1; m <= 12; m++) {
    const v = months.get(m)?.indicators.water.intakeM3.value ?? null;
    data.push(v === null ? { month: m } : { month: m, m3: v });
  }
  return data;
}

/**
 * One thing to do next: what is wrong, with what the sentence needs to say where and what would
 * pass (the year, the missing months, the knock-out item).
 */
export type Guidance =
  | { kind: 'noProcesses' }
  | { kind: 'noData' }
  | { kind: 'partialYear'; year: string; months: number; missing: readonly number[] }
  | { kind: 'noOutput'; year: string }
  | { kind: 'noLabour'; year: string }
  | { kind: 'noBaseline'; year: string; months: number }
  | { kind: 'knockOut'; itemId: string }
  | { kind: 'noVcp' };

/** Months 1–12 of `year` with no monthly figures (a yearly entry leaves none missing). */
export function missingMonths(results: IndicatorResults, year: string): number[] {
  const present = new Set(
    results.periods
      .filter((p) => p.kind === 'month' && p.period.startsWith(`${year}-`))
      .map((p) => Number(p.period.slice(5, 7))),
  );
  return Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => !present.has(m));
}

/** What the user should do next, most important first: each maps to a link on the screen. */
export function guidanceFor(args: {
  processes: number;
  year: YearResult | null;
  missing: readonly number[];
  baseline: YearResult | null;
  hasVcp: boolean;
  /** Knock-out items scored "no" that no contradiction already explains. */
  knockOuts?: readonly string[];
}): Guidance[] {
  const out: Guidance[] = [];
  if (args.processes === 0) out.push({ kind: 'noProcesses' });
  for (const itemId of args.knockOuts ?? []) out.push({ kind: 'knockOut', itemId });
  const y = args.year;
  if (!y) out.push({ kind: 'noData' });
  else {
    if (y.monthsCovered < 12)
      out.push({
        kind: 'partialYear',
        year: y.year,
        months: y.monthsCovered,
        missing: args.missing,
      });
    if (y.indicators.intensity.energyKwhPerKg.value === null)
      out.push({ kind: 'noOutput', year: y.year });
    if (
      y.indicators.labour.womenSharePct.value === null &&
      y.indicators.labour.ltifr.value === null &&
      y.indicators.labour.lowestWage.ratio.value === null
    )
      out.push({ kind: 'noLabour', year: y.year });
    if (!args.baseline) out.push({ kind: 'noBaseline', year: y.year, months: y.monthsCovered });
  }
  if (!args.hasVcp) out.push({ kind: 'noVcp' });
  return out;
}

export const GUIDANCE_SECTION: Record<Guidance['kind'], string> = {
  noProcesses: 'profile',
  noData: 'metrics',
  partialYear: 'metrics',
  noOutput: 'metrics',
  noLabour: 'metrics',
  noBaseline: 'metrics',
  knockOut: 'vcp',
  noVcp: 'vcp',
};
