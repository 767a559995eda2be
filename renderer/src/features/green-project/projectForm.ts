import type { GreenProject, ProjectFigures } from '../../../../shared/package/schema';

export const FIGURE_FIELDS = [
  'productionKg',
  'electricityKwh',
  'heatGcal',
  'coalT',
  'coalNcvKcalPerKg',
  'dieselL',
  'waterM3',
  'energyCostMnt',
] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];
export type FiguresText = Record<FigureField, string>;

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

/** "" = empty; null = not a number; spaces, thin spaces and thousands commas are ignored. */
export function parseNumber(text: string): number | '' | null {
  const clean = text.replace(/[\s\u202f\u00a0,₮]/g, '');
  if (clean === '') return '';
  const n = Number(clean);
  return Number.isFinite(n) ? n : null;
}

export function figuresToText(f: ProjectFigures | undefined): FiguresText {
  const s = (n: number | undefined) => (n === undefined ? '' : String(Math.round(n * 1000) / 1000));
  return {
    productionKg: s(f?.productionKg),
    electricityKwh: s(f?.electricityKwh),
    heatGcal: s(f?.heatGcal),
    coalT: s(f?.coalT),
    coalNcvKcalPerKg: s(f?.coalNcvKcalPerKg),
    dieselL: s(f?.dieselL),
    waterM3: s(f?.waterM3),
    energyCostMnt: s(f?.energyCostMnt),
  };
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
    else if (field === 'coalNcvKcalPerKg' && n !== '' && (n < 1000 || n > 8000))
      errors[key] = 'range';
    if (n === null || n === '' || n < 0) continue;
    if (field === 'coalNcvKcalPerKg' && (n < 1000 || n > 8000)) continue;
    out[field] = n;
  }
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
