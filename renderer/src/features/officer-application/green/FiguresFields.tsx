import { useTranslation } from 'react-i18next';
import type { ProjectFigures } from '../../../../../shared/package/schema';
import { parseNumber } from '../../../../../shared/units/parseNumber';

export const FIGURE_FIELDS = [
  'productionKg',
  'electricityKwh',
  'heatGcal',
  'coalT',
  'dieselL',
  'waterM3',
] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];
export type FigureDraft = Record<FigureField, string>;

export function draftOf(f: ProjectFigures): FigureDraft {
  return Object.fromEntries(FIGURE_FIELDS.map((k) => [k, String(f[k])])) as FigureDraft;
}

/** A required figure by the one shared reading (shared/units/parseNumber); null if empty or invalid. */
export function requiredNumber(s: string): number | null {
  const r = parseNumber(s);
  return r.ok ? r.value : null;
}

/** The draft applied to `base` (keeping its other fields), or null when a number is invalid. */
export function figuresFrom(draft: FigureDraft, base: ProjectFigures): ProjectFigures | null {
  const next: ProjectFigures = { ...base };
  for (const k of FIGURE_FIELDS) {
    const n = requiredNumber(draft[k]);
    if (n === null) return null;
    next[k] = n;
  }
  return next;
}

/** Six annual figures as labelled number inputs (one column of the inputs table). */
export function FiguresFields({
  legend,
  draft,
  onChange,
}: {
  legend: string;
  draft: FigureDraft;
  onChange: (next: FigureDraft) => void;
}) {
  const { t } = useTranslation(['officer', 'common']);
  return (
    <fieldset className="figures">
      <legend>{legend}</legend>
      {FIGURE_FIELDS.map((k) => (
        <label key={k}>
          {t(`green.figure.${k}`)}
          <input
            inputMode="decimal"
            value={draft[k]}
            aria-invalid={requiredNumber(draft[k]) === null}
            onChange={(e) => onChange({ ...draft, [k]: e.target.value })}
          />
        </label>
      ))}
    </fieldset>
  );
}
