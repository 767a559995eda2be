import type { Source } from '../catalogue/types';

export interface MinimumWage {
  /** First day in force (YYYY-MM-DD). */
  from: string;
  mntPerMonth: number;
  id: string;
  source: Source;
}

/**
 * National monthly minimum wage, newest last (reference.md §6). Every step checked against its
 * source: 2020 from the secondary sources below (reference.md §6 starts at 2023, so this row's
 * citation is its own); 2023, 2024 and April 2025 as reference.md §6 lists them. Before 2020 no
 * rate is on file and a period is not judged.
 */
export const MINIMUM_WAGES: readonly MinimumWage[] = [
  {
    from: '2020-01-01',
    mntPerMonth: 420_000,
    id: 'min_wage.2020',
    source: {
      citation:
        'Tripartite Council: MNT 420,000/month from 1 Jan 2020, in force until the rise to MNT 550,000 at the start of 2023 (Xinhua, 4 May 2022: "currently … 420,000 tugriks"; wagecentre.com citing the Ministry of Labour and Social Protection: 420,000 from 1 Jan 2020)',
      url: 'https://www.francenetworktimes.com/news/mongolia-to-increase-minimum-wage-by-31-pct-next-year202205051017350003/',
      provenance: 'S',
    },
  },
  {
    from: '2023-01-01',
    mntPerMonth: 550_000,
    id: 'min_wage.2023',
    source: {
      citation:
        'Tripartite Council, 4 May 2022: MNT 550,000 from the beginning of 2023 (Xinhua, 4 May 2022)',
      provenance: 'S',
    },
  },
  {
    from: '2024-01-01',
    mntPerMonth: 660_000,
    id: 'min_wage.2024',
    source: {
      citation: 'Tripartite Committee Res. No.12, 13 Oct 2023, effective 1 Jan 2024',
      url: 'https://onch.mn',
      provenance: 'S',
    },
  },
  {
    from: '2025-04-01',
    mntPerMonth: 792_000,
    id: 'min_wage.2025-04',
    source: {
      citation:
        'Tripartite Committee, 7 Oct 2024: MNT 792,000/month = MNT 4,715/hour from 1 Apr 2025',
      url: 'https://hunnu.mn/r/8201',
      provenance: 'S',
    },
  },
];

function lastDayOfPeriod(period: string): string {
  if (period.length === 4) return `${period}-12-31`;
  const [y, m] = period.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${period}-${String(day).padStart(2, '0')}`;
}

function firstDayOfPeriod(period: string): string {
  return period.length === 4 ? `${period}-01-01` : period.length === 7 ? `${period}-01` : period;
}

/** The minimum wage in force on a date (YYYY-MM-DD); undefined before the first entry on file. */
export function minimumWageOnDate(date: string): MinimumWage | undefined {
  let found: MinimumWage | undefined;
  for (const w of MINIMUM_WAGES) if (w.from <= date) found = w;
  return found;
}

/**
 * The minimum wage to compare a period's lowest wage with. For a month: the rate in force on its
 * last day (a rise effective on the 1st applies to that whole month). For a year given as one
 * figure we cannot tell which month the lowest wage was paid, so we take the HIGHEST rate in
 * force during the year: conservative for a bank [D].
 */
const BY_PERIOD = new Map<string, MinimumWage | null>();

export function minimumWageOn(period: string): MinimumWage | undefined {
  const cached = BY_PERIOD.get(period);
  if (cached !== undefined) return cached ?? undefined;
  const found = lookupMinimumWage(period);
  BY_PERIOD.set(period, found ?? null);
  return found;
}

function lookupMinimumWage(period: string): MinimumWage | undefined {
  if (period.length !== 4) return minimumWageOnDate(lastDayOfPeriod(period));
  const start = firstDayOfPeriod(period);
  const end = lastDayOfPeriod(period);
  let best = minimumWageOnDate(start);
  for (const w of MINIMUM_WAGES) {
    if (w.from > start && w.from <= end && (!best || w.mntPerMonth > best.mntPerMonth)) best = w;
  }
  return best;
}
