import type { EsCheck, EsTopicId } from '../catalogue/types';
import { explain, keyedInput } from '../explain/build';
import type { Explanation } from '../explain/types';
import type { Answer, Severity } from '../package/enums';
import type { EsScreening, VcpAssessment } from '../package/schema';
import { contradiction, type Contradiction, type DataVerdicts, type HeldLink } from './dataLinks';
import { recordMap } from './recordMap';
import type { PackIndex } from './packIndex';
import { ES_WORDING as W, lowerSeverity } from './esRules';
import { worded } from './ruleWording';

export type CheckStatus = 'ok' | 'finding' | 'na' | 'unconfirmed';

export interface EsCheckOutcome {
  id: string;
  topic: EsTopicId;
  status: CheckStatus;
  severity: Severity | null;
  /**
   * "data": decided by the firm's own records (a pack data link); "screening": the officer's saved
   * value; "vcp": prefilled from the crosswalk; "none": no data.
   */
  source: 'data' | 'screening' | 'vcp' | 'none';
  /** The pack data link that decided the check or holds it unconfirmed. */
  dataLink: string | null;
  confirmed: boolean;
  /** True when a "partly" answer lowered the severity. */
  severityLowered: boolean;
  vcpAnswers: { itemId: string; answer: Answer | null }[];
  note: string | null;
  explanation: Explanation;
}

/**
 * Prefill from linked VCP answers [D]: any "no" → finding at the check's severity; else any
 * "partly" → finding one step lower; else at least one "yes" → ok; else (only na / unanswered)
 * → unconfirmed. The officer's saved result, when present, always wins.
 */
function prefill(check: EsCheck, answers: { itemId: string; answer: Answer | null }[]) {
  let no = false;
  let partly = false;
  let yes = false;
  for (const x of answers) {
    if (x.answer === 'no') no = true;
    else if (x.answer === 'partly') partly = true;
    else if (x.answer === 'yes') yes = true;
  }
  if (no) return { status: 'finding' as const, severity: check.findingSeverity, lowered: false };
  if (partly)
    return {
      status: 'finding' as const,
      severity: lowerSeverity(check.findingSeverity),
      lowered: check.findingSeverity !== 'low',
    };
  if (yes) return { status: 'ok' as const, severity: null, lowered: false };
  return { status: 'unconfirmed' as const, severity: null, lowered: false };
}

/** The firm's data decides the check: a finding at its severity, whatever was declared. */
function decidedByData(
  check: EsCheck,
  held: HeldLink,
  inputs: Explanation['inputs'],
): Omit<EsCheckOutcome, 'vcpAnswers' | 'note' | 'confirmed'> {
  return {
    id: check.id,
    topic: check.topic,
    status: 'finding',
    severity: check.findingSeverity,
    source: 'data',
    dataLink: held.link.id,
    severityLowered: false,
    explanation: explain(null, {
      ...worded(W.checkData, { link: held.link.id }),
      inputs: [
        keyedInput(
          'Decided by the firm’s own data',
          'finding',
          'result',
          held.link.id,
          'dataDecides',
        ),
        ...inputs,
      ],
      criteria: [check.id],
      unit: '',
    }),
  };
}

export function evaluateChecks(
  idx: PackIndex,
  checks: readonly EsCheck[],
  screening: EsScreening | undefined,
  vcp: VcpAssessment | undefined,
  data: DataVerdicts,
): { outcomes: EsCheckOutcome[]; contradictions: Contradiction[] } {
  const answers = vcp?.answers ?? {};
  const savedChecks = recordMap(screening?.checks);
  const contradictions: Contradiction[] = [];
  const outcomes = checks.map((check): EsCheckOutcome => {
    const linked = (idx.vcpForEsCheck.get(check.id) ?? []).map((itemId) => ({
      itemId,
      answer: answers[itemId]?.answer ?? null,
    }));
    const inputs = linked.map((l) =>
      keyedInput('VCP answer', l.answer ?? 'unanswered', 'answer', l.itemId, 'vcpAnswer'),
    );
    const saved = savedChecks.get(check.id);
    const p = prefill(check, linked);
    const declaredOk = saved ? saved.result === 'ok' : p.status === 'ok';
    const decides = data.esDecided.get(check.id);
    if (decides) {
      if (declaredOk)
        contradictions.push(
          contradiction(decides, 'es', check.id, 'ok', 'finding', check.findingSeverity),
        );
      return {
        ...decidedByData(check, decides, inputs),
        confirmed: saved?.confirmed ?? false,
        vcpAnswers: linked,
        note: saved?.note ?? null,
      };
    }
    if (saved) {
      const severity =
        saved.result === 'finding' ? (saved.severity ?? check.findingSeverity) : null;
      return {
        id: check.id,
        topic: check.topic,
        status: saved.result,
        severity,
        source: 'screening',
        dataLink: null,
        confirmed: saved.confirmed,
        severityLowered: false,
        vcpAnswers: linked,
        note: saved.note ?? null,
        explanation: explain(null, {
          ...worded(saved.confirmed ? W.checkConfirmed : W.checkUnconfirmed, {
            result: saved.result,
          }),
          inputs: [
            keyedInput(check.id, saved.result, 'result', check.id, 'esCheckResult', {
              check: check.id,
            }),
            ...inputs,
          ],
          criteria: [check.id],
          unit: '',
        }),
      };
    }
    const toConfirm = p.status === 'ok' ? data.esToConfirm.get(check.id) : undefined;
    if (toConfirm)
      contradictions.push(contradiction(toConfirm, 'es', check.id, 'ok', 'unconfirmed', null));
    return {
      id: check.id,
      topic: check.topic,
      status: toConfirm ? 'unconfirmed' : p.status,
      severity: p.severity,
      source: linked.length > 0 && p.status !== 'unconfirmed' ? 'vcp' : 'none',
      dataLink: toConfirm?.link.id ?? null,
      confirmed: false,
      severityLowered: p.lowered,
      vcpAnswers: linked,
      note: null,
      explanation: explain(null, {
        ...(toConfirm
          ? worded(W.checkToConfirm, { link: toConfirm.link.id })
          : worded(W.checkPrefilled)),
        inputs,
        criteria: [check.id],
        unit: '',
      }),
    };
  });
  return { outcomes, contradictions };
}
