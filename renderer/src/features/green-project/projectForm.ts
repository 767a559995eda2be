import { COAL_TYPES, type CoalType } from '../../../../shared/package/enums';
import type { GreenProject, ProjectFigures } from '../../../../shared/package/schema';
import { ncvInRange } from '../../../../shared/units/energy';
import { parseNumber as parseShared } from '../../../../shared/units/parseNumber';

/** Number fields, one row each; every carrier of the monthly records has one (carriers.ts). */
export const FIGURE_FIELDS = [
  'productionKg',
  'electricityKwh',
  'solarKwh',
  'heatGcal',
  'steamT',
  'coalT',
  'coalNcvKcalPerKg',
  'briquettesT',
  'briquettesNcvKcalPerKg',
  'dieselL',
  'gasolineL',
  'lpgKg',
  'waterM3',
  'energyCostMnt',
] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];
/** The numbers as typed, plus the coal type ("" = not chosen, read as lignite). */
export type FiguresText = Record<FigureField, string> & { coalType: string };

/** Absent from a project when left empty; the others count as 0. */
const OPTIONAL: ReadonlySet<FigureField> = new Set<FigureField>([
  'solarKwh',
  'steamT',
  'coalNcvKcalPerKg',
  'briquettesT',
  'briquettesNcvKcalPerKg',
  'gasolineL',
  'lpgKg',
  'energyCostMnt',
]);
const NCV: ReadonlySet<FigureField> = new Set<FigureField>([
  'coalNcvKcalPerKg',
  'briquettesNcvKcalPerKg',
]);

function isCoalType(x: string): x is CoalType {
  return (COAL_TYPES as readonly string[]).includes(x);
}

export const EXTRA_FIELDS = [
  'equipmentGhgReductionPct',
  'renewableKwhPerYear',
  'apeoSubstitutionPct',
  'wasteReusedPct',
] as const;
export type ExtraField = (typeof EXTRA_FIELDS)[number];

/** What the user is editing: numbers as typed, so "1 200,5" or "" never loses a keystroke. */
export interface ProjectForm {
  title: string;
  measure: string;
  taxonomyCode: string;
  equipment: string;
  investmentMnt: string;
  lifetimeYears: string;
  baseline: FiguresText;
  projected: FiguresText;
  extra: Record<ExtraField, string>;
  effluentCompliantByLabTest: boolean | null;
}

/** "" = empty; null = not a number; -1 = negative (shared/units/parseNumber is the one rule). */
function parseNumber(text: string): number | '' | null {
  const r = parseShared(text);
  if (!r.ok) return r.error === 'negative' ? -1 : null;
  return r.value === null ? '' : r.value;
}

export function figuresToText(f: ProjectFigures | undefined): FiguresText {
  const s = (n: number | undefined) => (n === undefined ? '' : String(Math.round(n * 1000) / 1000));
  const out = { coalType: f?.coalType ?? '' } as FiguresText;
  for (const field of FIGURE_FIELDS) out[field] = s(f?.[field]);
  return out;
}

export type FieldErrors = Partial<Record<string, 'notANumber' | 'negative' | 'required' | 'range'>>;

function figures(text: FiguresText, prefix: string, errors: FieldErrors): ProjectFigures {
  const out: ProjectFigures = {
    productionKg: 0,
    electricityKwh: 0,
    heatGcal: 0,
    coalT: 0,
    dieselL: 0,
    waterM3: 0,
  };
  for (const field of FIGURE_FIELDS) {
    const n = parseNumber(text[field]);
    const key = `${prefix}.${field}`;
    if (n === null) errors[key] = 'notANumber';
    else if (n !== '' && n < 0) errors[key] = 'negative';
    else if (NCV.has(field) && n !== '' && !ncvInRange(n)) errors[key] = 'range';
    if (n === null || n === '' || n < 0 || errors[key]) continue;
    if (n === 0 && OPTIONAL.has(field)) continue;
    out[field] = n;
  }
  if (isCoalType(text.coalType)) out.coalType = text.coalType;
  return out;
}

/** The form as a GreenProject the engine can score, plus the fields that need fixing. */
export function formToProject(form: ProjectForm): { project: GreenProject; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const num = (key: string, text: string, fallback: number): number => {
    const n = parseNumber(text);
    if (n === null) errors[key] = 'notANumber';
    else if (n === '') {
      if (fallback < 0) errors[key] = 'required';
    } else if (n < 0) errors[key] = 'negative';
    return typeof n === 'number' && n >= 0 ? n : Math.max(fallback, 0);
  };
  // Lifetime is needed; an empty investment counts as 0 (payback then "not applicable").
  const lifetime = num('lifetimeYears', form.lifetimeYears, -1);
  if (!errors.lifetimeYears && (lifetime < 1 || lifetime > 50)) errors.lifetimeYears = 'range';
  const project: GreenProject = {
    title: form.title.trim(),
    measure: form.measure,
    taxonomyCode: form.taxonomyCode,
    investmentMnt: num('investmentMnt', form.investmentMnt, 0),
    lifetimeYears: Math.min(50, Math.max(1, lifetime)),
    baseline: figures(form.baseline, 'baseline', errors),
    projected: figures(form.projected, 'projected', errors),
  };
  if (project.title === '') errors.title = 'required';
  if (form.equipment.trim() !== '') project.equipment = form.equipment.trim();
  for (const field of EXTRA_FIELDS) {
    const n = parseNumber(form.extra[field]);
    if (n === '') continue;
    if (n === null) errors[field] = 'notANumber';
    else if (n < 0) errors[field] = 'negative';
    else if (field !== 'renewableKwhPerYear' && n > 100) errors[field] = 'range';
    else project[field] = n;
  }
  if (form.effluentCompliantByLabTest !== null) {
    project.effluentCompliantByLabTest = form.effluentCompliantByLabTest;
  }
  return { project, errors };
}

export function projectToForm(p: GreenProject): ProjectForm {
  const s = (n: number | undefined) => (n === undefined ? '' : String(n));
  return {
    title: p.title,
    measure: p.measure,
    taxonomyCode: p.taxonomyCode,
    equipment: p.equipment ?? '',
    investmentMnt: s(p.investmentMnt),
    lifetimeYears: s(p.lifetimeYears),
    baseline: figuresToText(p.baseline),
    projected: figuresToText(p.projected),
    extra: {
      equipmentGhgReductionPct: s(p.equipmentGhgReductionPct),
      renewableKwhPerYear: s(p.renewableKwhPerYear),
      apeoSubstitutionPct: s(p.apeoSubstitutionPct),
      wasteReusedPct: s(p.wasteReusedPct),
    },
    effluentCompliantByLabTest: p.effluentCompliantByLabTest ?? null,
  };
}
