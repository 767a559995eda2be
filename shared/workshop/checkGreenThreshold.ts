import type { CriteriaPack } from '../catalogue/types';
import { scorePackage } from '../engine/scorePackage';
import { explained } from '../explain/build';
import type { Explained } from '../explain/types';
import { factorsFor } from '../factors/resolve';
import type { ApplicationPackage, ProjectFigures } from '../package/schema';
import type { GreenCriterionResult } from '../scoring/green';
import { figureMetrics } from '../scoring/greenFigures';

/** Projected changes in percent of the 12-month baseline (−25 = a quarter less). */
export interface ProjectChange {
  electricityPct: number;
  heatPct: number;
  coalPct: number;
}

export type ChangeField = keyof ProjectChange;

/**
 * The largest change one retrofit project can credibly claim for a carrier, either way: an
 * illustrative default [D] (editable) so the exercise cannot be won by typing −100%.
 */
export const CREDIBLE_CHANGE_PCT = 60;

/** The green criterion the exercise is judged by: specific energy use cut by ≥ threshold. */
export const ENERGY_CRITERION_ID = 'GC-EE-1';

export interface GreenThresholdCheck {
  pass: boolean;
  /** Changes beyond ±CREDIBLE_CHANGE_PCT or not finite. */
  notCredible: ChangeField[];
  thresholdPct: number;
  /** The engine's specific energy reduction with its explanation. */
  reduction: Explained;
  criterion: GreenCriterionResult | undefined;
}

const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The package with its project's projected figures replaced by baseline × (1 + change). */
export function withProjectedChange(
  pkg: ApplicationPackage,
  change: ProjectChange,
): ApplicationPackage {
  const project = pkg.project;
  if (!project) return pkg;
  const b = project.baseline;
  const projected: ProjectFigures = {
    ...project.projected,
    productionKg: b.productionKg,
    electricityKwh: round(b.electricityKwh * (1 + change.electricityPct / 100)),
    heatGcal: round(b.heatGcal * (1 + change.heatPct / 100), 1),
    coalT: round(b.coalT * (1 + change.coalPct / 100), 1),
    dieselL: b.dieselL,
    waterM3: b.waterM3,
  };
  // Energy cost follows the energy saved so that payback stays meaningful.
  if (b.energyCostMnt !== undefined) {
    const f = factorsFor(pkg.factorOverrides);
    const before = figureMetrics(b, f).energyKwhEq;
    const after = figureMetrics(projected, f).energyKwhEq;
    projected.energyCostMnt =
      before > 0 ? round((b.energyCostMnt * after) / before, -3) : b.energyCostMnt;
  }
  return { ...pkg, project: { ...project, projected } };
}

export function energyThresholdPct(pack: CriteriaPack): number {
  return pack.greenCriteria.find((c) => c.id === ENERGY_CRITERION_ID)?.threshold ?? 20;
}

/** Passes when every change is credible and the engine's reduction reaches the pack's threshold. */
export function checkGreenThreshold(
  pkg: ApplicationPackage,
  pack: CriteriaPack,
  change: ProjectChange,
): GreenThresholdCheck {
  const notCredible = (Object.keys(change) as ChangeField[]).filter(
    (k) => !Number.isFinite(change[k]) || Math.abs(change[k]) > CREDIBLE_CHANGE_PCT,
  );
  const thresholdPct = energyThresholdPct(pack);
  const safe: ProjectChange = {
    electricityPct: Number.isFinite(change.electricityPct) ? change.electricityPct : 0,
    heatPct: Number.isFinite(change.heatPct) ? change.heatPct : 0,
    coalPct: Number.isFinite(change.coalPct) ? change.coalPct : 0,
  };
  const green = scorePackage(withProjectedChange(pkg, safe), pack).green;
  const reduction: Explained =
    green?.specificEnergyReductionPct ??
    explained(null, {
      formula: 'no green project in this package',
      formulaKey: 'green.noProject',
      criteria: [ENERGY_CRITERION_ID],
      unit: '%',
    });
  const value = reduction.value;
  return {
    pass: notCredible.length === 0 && value !== null && value >= thresholdPct,
    notCredible,
    thresholdPct,
    reduction,
    criterion: green?.criteria.find((c) => c.id === ENERGY_CRITERION_ID),
  };
}
