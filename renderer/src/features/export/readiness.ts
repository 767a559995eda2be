import type { PackageResults } from '../../../../shared/engine/types';
import type { ApplicationPackage } from '../../../../shared/package/schema';

export type ReadinessWarning =
  | { key: 'noProcesses' }
  | { key: 'noPeriods' }
  | { key: 'fewMonths'; count: number }
  | { key: 'vcpMissing' }
  | { key: 'vcpUnanswered'; count: number; ids: string[] }
  | { key: 'vcpMissingEvidence'; count: number; ids: string[] }
  | { key: 'vcpKnockOuts'; count: number; ids: string[] }
  | { key: 'vcpKnockOutsPlanned'; count: number; ids: string[] }
  | { key: 'vcpDraft' }
  | { key: 'noProject' }
  | { key: 'projectNotEligible'; gates: string[] };

export interface Inclusion {
  periods: number;
  firstPeriod: string | null;
  lastPeriod: string | null;
  vcpAnswered: number;
  vcpApplicable: number;
  vcpStatus: string | null;
  vcpVersion: number | null;
  project: string | null;
  actions: number;
  evidence: number;
}

/**
 * What the export will carry and what is still incomplete: the self-assessment's pre-submit
 * check (unanswered, missing required evidence, knock-outs) plus the other parts a bank expects.
 * Warnings never block an export: an MSME may send a draft on purpose.
 */
export function readiness(
  pkg: ApplicationPackage,
  results: PackageResults,
  missingEvidence: readonly string[],
): { included: Inclusion; warnings: ReadinessWarning[] } {
  const months = pkg.periods.filter((p) => p.period.length === 7).length;
  const keys = pkg.periods.map((p) => p.period).sort();
  const w: ReadinessWarning[] = [];
  if (pkg.organisation.processes.length === 0) w.push({ key: 'noProcesses' });
  if (pkg.periods.length === 0) w.push({ key: 'noPeriods' });
  else if (months > 0 && months < 12) w.push({ key: 'fewMonths', count: months });
  const vcp = results.vcp;
  if (!pkg.vcp || Object.keys(pkg.vcp.answers).length === 0) w.push({ key: 'vcpMissing' });
  else {
    const unanswered = vcp.items.filter((i) => i.answer === null).map((i) => i.id);
    if (unanswered.length > 0)
      w.push({ key: 'vcpUnanswered', count: unanswered.length, ids: unanswered });
    if (pkg.vcp.status === 'draft') w.push({ key: 'vcpDraft' });
  }
  if (missingEvidence.length > 0)
    w.push({ key: 'vcpMissingEvidence', count: missingEvidence.length, ids: [...missingEvidence] });
  // A knock-out with an open action in the plan is said as planned, not as "plan an action".
  const planned = new Set(
    pkg.actions
      .filter((a) => a.source.kind === 'vcp' && a.status !== 'cancelled')
      .map((a) => a.source.ref),
  );
  const unplanned = vcp.knockOutsFailed.filter((id) => !planned.has(id));
  const withAction = vcp.knockOutsFailed.filter((id) => planned.has(id));
  if (unplanned.length > 0)
    w.push({ key: 'vcpKnockOuts', count: unplanned.length, ids: unplanned });
  if (withAction.length > 0)
    w.push({ key: 'vcpKnockOutsPlanned', count: withAction.length, ids: withAction });
  if (!pkg.project) w.push({ key: 'noProject' });
  else if (results.green && !results.green.eligible)
    w.push({ key: 'projectNotEligible', gates: results.green.blockingGates });
  return {
    included: {
      periods: pkg.periods.length,
      firstPeriod: keys[0] ?? null,
      lastPeriod: keys[keys.length - 1] ?? null,
      vcpAnswered: vcp.completion.answered,
      vcpApplicable: vcp.completion.applicable,
      vcpStatus: pkg.vcp?.status ?? null,
      vcpVersion: pkg.vcp?.version ?? null,
      project: pkg.project?.title ?? null,
      actions: pkg.actions.length,
      evidence: pkg.evidence.length,
    },
    warnings: w,
  };
}
