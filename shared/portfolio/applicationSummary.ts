// What the portfolio lists of one application, computed from what the application stores: the
// organisation's data with the officer's screening, the criteria pack it is scored with and the
// loan terms. One rule for the application page, the stored portfolio row and the refresh that
// follows every write, so the portfolio never shows what a screen last happened to score.
import type { CriteriaPack } from '../catalogue/types';
import { scorePackage } from '../engine/scorePackage';
import type { PackageResults } from '../engine/types';
import type { EsapDueInput } from '../monitoring/due';
import { monitoringSchedule, type MonitoringItem } from '../officer-record/monitoring';
import type { GreenDecision, RiskCategory } from '../package/enums';
import type { ApplicationPackage } from '../package/schema';
import { isScreened } from './screened';

/** The tenor assumed until the officer sets one. */
export const DEFAULT_TERM_YEARS = 3;

export interface SummaryTerms {
  signingDate?: string;
  termYears?: number;
}

/** The portfolio's view of one application, as stored on its row. */
export interface ApplicationSummary {
  /** The officer's category; absent until the officer has screened ("not screened"). */
  category?: RiskCategory;
  /** The engine's suggestion, kept apart from the officer's category. */
  suggestedCategory: RiskCategory;
  /** Findings in the officer's screening; absent until screened. */
  findings?: number;
  /** The officer's green decision and taxonomy code, once decided. */
  greenDecision?: GreenDecision;
  taxonomyCode?: string;
  /** tCO2e a year the green project avoids; absent without a project or a figure. */
  co2AvoidedT?: number;
  /** Generated once screened and signed: monitoring starts at signing. */
  generatedSchedule?: MonitoringItem[];
  /** The ESAP items (covenants and conditions precedent among them) the due dates read. */
  esapDue: EsapDueInput[];
}

/** The schedule the screening and terms generate, counted from `from` (signing, else today). */
export function generatedScheduleOf(
  pkg: ApplicationPackage,
  results: PackageResults,
  from: string,
  termYears: number,
): MonitoringItem[] {
  const es = results.es;
  return monitoringSchedule(
    es.finalCategory,
    from,
    termYears,
    pkg.actions
      .filter((a) => a.source.kind === 'es' && a.status !== 'done' && a.status !== 'cancelled')
      .flatMap((a) => (a.deadline ? [a.deadline] : [])),
    es.documents.flatMap((d) =>
      d.expiresOn && d.permitKind ? [{ ref: d.id, expiresOn: d.expiresOn }] : [],
    ),
  );
}

export function applicationSummary(
  pkg: ApplicationPackage,
  pack: CriteriaPack,
  terms: SummaryTerms,
  today: string,
): ApplicationSummary {
  const results = scorePackage(pkg, pack, {
    asOf: today,
    ...(terms.signingDate ? { signingDate: terms.signingDate } : {}),
  });
  const screened = isScreened(pack, pkg.es ?? null);
  const co2 = results.green?.co2AvoidedTPerYear.value ?? null;
  const decision = pkg.project?.decision;
  return {
    ...(screened ? { category: results.es.finalCategory } : {}),
    suggestedCategory: results.es.suggestedCategory,
    ...(screened ? { findings: results.es.findings.total } : {}),
    ...(decision ? { greenDecision: decision.decision } : {}),
    ...(decision?.taxonomyCode ? { taxonomyCode: decision.taxonomyCode } : {}),
    ...(co2 !== null ? { co2AvoidedT: co2 } : {}),
    ...(screened && terms.signingDate
      ? {
          generatedSchedule: generatedScheduleOf(
            pkg,
            results,
            terms.signingDate,
            terms.termYears ?? DEFAULT_TERM_YEARS,
          ),
        }
      : {}),
    esapDue: pkg.actions
      .filter((a) => a.source.kind === 'es')
      .map((a) => ({
        id: a.id,
        action: a.action,
        status: a.status,
        ...(a.deadline ? { deadline: a.deadline } : {}),
        ...(a.conditionPrecedent !== undefined ? { conditionPrecedent: a.conditionPrecedent } : {}),
        ...(a.covenant ? { covenant: a.covenant } : {}),
      })),
  };
}
