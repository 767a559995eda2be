// A date inside a sentence, written out so nobody has to guess the order of 03/12/2026:
// "31 March 2026" in English, "2026 оны 3-р сарын 31" in Mongolian (the long form; the
// YYYY.MM.DD of tables stays where columns are narrow). Mongolian not reviewed by a native
// speaker yet, as the locale files.
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

/** "2026-03-31" (or a date-time, by its written day) in words; other text comes back as is. */
export function longDate(iso: string, lang: Language): string {
  const m = DATE.exec(iso);
  if (m === null) return iso;
  const [, y = '', mo = '', d = ''] = m;
  const month = Number(mo);
  if (month < 1 || month > 12) return iso;
  return lang === 'mn'
    ? `${y} оны ${String(month)}-р сарын ${String(Number(d))}`
    : `${String(Number(d))} ${MONTHS_EN[month - 1] ?? mo} ${y}`;
}

/** "2025-01" → "January 2025" / "2025 оны 1-р сар". */
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
  const m = DATE.exec(iso);
  if (m === null) return iso;
  if (lang === 'en') return `on ${longDate(iso, lang)}`;
  const day = Number(m[3]);
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
