export type NumberError = 'incomplete' | 'notANumber' | 'negative' | 'tooLarge';
export type NumberParse = { ok: true; value: number | null } | { ok: false; error: NumberError };

/** The package schema's ceiling for any stored quantity. */
export const MAX_NUMBER = 1e12;

/**
 * The one reading of a typed or pasted number, in English and Mongolian alike:
 * - spaces (also no-break and narrow no-break), apostrophes and a ₮ sign are ignored;
 * - a dot is a decimal point, unless dots group thousands twice ("1.234.567") or a decimal comma
 *   follows ("1.234,5"): so "12.345" is twelve point three four five;
 * - a comma followed by exactly three digits groups thousands ("12,345" = 12345, "1,234,567.25");
 *   any other single comma is a decimal comma ("12,5", "0,75"), as Excel writes it in Mongolian;
 * - an exponent ("1e3", "1E+12") is read as Excel pastes large numbers;
 * - empty text is no value; a lone sign or separator ("-", "+", ".", ",") is a number not finished
 *   yet, never read as empty (that would clear a stored figure);
 * - negative numbers and numbers above 10^12 are refused.
 */
export function parseNumber(text: string): NumberParse {
  let n = text
    .trim()
    .replace(/[\s\u00a0\u202f'₮]/g, '')
    .replace(/^\u2212/, '-');
  if (n === '') return { ok: true, value: null };
  if (/^[-+.,]$/.test(n)) return { ok: false, error: 'incomplete' };
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(n)) n = n.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(n) || /^-?\d{1,3}(\.\d{3})+,\d+$/.test(n))
    n = n.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d*,\d+$/.test(n)) n = n.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(n)) return { ok: false, error: 'notANumber' };
  const value = Number(n);
  if (!Number.isFinite(value)) return { ok: false, error: 'tooLarge' };
  if (value < 0) return { ok: false, error: 'negative' };
  if (value > MAX_NUMBER) return { ok: false, error: 'tooLarge' };
  return { ok: true, value };
}

/**
 * parseNumber for a signed figure such as a percentage change ("-25", "−12,5 %", "+10"): the same
 * separators and refusals, a sign in front and a trailing % allowed.
 */
export function parseSignedNumber(text: string): NumberParse {
  const t = text
    .trim()
    .replace(/%$/, '')
    .trim()
    .replace(/^\u2212/, '-');
  const sign = t[0] === '-' || t[0] === '+' ? t[0] : '';
  const body = t.slice(sign.length);
  if (sign !== '' && body.trim() === '') return { ok: false, error: 'incomplete' };
  const r = parseNumber(body);
  if (!r.ok || r.value === null) return r;
  return { ok: true, value: sign === '-' ? -r.value : r.value };
}
