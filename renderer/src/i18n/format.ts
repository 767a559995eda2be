import { calendarDay } from '../../../shared/package/calendarDay';
import type { Language } from '../../../shared/package/enums';

const LOCALE: Record<Language, string> = { mn: 'mn-MN', en: 'en-GB' };

// Building an Intl formatter costs far more than using one, and tables and charts format
// thousands of cells: one formatter per language and precision, built on first use.
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, maxFractionDigits: number): Intl.NumberFormat {
  const key = `${language}:${String(maxFractionDigits)}`;
  let f = NUMBER_FORMATS.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: maxFractionDigits });
    NUMBER_FORMATS.set(key, f);
  }
  return f;
}

const DATE_FORMATS = new Map<Language, Intl.DateTimeFormat>();

function dateFormat(language: Language): Intl.DateTimeFormat {
  let f = DATE_FORMATS.get(language);
  if (!f) {
    // The month in words: 03/12/2026 reads as 3 December in Ulaanbaatar and March 12 elsewhere.
    f = new Intl.DateTimeFormat(LOCALE[language], {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    DATE_FORMATS.set(language, f);
  }
  return f;
}

export function formatNumber(value: number, language: Language, maxFractionDigits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(language, maxFractionDigits).format(value);
}

/** MNT has no minor unit in use: whole tögrög, with the ₮ sign after the number in both languages. */
export function formatMnt(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '—';
  const n = numberFormat(language, 0).format(Math.round(value));
  return `${n} ₮`;
}

export function formatPercent(value: number, language: Language, digits = 0): string {
  if (!Number.isFinite(value)) return '—';
  return `${numberFormat(language, digits).format(value)}%`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Dates in Mongolian are written YYYY.MM.DD. Built by hand rather than with Intl: Chromium ships
 * without Mongolian date patterns and fell back to the US month-first 11/24/2026, which a reader
 * in Ulaanbaatar could take for day-first (Node, with full ICU, gave 2026.11.24).
 */
function mnDate(d: Date): string {
  return `${String(d.getUTCFullYear())}.${pad2(d.getUTCMonth() + 1)}.${pad2(d.getUTCDate())}`;
}

/** The day of `iso` on the bank's calendar: 23:30 UTC is already the next day in Ulaanbaatar. */
export function formatDate(iso: string, language: Language): string {
  const d = new Date(calendarDay(iso));
  if (Number.isNaN(d.getTime())) return iso;
  return language === 'mn' ? mnDate(d) : dateFormat(language).format(d);
}

/** A date for a narrow table column: 5 Dec 2026 in English, 2026.12.05 in Mongolian. */
export function formatShortDate(iso: string, language: Language): string {
  const d = new Date(calendarDay(iso));
  if (Number.isNaN(d.getTime())) return iso;
  if (language === 'mn') return mnDate(d);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** Date and local time of day, e.g. for the audit trail: 2026.11.24 14:05:09 in Mongolian. */
export function formatDateTime(iso: string, language: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (language === 'en')
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'medium' }).format(d);
  const local = `${String(d.getFullYear())}.${pad2(d.getMonth() + 1)}.${pad2(d.getDate())}`;
  return `${local} ${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}

/** A calendar month "2026-03": March 2026 in English, 2026.03 in Mongolian (as formatDate). */
export function formatMonth(period: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  if (language === 'mn') return `${m[1] as string}.${m[2] as string}`;
  return new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${period}-01T00:00:00Z`));
}

/** "1.2 MB" / "340 KB": managers compare this with the 25 MB limit of an evidence file. */
export function formatFileSize(bytes: number, language: Language): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / 1024 / 1024, language, 1)} MB`;
  return `${formatNumber(Math.max(bytes / 1024, 0.1), language, 1)} KB`;
}
