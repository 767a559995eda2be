/** Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so results never depend on time zone. */
const DAY_NUMBERS = new Map<string, number>();

export function dayNumber(iso: string): number {
  const hit = DAY_NUMBERS.get(iso);
  if (hit !== undefined) return hit;
  const n = parseDayNumber(iso);
  if (DAY_NUMBERS.size >= 10_000) DAY_NUMBERS.clear();
  DAY_NUMBERS.set(iso, n);
  return n;
}

function parseDayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

// By date, then by number of days: ESAP deadlines add the same few offsets to one signing date.
const ADDED = new Map<string, Map<number, string>>();

export function addDays(iso: string, days: number): string {
  let byDays = ADDED.get(iso);
  if (!byDays) {
    if (ADDED.size >= 10_000) ADDED.clear();
    byDays = new Map();
    ADDED.set(iso, byDays);
  }
  const hit = byDays.get(days);
  if (hit !== undefined) return hit;
  const out = new Date((dayNumber(iso) + days) * 86_400_000).toISOString().slice(0, 10);
  if (byDays.size < 1_000) byDays.set(days, out);
  return out;
}

/**
 * The same day of the month `months` later (or earlier), clamped to the month's last day:
 * 31 January + 1 month = 28 (or 29) February. Schedules count in calendar months, so a yearly
 * visit stays on the signing day instead of drifting a day each leap year as 365-day steps do.
 */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}
