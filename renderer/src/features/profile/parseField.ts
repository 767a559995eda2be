import { parseNumber } from '../../../../shared/units/parseNumber';

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

export function parseBounded(
  text: string,
  opts: { max: number; whole?: boolean; percent?: boolean },
): Parsed {
  const r = parseNumber(text);
  if (!r.ok) return { ok: false, error: r.error === 'incomplete' ? 'notANumber' : r.error };
  if (r.value === null) return r;
  if (opts.whole && !Number.isInteger(r.value)) return { ok: false, error: 'notWhole' };
  if (opts.percent && r.value > 100) return { ok: false, error: 'over100' };
  if (r.value > opts.max) return { ok: false, error: 'tooLarge' };
  return r;
}
