import type { CriteriaPack } from '../catalogue/types';
import { explained, keyedInput } from '../explain/build';
import type {
  Explained,
  ExplanationFactor,
  ExplanationInput,
  ExplanationParams,
} from '../explain/types';
import type { ResolvedFactors } from '../factors/resolve';
import type { GreenDecision } from '../package/enums';
import type { GreenProject } from '../package/schema';
import type { EsResult } from './es';
import { PRICE_FACTORS, figureMetrics, reductionPct, type FigureMetrics } from './greenFigures';
import { indexPack } from './packIndex';
import type { WomenLedResult } from './womenLed';
import {
  evaluateCriterion,
  type CriterionContext,
  type GreenCriterionResult,
} from './greenCriteria';

export type { GreenCriterionResult } from './greenCriteria';

export interface GreenResult {
  title: string;
  taxonomyCode: string;
  taxonomyKnown: boolean;
  measureKnown: boolean;
  /** "verified": measured figures after installation replaced the projected ones. */
  basis: 'projected' | 'verified';
  baseline: FigureMetrics;
  after: FigureMetrics;
  specificEnergyReductionPct: Explained;
  co2ReductionPct: Explained;
  waterIntensityReductionPct: Explained;
  co2AvoidedTPerYear: Explained;
  mntSavedPerYear: Explained;
  paybackYears: Explained;
  criteria: GreenCriterionResult[];
  gatesPassed: boolean;
  blockingGates: string[];
  qualifyingPassed: string[];
  eligible: boolean;
  suggestedDecision: GreenDecision;
  womenLed: WomenLedResult;
}

const num = (
  label: string,
  value: number | null,
  unit: string,
  ref: string,
  labelKey: string,
  labelParams?: ExplanationParams,
): ExplanationInput => keyedInput(label, value, unit, ref, labelKey, labelParams);

export function assessGreen(
  project: GreenProject,
  pack: CriteriaPack,
  es: EsResult,
  f: ResolvedFactors,
  women: WomenLedResult,
): GreenResult {
  const idx = indexPack(pack);
  const category = idx.taxonomyByCode.get(project.taxonomyCode);
  const qualifyingKinds = category?.qualifyingKinds ?? [];
  const basis = project.verification ? 'verified' : 'projected';
  const afterFig = project.verification?.measured ?? project.projected;
  const base = figureMetrics(project.baseline, f);
  const after = figureMetrics(afterFig, f);
  const afterLabel = basis === 'verified' ? 'verified' : 'projected';
  const afterBasis = { basis: afterLabel };

  const useIntensity = base.co2KgPerKg !== null && after.co2KgPerKg !== null;
  const energyRed = explained(
    reductionPct(base.specificEnergyKwhPerKg, after.specificEnergyKwhPerKg),
    {
      formula: '(baseline kWh-eq/kg − new kWh-eq/kg) ÷ baseline × 100',
      formulaKey: 'green.energyReduction',
      inputs: [
        num(
          'Baseline specific energy',
          base.specificEnergyKwhPerKg,
          'kWh/kg',
          'project.baseline',
          'green.baselineEnergy',
        ),
        num(
          `Specific energy (${afterLabel})`,
          after.specificEnergyKwhPerKg,
          'kWh/kg',
          `project.${afterLabel}`,
          'green.energy',
          afterBasis,
        ),
      ],
      factors: [f.cite['grid.ef'], f.cite['coal.default_ncv']].filter(
        (x): x is ExplanationFactor => x !== undefined,
      ),
      unit: '%',
    },
  );
  const co2Red = explained(
    useIntensity
      ? reductionPct(base.co2KgPerKg, after.co2KgPerKg)
      : reductionPct(base.co2T, after.co2T),
    {
      formula: useIntensity
        ? '(baseline kgCO2e/kg − new) ÷ baseline × 100'
        : '(baseline tCO2e − new) ÷ baseline × 100 (no production figure)',
      formulaKey: useIntensity ? 'green.co2ReductionIntensity' : 'green.co2ReductionTotal',
      inputs: useIntensity
        ? [
            num(
              'Baseline CO2 intensity',
              base.co2KgPerKg,
              'kgCO2e/kg',
              'project.baseline',
              'green.baselineCo2Intensity',
            ),
            num(
              `CO2 intensity (${afterLabel})`,
              after.co2KgPerKg,
              'kgCO2e/kg',
              `project.${afterLabel}`,
              'green.co2Intensity',
              afterBasis,
            ),
          ]
        : [
            num('Baseline CO2', base.co2T, 'tCO2e', 'project.baseline', 'green.baselineCo2'),
            num(
              `CO2 (${afterLabel})`,
              after.co2T,
              'tCO2e',
              `project.${afterLabel}`,
              'green.co2',
              afterBasis,
            ),
          ],
      factors: [
        f.cite['grid.ef'],
        f.cite['heat.ef'],
        f.cite['fuel.lignite.co2'],
        f.cite['fuel.diesel.co2'],
      ].filter((x): x is ExplanationFactor => x !== undefined),
      unit: '%',
    },
  );
  const waterRed = explained(reductionPct(base.waterLPerKg, after.waterLPerKg), {
    formula: '(baseline L/kg − new L/kg) ÷ baseline × 100',
    formulaKey: 'green.waterReduction',
    inputs: [
      num(
        'Baseline water intensity',
        base.waterLPerKg,
        'L/kg',
        'project.baseline.waterM3',
        'green.baselineWater',
      ),
      num(
        `Water intensity (${afterLabel})`,
        after.waterLPerKg,
        'L/kg',
        `project.${afterLabel}.waterM3`,
        'green.water',
        afterBasis,
      ),
    ],
    unit: '%',
  });
  const co2Avoided = explained(base.co2T - after.co2T, {
    formula: 'baseline tCO2e/yr − new tCO2e/yr',
    formulaKey: 'green.co2Avoided',
    inputs: [
      num('Baseline CO2', base.co2T, 'tCO2e/yr', 'project.baseline', 'green.baselineCo2'),
      num(
        `CO2 (${afterLabel})`,
        after.co2T,
        'tCO2e/yr',
        `project.${afterLabel}`,
        'green.co2',
        afterBasis,
      ),
    ],
    unit: 'tCO2e/yr',
  });
  const stated = base.statedCostMnt !== null && after.statedCostMnt !== null;
  const saved = stated
    ? (base.statedCostMnt ?? 0) - (after.statedCostMnt ?? 0)
    : base.hintedCostMnt - after.hintedCostMnt;
  const mntSaved = explained(saved, {
    formula: stated
      ? 'baseline cost − new cost (energy + water, as stated)'
      : 'Σ (baseline − new quantity) × price hint',
    formulaKey: stated ? 'green.savingsStated' : 'green.savingsHinted',
    inputs: stated
      ? [
          num(
            'Baseline cost',
            base.statedCostMnt,
            'MNT/yr',
            'project.baseline.energyCostMnt',
            'green.baselineCost',
          ),
          num(
            'New cost',
            after.statedCostMnt,
            'MNT/yr',
            `project.${afterLabel}.energyCostMnt`,
            'green.newCost',
          ),
        ]
      : [
          num(
            'Baseline cost at price hints',
            base.hintedCostMnt,
            'MNT/yr',
            'project.baseline',
            'green.baselineCostHinted',
          ),
          num(
            'New cost at price hints',
            after.hintedCostMnt,
            'MNT/yr',
            `project.${afterLabel}`,
            'green.newCostHinted',
          ),
        ],
    factors: stated ? [] : PRICE_FACTORS,
    unit: 'MNT/yr',
  });
  const payback = explained(saved > 0 ? project.investmentMnt / saved : null, {
    formula: saved > 0 ? 'investment ÷ annual savings' : 'no annual savings: payback not reached',
    formulaKey: saved > 0 ? 'green.payback' : 'green.noPayback',
    inputs: [
      num('Investment', project.investmentMnt, 'MNT', 'project.investmentMnt', 'green.investment'),
      num('Annual savings', saved, 'MNT/yr', 'green.mntSaved', 'green.annualSavings'),
    ],
    unit: 'years',
  });

  const ctx: CriterionContext = {
    project,
    es,
    women,
    energyRed,
    co2Red,
    waterRed,
    payback,
    qualifyingKinds,
  };
  const criteria = pack.greenCriteria.map((c) => evaluateCriterion(c, ctx));

  const blockingGates = criteria
    .filter((c) => c.role === 'gate' && c.applicable && c.pass !== true)
    .map((c) => c.id);
  const qualifyingPassed = criteria.filter((c) => c.qualifying && c.pass === true).map((c) => c.id);
  const eligible =
    category !== undefined && blockingGates.length === 0 && qualifyingPassed.length > 0;
  return {
    title: project.title,
    taxonomyCode: project.taxonomyCode,
    taxonomyKnown: category !== undefined,
    measureKnown: idx.measuresById.has(project.measure),
    basis,
    baseline: base,
    after,
    specificEnergyReductionPct: energyRed,
    co2ReductionPct: co2Red,
    waterIntensityReductionPct: waterRed,
    co2AvoidedTPerYear: co2Avoided,
    mntSavedPerYear: mntSaved,
    paybackYears: payback,
    criteria,
    gatesPassed: blockingGates.length === 0,
    blockingGates,
    qualifyingPassed,
    eligible,
    suggestedDecision: !eligible
      ? 'not_eligible'
      : basis === 'verified'
        ? 'eligible'
        : 'eligible_subject_to_verification',
    womenLed: women,
  };
}
