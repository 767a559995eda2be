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

// Mongolian dative-locative ending of a day number, by how its last word is read: 1 нэгэнд,
// 2 хоёрт, 5 тавд, 10 аравт, 20 хорьд, 30 гучинд.
const MN_DAY_AT_UNIT = ['', 'нд', 'т', 'т', 'т', 'д', 'д', 'д', 'д', 'д'] as const;
const MN_DAY_AT_TENS: Readonly<Record<number, string>> = { 10: 'т', 20: 'д', 30: 'нд' };

/** "on 30 June 2026" / "2026 оны 6-р сарын 30-нд": a day inside a sentence. */
export function onDate(iso: string, lang: Language): string {
  const p = dayParts(iso);
  if (p === null) return iso;
  if (lang === 'en') return `on ${longDate(iso, lang)}`;
  const day = p[2];
  const end = day % 10 === 0 ? (MN_DAY_AT_TENS[day] ?? 'д') : MN_DAY_AT_UNIT[day % 10];
  return `${longDate(iso, lang)}-${end ?? 'д'}`;
}

type Case = 'in' | 'from' | 'to';

/** A calendar month "2025-04" or a year "2025" in a sentence: in, from or up to it. */
function periodIn(period: string, lang: Language, c: Case): string {
  const isYear = /^\d{4}$/.test(period);
  if (lang === 'en') return `${c} ${isYear ? period : longMonth(period, lang)}`;
  const base = isYear ? `${period} он` : longMonth(period, lang);
  if (base === period) return period;
  // сар → сард, сараас; он → онд, оноос (vowel harmony).
  if (c === 'in') return `${base}д`;
  if (c === 'from') return `${base}${isYear ? 'оос' : 'аас'}`;
  return `${base} хүртэл`;
}

/** "from January 2025" / "2025 оны 1-р сараас". */
export function fromPeriod(period: string, lang: Language): string {
  return periodIn(period, lang, 'from');
}

/** "to December 2025" / "2025 оны 12-р сар хүртэл". */
export function toPeriod(period: string, lang: Language): string {
  return periodIn(period, lang, 'to');
}

/**
 * Months (sorted "YYYY-MM", or years) in a sentence, grouped by year: "in April and May 2025" /
 * "2025 оны 4, 5-р сард"; across years "in December 2024 and January 2025".
 */
export function inPeriods(periods: readonly string[], lang: Language): string {
  const years: { year: string; months: number[] }[] = [];
  for (const p of periods) {
    const m = /^(\d{4})-(\d{2})$/.exec(p);
    if (m === null) return periods.map((x) => periodIn(x, lang, 'in')).join(', ');
    const year = m[1] as string;
    const last = years[years.length - 1];
    if (last?.year === year) last.months.push(Number(m[2]));
    else years.push({ year, months: [Number(m[2])] });
  }
  const and = (xs: string[]) =>
    xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1] ?? ''}`;
  if (lang === 'en')
    return `in ${and(years.map((y) => `${and(y.months.map((mo) => MONTHS_EN[mo - 1] ?? String(mo)))} ${y.year}`))}`;
  const groups = years.map((y) => `${y.year} оны ${y.months.map(String).join(', ')}-р сар`);
  return `${groups.join(', ')}д`;
}
