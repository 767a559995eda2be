// Pure rules of the officer's screening: the override rule, ESAP items as action items.
// Kept out of the components so they are unit-tested directly.
import type { RiskCategory } from '../../../../shared/package/enums';
import type { Language } from '../../../../shared/package/enums';
import type {
  ActionItem,
  ApplicationPackage,
  EsCheckResult,
  EsScreening,
} from '../../../../shared/package/schema';
import {
  covenantSuggestions,
  type CovenantSuggestion,
} from '../../../../shared/officer-record/covenantSuggestions';
import type { EsResult } from '../../../../shared/scoring/es';
import type { EsapItem } from '../../../../shared/scoring/esap';
import type { EsCheckOutcome } from '../../../../shared/scoring/esChecks';
import { OVERRIDE_MIN_REASON } from '../../../../shared/scoring/esRules';
import { overDataRefusal, type OverDataRefusal } from '../../../../shared/scoring/officerOverData';

export { OVERRIDE_MIN_REASON };

/** An override needs another category than the suggested one and a written reason ≥ 10 chars. */
export function canOverride(
  suggested: RiskCategory,
  chosen: RiskCategory,
  reason: string,
): boolean {
  return chosen !== suggested && reason.trim().length >= OVERRIDE_MIN_REASON;
}

export function withExclusion(s: EsScreening, id: string, hit: boolean, note: string): EsScreening {
  const entry = note.trim() ? { hit, note } : { hit };
  return { ...s, exclusions: { ...s.exclusions, [id]: entry } };
}

export function withCheck(s: EsScreening, id: string, result: EsCheckResult): EsScreening {
  return { ...s, checks: { ...s.checks, [id]: result } };
}

export type CheckPatch = Partial<EsCheckResult>;

/**
 * One control's change of a check, applied to the check AS STORED (or `fallback` when none is
 * stored yet): the note, the result, the severity and the confirmation each change only
 * themselves. Built from the screen's copy instead, a note saved on blur carried the severity the
 * screen showed before the officer's pick had come back from the database, and undid it.
 * An empty note removes it; a severity only stays on a finding.
 */
export function patchCheck(
  stored: EsCheckResult | undefined,
  fallback: EsCheckResult,
  patch: CheckPatch,
): EsCheckResult {
  const next: EsCheckResult = { ...(stored ?? fallback), ...patch };
  if (next.note !== undefined && next.note.trim() === '') delete next.note;
  // A finding agrees with the data: no reason against it is left behind.
  if (next.result === 'finding') delete next.dataOverrideReason;
  if (next.result !== 'finding') delete next.severity;
  else if (next.severity === undefined && fallback.severity !== undefined)
    next.severity = fallback.severity;
  return next;
}

/**
 * The officer's explicit result on a check the firm's own data decides: the change to save, with
 * the reason for an "ok" or "not applicable", or refused without one
 * (shared/scoring/officerOverData.ts). A finding agrees with the data and needs no reason.
 */
export function patchOverData(
  result: EsCheckResult['result'],
  reason: string,
): { patch: CheckPatch } | { refused: OverDataRefusal } {
  const refused = overDataRefusal(result, reason);
  if (refused) return { refused };
  return {
    patch:
      result === 'finding'
        ? { result, confirmed: true }
        : { result, confirmed: true, dataOverrideReason: reason.trim() },
  };
}

/**
 * Bulk confirmation: each listed prefilled check becomes the officer's confirmed result. A check
 * already stored (a note typed a moment before) keeps its note, result and severity.
 */
export function confirmAll(stored: EsScreening, prefilled: readonly EsCheckOutcome[]): EsScreening {
  let next = stored;
  for (const o of prefilled) {
    if (o.status === 'unconfirmed') continue;
    const saved = stored.checks[o.id];
    next = withCheck(
      next,
      o.id,
      saved
        ? { ...saved, confirmed: true }
        : {
            result: o.status,
            confirmed: true,
            ...(o.status === 'finding' && o.severity ? { severity: o.severity } : {}),
          },
    );
  }
  return next;
}

export function withOverride(
  s: EsScreening,
  override: { category: RiskCategory; reason: string } | null,
): EsScreening {
  const rest = { ...s };
  delete rest.categoryOverride;
  return override ? { ...rest, categoryOverride: override } : rest;
}

export function withDocument(s: EsScreening, id: string, received: boolean): EsScreening {
  const set = new Set(s.documentsReceived);
  if (received) set.add(id);
  else set.delete(id);
  return { ...s, documentsReceived: [...set].sort() };
}

/** The ESAP item as an action item of the organisation (the language picks the texts). */
export function esapAction(item: EsapItem, language: Language): ActionItem {
  return {
    id: item.id,
    source: { kind: 'es', ref: item.ref },
    action: item.action[language],
    priority: item.priority,
    status: 'open',
    conditionPrecedent: item.conditionPrecedent,
    ...(item.deadline ? { deadline: item.deadline } : {}),
    ...(item.covenant ? { covenant: item.covenant[language] } : {}),
  };
}

/** Generated items not yet in the plan; the officer's edited ones are never overwritten. */
export function newEsapActions(
  generated: readonly EsapItem[],
  saved: readonly ActionItem[],
  language: Language,
): ActionItem[] {
  const have = new Set(saved.map((a) => a.id));
  const refs = new Set(saved.flatMap((a) => (a.source.ref ? [a.source.ref] : [])));
  return generated
    .filter((g) => !have.has(g.id) && !g.sources.some((src) => refs.has(src)))
    .map((g) => esapAction(g, language));
}

/**
 * The ESAP follows the findings: a saved item whose finding or permit gap is gone (the officer
 * removed the finding) is no longer part of the plan; it is listed apart for removal.
 */
export function splitEsapPlan(
  plan: readonly ActionItem[],
  generated: readonly EsapItem[],
  /** Ids of the covenants suggested now: an accepted one is live while its reason holds. */
  covenantIds: readonly string[] = [],
): { current: ActionItem[]; stale: ActionItem[] } {
  const ids = new Set([...generated.map((g) => g.id), ...covenantIds]);
  const sources = new Set(generated.flatMap((g) => g.sources));
  const live = (a: ActionItem) =>
    ids.has(a.id) || (a.source.ref !== undefined && sources.has(a.source.ref));
  return { current: plan.filter(live), stale: plan.filter((a) => !live(a)) };
}

export function isEsapAction(a: ActionItem): boolean {
  return a.source.kind === 'es';
}

/** The covenants the screening suggests now, from its findings, permits and green decision. */
export function suggestedCovenants(pkg: ApplicationPackage, es: EsResult): CovenantSuggestion[] {
  return covenantSuggestions({
    findings: es.findings,
    greenDecision: pkg.project?.decision?.decision ?? null,
    heldPermits: es.documents.flatMap((d) =>
      d.permitKind && (d.state === 'valid' || d.state === 'expiring_soon')
        ? [{ id: d.id, kind: d.permitKind, title: d.title }]
        : [],
    ),
  });
}
