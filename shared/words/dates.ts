// Dates as a person in the chosen language writes them, each on the bank's calendar
// (shared/package/calendarDay.ts): a date-time exported at 23:30 UTC is dated the next day, as
// in Ulaanbaatar. In a sentence the long form, so nobody has to guess the order of 03/12/2026:
// "31 March 2026", "2026 оны 3-р сарын 31"; in a table the form Mongolian forms and permits use,
// "2026.03.31". Mongolian not reviewed by a native speaker yet, as the locale files.
import { BANK_ZONE, calendarDay, clockTime } from '../package/calendarDay';
import type { Language } from '../package/enums';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for YYYY-MM-DD or an ISO date-time; anything else is not a date to rewrite. */
export function isIsoDate(value: string): boolean {
  return DATE.test(value);
}

/** Year, month 1–12 and day of the bank's calendar day of `iso`; null when it is no date. */
function dayParts(iso: string): [string, number, number] | null {
  if (!DATE.test(iso)) return null;
  const [y = '', mo = '', d = ''] = calendarDay(iso).split('-');
  const month = Number(mo);
  return month >= 1 && month <= 12 ? [y, month, Number(d)] : null;
}

/** "2026-03-31" (or a date-time, by its day in the bank's zone) in words; other text as is. */
export function longDate(iso: string, lang: Language): string {
  const p = dayParts(iso);
  if (p === null) return iso;
  const [y, month, d] = p;
  return lang === 'mn'
    ? `${y} оны ${String(month)}-р сарын ${String(d)}`
    : `${String(d)} ${MONTHS_EN[month - 1] ?? ''} ${y}`;
}

/** A date in a table column: "31 March 2026" / "2026.03.31"; other text as is. */
export function tableDate(iso: string, lang: Language): string {
  const p = dayParts(iso);
  if (p === null) return iso;
  if (lang === 'en') return longDate(iso, lang);
  const [y, month, d] = p;
  return `${y}.${String(month).padStart(2, '0')}.${String(d).padStart(2, '0')}`;
}

/** A date-time at the bank's wall-clock time with its offset: "2026.01.20 07:30 UTC+08:00". */
export function tableDateTime(iso: string, lang: Language): string {
  const time = clockTime(iso);
  const day = tableDate(iso, lang);
  return time === null || day === iso ? day : `${day} ${time} ${BANK_ZONE.label}`;
}

/** "2025-01" → "January 2025" / "2025 оны 1-р сар"; other text as is. */
export function longMonth(period: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m === null) return period;
  const [, y = '', mo = ''] = m;
  const month = Number(mo);
  if (month < 1 || month > 12) return period;
  return lang === 'mn' ? `${y} оны ${String(month)}-р сар` : `${MONTHS_EN[month - 1] ?? mo} ${y}`;
}
