import type { Language } from '../../../shared/package/enums';

const LOCALE: Record<Language, string> = { mn: 'mn-MN', en: 'en-GB' };

export function formatNumber(value: number, language: Language, maxFractionDigits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(LOCALE[language], {
    maximumFractionDigits: maxFractionDigits,
  }).format(value);
}

/** MNT has no minor unit in use: whole tögrög, with the ₮ sign after the number in both languages. */
export function formatMnt(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '—';
  const n = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 0 }).format(
    Math.round(value),
  );
  return `${n} ₮`;
}

export function formatPercent(value: number, language: Language, digits = 0): string {
  if (!Number.isFinite(value)) return '—';
  return `${new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: digits }).format(value)}%`;
}

export function formatDate(iso: string, language: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[language], {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  }).format(d);
}
