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
