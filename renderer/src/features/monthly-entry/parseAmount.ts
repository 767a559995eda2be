export type AmountResult =
  { ok: true; value: number | null } | { ok: false; error: 'notANumber' | 'negative' | 'tooLarge' };

/** Accepts "12 345,6" and "12,345.6" as typed or pasted from Excel; empty means no value. */
export function parseAmount(text: string): AmountResult {
  const trimmed = text.trim().replace(/[\s\u00a0]/g, '');
  if (trimmed === '') return { ok: true, value: null };
  let normalised = trimmed;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) normalised = trimmed.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(trimmed)) normalised = trimmed.replace(',', '.');
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(normalised)) return { ok: false, error: 'notANumber' };
  const value = Number(normalised);
  if (!Number.isFinite(value)) return { ok: false, error: 'notANumber' };
  if (value < 0) return { ok: false, error: 'negative' };
  if (value > 1e12) return { ok: false, error: 'tooLarge' };
  return { ok: true, value };
}

export function amountOrNull(result: AmountResult): number | null {
  return result.ok ? result.value : null;
}
