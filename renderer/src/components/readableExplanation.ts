import type { Explanation } from '../../../shared/explain/types';
import { readableLine } from '../../../shared/explain/readable';
import { sumParts } from '../../../shared/calc/sumParts';
import type { Language } from '../../../shared/package/enums';
import { formatNumber } from '../i18n/format';
import { unitWords, type ExplainTexts, type ShownExplanation } from './localiseExplanation';

/** Digits a reader needs: 1,582 t, 14.2 GJ/t, 0.101 t/GJ, never 1,582.0406. */
function readableDigits(v: number): number {
  const a = Math.abs(v);
  return a >= 100
    ? 0
    : a >= 10
      ? 1
      : a >= 1
        ? 2
        : a === 0
          ? 0
          : Math.min(6, 2 - Math.floor(Math.log10(a)));
}

export function readableNumber(v: number, language: Language): string {
  return formatNumber(v, language, readableDigits(v));
}

/**
 * "741,757 kWh = Electricity 322,466 kWh + Coal 419,291 kWh": a total written out from its parts,
 * each part the same number its own line shows (readableNumber) and the total the bar's. When the
 * rounded parts do not add up to the rounded total the line says "≈", never a nudged part.
 */
export function sumText(
  parts: readonly { label: string | undefined; value: number }[],
  unit: string,
  language: Language,
): string {
  const shown = sumParts(
    parts.map((p) => p.value),
    readableDigits,
  );
  const amount = (v: number, digits: number) =>
    `${formatNumber(v, language, digits)} ${unit}`.trim();
  const terms = parts.map((p, k) => {
    const part = shown.parts[k];
    const a = part ? amount(part.value, part.digits) : readableNumber(p.value, language);
    return p.label ? `${p.label} ${a}` : a;
  });
  const sign = shown.addsUp ? '=' : '≈';
  return `${amount(shown.total, shown.totalDigits)} ${sign} ${terms.join(' + ')}`;
}

/**
 * "1,582 t CO2e = coal 766 t × 14.2 GJ/t × 0.101 t CO2e/GJ": the explanation's arithmetic with
 * words and rounded numbers, or null when it has no plain form (the formula then stands alone).
 */
export function readableText(
  e: Explanation,
  shown: ShownExplanation,
  language: Language,
  texts: ExplainTexts,
): string | null {
  const line = readableLine(e);
  if (!line || e.result === null) return null;
  const unit = (u: string) => unitWords(u, language, texts);
  const amount = (v: number, u: string) => `${readableNumber(v, language)} ${unit(u)}`.trim();
  const term = (t: { value: number; unit: string; input?: number }, named: boolean) => {
    const label = t.input !== undefined && named ? shown.inputs[t.input]?.label.text : undefined;
    return label ? `${label} ${amount(t.value, t.unit)}` : amount(t.value, t.unit);
  };
  const result = amount(e.result, e.unit);
  switch (line.kind) {
    case 'sum':
      return sumText(
        line.terms.map((t) => ({
          label: t.input === undefined ? undefined : shown.inputs[t.input]?.label.text,
          value: t.value,
        })),
        unit(e.unit),
        language,
      );
    case 'ratio': {
      const [a, b] = line.terms;
      const scaled = line.scale === 1 ? '' : ` × ${readableNumber(line.scale, language)}`;
      return `${result} = ${term(a, true)}${scaled} ÷ ${term(b, true)}`;
    }
    case 'asEntered':
      return `${result} = ${term(line.terms[0], true)}`;
    case 'product':
      return `${result} = ${line.terms.map((t, k) => term(t, k === 0)).join(' × ')}`;
  }
}
