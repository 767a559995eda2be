import type { Source } from '../catalogue/types';

/**
 * Heating degree days for Ulaanbaatar, base 18 °C, per calendar month of a normal year:
 * HDD = (18 − monthly mean °C) × days. Monthly means of the 1991–2020 climate normals as
 * commonly published for Ulaanbaatar (January −21.6, February −16.6, March −7.4, April 1.3,
 * May 9.1, June 15.0, July 17.5, August 15.5, September 8.7, October 0.2, November −10.3,
 * December −19.0 °C): January (18 + 21.6) × 31 = 1,227.6 → 1,228; the year adds up to 6,772.
 * A month-mean approximation; the bank replaces it with the weather service's figures.
 */
export const HDD_SOURCE: Source = {
  citation:
    'Designed table (editable): (18 °C − monthly mean) × days from Ulaanbaatar 1991–2020 monthly means [K?: verify against NAMEM]; district heat is space heating in Ulaanbaatar',
  provenance: 'D',
};

/** January … December, °C·days. */
export const HDD_NORMAL_UB: readonly number[] = [
  1228, 969, 787, 501, 276, 90, 16, 78, 279, 552, 849, 1147,
];

/** Heating degree days a period really had, by month ("2027-01" → 900): a bank's own figures. */
export type HddByMonth = Readonly<Record<string, number>>;

/** The months a period key covers: "2025" is its twelve months, "2025-03" itself. */
export function monthsOf(period: string): string[] {
  if (period.length === 7) return [period];
  return Array.from({ length: 12 }, (_, i) => `${period}-${String(i + 1).padStart(2, '0')}`);
}

/** Every month from `from` to `to` (YYYY-MM or YYYY), both included; empty when reversed. */
export function monthsBetween(from: string, to: string): string[] {
  const first = monthsOf(from)[0] as string;
  const last = monthsOf(to).at(-1) as string;
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  // Bounded: a period key is at most a few centuries long (1900–2099).
  for (let key = first; key <= last && out.length < 2400;) {
    out.push(key);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
    key = `${y}-${String(m).padStart(2, '0')}`;
  }
  return out;
}

export interface WeatherOfMonths {
  /** Degree days of a normal year over the same calendar months. */
  normal: number;
  /** Degree days the months really had: the bank's figure where given, else the normal. */
  actual: number;
  /** How many of the months have a real figure (0 = the normal year was assumed). */
  known: number;
  months: number;
}

/** Normal and actual heating degree days over a set of months. */
export function weatherOf(
  months: readonly string[],
  normal: readonly number[],
  actual: HddByMonth,
): WeatherOfMonths {
  let n = 0;
  let a = 0;
  let known = 0;
  for (const key of months) {
    const base = normal[Number(key.slice(5, 7)) - 1] ?? 0;
    const real = Object.hasOwn(actual, key) ? actual[key] : undefined;
    n += base;
    a += real ?? base;
    if (real !== undefined) known++;
  }
  return { normal: n, actual: a, known, months: months.length };
}

/**
 * The factor that brings heat used in these months to a normal year: normal ÷ actual. A mild
 * winter (fewer degree days) scales its heat up, so it cannot pass for a saving. 1 when the
 * months had no heating at all.
 */
export function weatherFactor(w: WeatherOfMonths): number {
  return w.actual > 0 && w.normal > 0 ? w.normal / w.actual : 1;
}
