import type { GreenCriterion, GreenCriterionKind, Text } from '../catalogue/types';
import { explained } from '../explain/build';
import type { Explained, ExplanationInput } from '../explain/types';
import type { GreenProject } from '../package/schema';
import type { EsResult } from './es';
import type { WomenLedResult } from './womenLed';

export interface GreenCriterionResult {
  id: string;
  kind: GreenCriterionKind;
  role: GreenCriterion['role'];
  title: Text;
  measured: number | boolean | null;
  unit: string;
  threshold: number;
  /** null when not applicable (no data for it). */
  pass: boolean | null;
  applicable: boolean;
  /** Its kind can qualify a project in the project's taxonomy category. */
  qualifying: boolean;
  explanation: Explained;
}

export interface CriterionContext {
  project: GreenProject;
  es: EsResult;
  women: WomenLedResult;
  energyRed: Explained;
  co2Red: Explained;
  waterRed: Explained;
  payback: Explained;
  qualifyingKinds: readonly GreenCriterionKind[];
}

const num = (label: string, value: number | null, unit: string, ref: string): ExplanationInput => ({
  label,
  value,
  unit,
  ref,
});

interface Measured {
  measured: number | boolean | null;
  unit: string;
  pass: boolean | null;
  e: Explained;
}

function atLeast(c: GreenCriterion, v: number | null, unit: string, e: Explained): Measured {
  return { measured: v, unit, pass: v === null ? null : v >= c.threshold, e };
}

function given(c: GreenCriterion, v: number | undefined, label: string, ref: string): Explained {
  return explained(v ?? null, {
    formula: `${label} as stated by the project (≥ ${c.threshold} %)`,
    inputs: [num(label, v ?? null, '%', ref)],
    criteria: [c.id],
    unit: '%',
  });
}

/**
 * One green criterion against the project. "At least" kinds pass when measured ≥ threshold;
 * payback passes when ≤ threshold; a criterion with no data is not applicable (pass null).
 */
export function evaluateCriterion(c: GreenCriterion, ctx: CriterionContext): GreenCriterionResult {
  const { project, es, women, energyRed, co2Red, waterRed, payback, qualifyingKinds } = ctx;
  const gate =
    !es.exclusion.excluded &&
    es.unresolvedHighFindings.length === 0 &&
    es.permitProblems.length === 0;
  let r: Measured;
  switch (c.kind) {
    case 'energy_intensity_reduction':
      r = atLeast(c, energyRed.value, '%', energyRed);
      break;
    case 'co2_reduction':
      r = atLeast(c, co2Red.value, '%', co2Red);
      break;
    case 'water_intensity_reduction':
      r = atLeast(c, waterRed.value, '%', waterRed);
      break;
    case 'equipment_ghg_reduction':
      r = atLeast(
        c,
        project.equipmentGhgReductionPct ?? null,
        '%',
        given(
          c,
          project.equipmentGhgReductionPct,
          'Equipment GHG reduction',
          'project.equipmentGhgReductionPct',
        ),
      );
      break;
    case 'apeo_substitution':
      r = atLeast(
        c,
        project.apeoSubstitutionPct ?? null,
        '%',
        given(
          c,
          project.apeoSubstitutionPct,
          'APEO/NPEO substitution',
          'project.apeoSubstitutionPct',
        ),
      );
      break;
    case 'waste_reuse':
      r = atLeast(
        c,
        project.wasteReusedPct ?? null,
        '%',
        given(c, project.wasteReusedPct, 'Waste reused or recycled', 'project.wasteReusedPct'),
      );
      break;
    case 'renewable': {
      const kwh = project.renewableKwhPerYear ?? null;
      const e = explained(kwh, {
        formula: 'renewable kWh/yr for own use > 0 (and ≥ threshold)',
        inputs: [num('Renewable generation', kwh, 'kWh/yr', 'project.renewableKwhPerYear')],
        criteria: [c.id],
        unit: 'kWh/yr',
      });
      r = {
        measured: kwh,
        unit: 'kWh/yr',
        pass: kwh === null ? null : kwh > 0 && kwh >= c.threshold,
        e,
      };
      break;
    }
    case 'effluent_compliance': {
      const v = project.effluentCompliantByLabTest;
      const e = explained(v === undefined ? null : v ? 1 : 0, {
        formula: 'effluent compliance demonstrated by an accredited lab test',
        inputs: [
          {
            label: 'Lab test shows compliance',
            value: v === undefined ? null : String(v),
            unit: '',
            ref: 'project.effluentCompliantByLabTest',
          },
        ],
        criteria: [c.id],
        unit: 'flag',
      });
      r = { measured: v ?? null, unit: '', pass: v ?? null, e };
      break;
    }
    case 'payback': {
      const applicable = project.investmentMnt > 0;
      r = {
        measured: payback.value,
        unit: 'years',
        pass: applicable ? payback.value !== null && payback.value <= c.threshold : null,
        e: payback,
      };
      break;
    }
    case 'es_gate': {
      const e = explained(gate ? 1 : 0, {
        formula:
          'not excluded AND no unresolved high-severity finding AND no missing/expired required permit',
        inputs: [
          {
            label: 'Excluded',
            value: String(es.exclusion.excluded),
            unit: '',
            ref: 'es.exclusion',
          },
          num(
            'Unresolved high findings',
            es.unresolvedHighFindings.length,
            'count',
            es.unresolvedHighFindings.join(',') || 'es.findings',
          ),
          num(
            'Permit problems',
            es.permitProblems.length,
            'count',
            es.permitProblems.join(',') || 'es.documents',
          ),
        ],
        criteria: [c.id, ...es.unresolvedHighFindings, ...es.permitProblems],
        unit: 'flag',
      });
      r = { measured: gate, unit: '', pass: gate, e };
      break;
    }
    case 'women_led':
      r = { measured: women.flag, unit: '', pass: women.flag, e: women.detail };
      break;
  }
  return {
    id: c.id,
    kind: c.kind,
    role: c.role,
    title: c.title,
    measured: r.measured,
    unit: r.unit,
    threshold: c.threshold,
    pass: r.pass,
    applicable: r.pass !== null,
    qualifying: c.role === 'criterion' && qualifyingKinds.includes(c.kind),
    explanation: r.e,
  };
}
