// Dates and periods as a person in the chosen language writes them: "1 March 2026" in English,
// "2026.03.01" in Mongolian (the form used on Mongolian forms and permits).
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
];

/** A YYYY-MM-DD date, or an ISO date-time shown at the clock time and offset it was written in. */
export function localDate(iso: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})[\d:.]*(Z|[+-]\d{2}:?\d{2})?)?/.exec(iso);
  if (m === null) return iso;
  const [, y, mo, d, hh, mm, zone] = m;
  const offset = zone === undefined || zone === 'Z' ? 'UTC' : `UTC${zone}`;
  const time = hh === undefined ? '' : ` ${hh}:${mm ?? '00'} ${offset}`;
  if (lang === 'mn') return `${y ?? ''}.${mo ?? ''}.${d ?? ''}${time}`;
  return `${Number(d)} ${MONTHS_EN[Number(mo) - 1] ?? mo} ${y ?? ''}${time}`;
}

/** "2025-01" → "January 2025" / "2025 оны 1-р сар"; a year stays a year. */
export function localPeriod(period: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m === null) return period;
  const [, y, mo] = m;
  return lang === 'mn'
    ? `${y ?? ''} оны ${Number(mo)}-р сар`
    : `${MONTHS_EN[Number(mo) - 1] ?? mo} ${y ?? ''}`;
}
