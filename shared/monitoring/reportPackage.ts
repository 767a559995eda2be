// The monitoring report a company sends for a year after its loan: its ordinary signed package,
// restricted to one calendar year's records, so the same exporter and verifier serve it; its
// signed purpose says so, so neither import can take it for an application or the reverse.
import type { ApplicationPackage } from '../package/schema';

/** The package restricted to one calendar year's records, marked as that year's report. */
export function monitoringReportPackage(pkg: ApplicationPackage, year: number): ApplicationPackage {
  const y = String(year);
  return {
    ...pkg,
    periods: pkg.periods.filter((p) => p.period.slice(0, 4) === y),
    purpose: { kind: 'monitoring', year },
  };
}

/** Calendar years of the records with their number of months (a yearly period: 12), latest first. */
export function recordYears(
  pkg: Pick<ApplicationPackage, 'periods'>,
): { year: number; months: number }[] {
  const months = new Map<number, number>();
  for (const p of pkg.periods) {
    const y = Number(p.period.slice(0, 4));
    months.set(y, (months.get(y) ?? 0) + (p.period.length === 4 ? 12 : 1));
  }
  return [...months]
    .map(([year, n]) => ({ year, months: Math.min(n, 12) }))
    .sort((a, b) => b.year - a.year);
}
