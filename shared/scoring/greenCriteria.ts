import type { GreenCriterion, GreenCriterionKind, Text } from '../catalogue/types';
import { explained, keyedInput } from '../explain/build';
import type { Explained } from '../explain/types';
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

interface Measured {
  measured: number | boolean | null;
  unit: string;
  pass: boolean | null;
  e: Explained;
}

function atLeast(c: GreenCriterion, v: number | null, unit: string, e: Explained): Measured {
  return { measured: v, unit, pass: v === null ? null : v >= c.threshold, e };
}

/** `key` names the figure's wording in Explanation.formulaKey and the input's labelKey. */
function given(
  c: GreenCriterion,
  v: number | undefined,
  label: string,
  ref: string,
  key: string,
): Explained {
  return explained(v ?? null, {
    formula: `${label} as stated by the project (≥ ${c.threshold} %)`,
    formulaKey: `green.stated.${key}`,
    formulaParams: { threshold: c.threshold },
    inputs: [keyedInput(label, v ?? null, '%', ref, `green.${key}`)],
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
          'equipmentGhg',
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
          'apeoSubstitution',
        ),
      );
      break;
    case 'waste_reuse':
      r = atLeast(
        c,
        project.wasteReusedPct ?? null,
        '%',
        given(
          c,
          project.wasteReusedPct,
          'Waste reused or recycled',
          'project.wasteReusedPct',
          'wasteReused',
        ),
      );
      break;
    case 'renewable': {
      const kwh = project.renewableKwhPerYear ?? null;
      const e = explained(kwh, {
        formula: 'renewable kWh/yr for own use > 0 (and ≥ threshold)',
        formulaKey: 'green.renewable',
        inputs: [
          keyedInput(
            'Renewable generation',
            kwh,
            'kWh/yr',
            'project.renewableKwhPerYear',
            'green.renewableGeneration',
          ),
        ],
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
        formulaKey: 'green.effluent',
        inputs: [
          keyedInput(
            'Lab test shows compliance',
            v === undefined ? null : String(v),
            '',
            'project.effluentCompliantByLabTest',
            'green.labTest',
          ),
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
        formulaKey: 'green.esGate',
        inputs: [
          keyedInput(
            'Excluded',
            String(es.exclusion.excluded),
            '',
            'es.exclusion',
            'green.excluded',
          ),
          keyedInput(
            'Unresolved high findings',
            es.unresolvedHighFindings.length,
            'count',
            es.unresolvedHighFindings.join(',') || 'es.findings',
            'green.unresolvedHighFindings',
          ),
          keyedInput(
            'Permit problems',
            es.permitProblems.length,
            'count',
            es.permitProblems.join(',') || 'es.documents',
            'green.permitProblems',
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
