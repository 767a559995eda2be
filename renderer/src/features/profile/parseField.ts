export type FieldError =
  | 'required'
  | 'notANumber'
  | 'negative'
  | 'tooLarge'
  | 'notWhole'
  | 'over100'
  | 'tooLong'
  | 'badDate'
  | 'expiresBeforeIssued';

export type Parsed = { ok: true; value: number | null } | { ok: false; error: FieldError };

/**
 * Reads a number as a manager types it: "1 250 000", "1,250,000", "12,5" and "12.5" all work.
 * A comma followed by exactly three digits is a thousands separator; otherwise it is a decimal.
 */
export function parseNumberText(text: string): Parsed {
  const compact = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (compact === '') return { ok: true, value: null };
  let n = compact;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(n)) n = n.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(n)) n = n.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d*,\d+$/.test(n)) n = n.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(n)) return { ok: false, error: 'notANumber' };
  const value = Number(n);
  if (!Number.isFinite(value)) return { ok: false, error: 'notANumber' };
  if (value < 0) return { ok: false, error: 'negative' };
  return { ok: true, value };
}

export function parseBounded(
  text: string,
  opts: { max: number; whole?: boolean; percent?: boolean },
): Parsed {
  const r = parseNumberText(text);
  if (!r.ok || r.value === null) return r;
  if (opts.whole && !Number.isInteger(r.value)) return { ok: false, error: 'notWhole' };
  if (opts.percent && r.value > 100) return { ok: false, error: 'over100' };
  if (r.value > opts.max) return { ok: false, error: 'tooLarge' };
  return r;
}
