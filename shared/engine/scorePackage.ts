import { prepareIndicators } from '../calc/periods';
import type { CriteriaPack } from '../catalogue/types';
import { factorsFor } from '../factors/resolve';
import { packageDay } from '../package/calendarDay';
import type { ApplicationPackage } from '../package/schema';
import { screenEs } from '../scoring/es';
import { assessGreen } from '../scoring/green';
import { baselineFromPeriods } from '../scoring/greenBaseline';
import { scoreVcp } from '../scoring/vcp';
import { womenLed } from '../scoring/womenLed';
import { judgeData } from './dataVerdicts';
import type { PackageResults, ScoreOptions } from './types';

export const ENGINE_VERSION = '1.0.0';

/**
 * Scores one application package against a criteria pack: indicators by period and year, VCP,
 * E&S screening, green eligibility and the women-led flag, each with its explanation.
 * Pure and deterministic: the same package, pack and options always give the same result (no
 * clock is read; asOf defaults to the day the package was created, in the bank's zone).
 */
export function scorePackage(
  pkg: ApplicationPackage,
  pack: CriteriaPack,
  options: ScoreOptions = {},
): PackageResults {
  const asOf = options.asOf ?? packageDay(pkg);
  const signingDate = options.signingDate ?? asOf;
  const f = factorsFor(pkg.factorOverrides);
  const processes = pkg.organisation.processes;

  // Indicators by period and year are built when first read (see prepareIndicators).
  const prepared = prepareIndicators(pkg.periods, processes, f);
  const indicators = prepared.results;
  const outliers: PackageResults['outliers'] = [];
  const issues: PackageResults['issues'] = [];
  for (const n of prepared.normalised) {
    for (const o of n.outliers) outliers.push(o);
    for (const i of n.issues)
      issues.push({ metricId: i.metricId, message: i.message, period: n.period });
  }
  const women = womenLed(pkg.organisation, prepared.latestWomenSharePct());

  // Data before declarations: what the firm's own records decide overrides what it declared.
  const { documents, held, data } = judgeData(pkg, pack, prepared.normalised, asOf);
  const vcp = scoreVcp(pack, processes, pkg.vcp, data);
  const es = screenEs(pkg, pack, { asOf, signingDate, documents, data });
  const green = pkg.project
    ? assessGreen(
        pkg.project,
        pack,
        es,
        f,
        women,
        baselineFromPeriods(pkg.periods, processes, f, prepared.normalisedOf),
      )
    : null;

  return {
    engineVersion: ENGINE_VERSION,
    packId: pack.id,
    packVersion: pack.version,
    packMatches: pkg.packId === pack.id && pkg.packVersion === pack.version,
    asOf,
    signingDate,
    factors: {
      setId: f.set.id,
      gridTco2PerMwh: f.gridTco2PerMwh,
      heatSupplyEfficiency: f.heatSupplyEfficiency,
      heatTco2PerGcal: f.heatTco2PerGcal,
      coalNcvKcalPerKg: f.coalNcvKcalPerKg,
      overridden: f.set.id !== 'FACTORS_V1',
    },
    indicators,
    outliers,
    issues,
    vcp,
    es,
    green,
    womenLed: women,
    dataSays: held.map((h) => ({
      linkId: h.link.id,
      fact: h.link.fact,
      key: h.key,
      params: h.params,
      words: h.words,
    })),
    contradictions: [...vcp.contradictions, ...es.contradictions],
  };
}
