import type { EsCheck, EsTopicId } from '../catalogue/types';
import { explain, keyedInput } from '../explain/build';
import type { Explanation } from '../explain/types';
import type { Answer, Severity } from '../package/enums';
import type { EsScreening, VcpAssessment } from '../package/schema';
import { recordMap } from './recordMap';
import type { PackIndex } from './packIndex';
import { lowerSeverity } from './esRules';

export type CheckStatus = 'ok' | 'finding' | 'na' | 'unconfirmed';

export interface EsCheckOutcome {
  id: string;
  topic: EsTopicId;
  status: CheckStatus;
  severity: Severity | null;
  /** "screening": the officer's saved value; "vcp": prefilled from the crosswalk; "none": no data. */
  source: 'screening' | 'vcp' | 'none';
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

export function evaluateChecks(
  idx: PackIndex,
  checks: readonly EsCheck[],
  screening: EsScreening | undefined,
  vcp: VcpAssessment | undefined,
): EsCheckOutcome[] {
  const answers = vcp?.answers ?? {};
  const savedChecks = recordMap(screening?.checks);
  return checks.map((check) => {
    const linked = (idx.vcpForEsCheck.get(check.id) ?? []).map((itemId) => ({
      itemId,
      answer: answers[itemId]?.answer ?? null,
    }));
    const inputs = linked.map((l) =>
      keyedInput('VCP answer', l.answer ?? 'unanswered', 'answer', l.itemId, 'vcpAnswer'),
    );
    const saved = savedChecks.get(check.id);
    if (saved) {
      const severity =
        saved.result === 'finding' ? (saved.severity ?? check.findingSeverity) : null;
      return {
        id: check.id,
        topic: check.topic,
        status: saved.result,
        severity,
        source: 'screening',
        confirmed: saved.confirmed,
        severityLowered: false,
        vcpAnswers: linked,
        note: saved.note ?? null,
        explanation: explain(null, {
          formula: `officer's screening result "${saved.result}"${saved.confirmed ? ' (confirmed)' : ' (not yet confirmed)'}`,
          formulaKey: saved.confirmed ? 'es.check.confirmed' : 'es.check.unconfirmed',
          formulaParams: { result: saved.result },
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
    const p = prefill(check, linked);
    return {
      id: check.id,
      topic: check.topic,
      status: p.status,
      severity: p.severity,
      source: linked.length > 0 && p.status !== 'unconfirmed' ? 'vcp' : 'none',
      confirmed: false,
      severityLowered: p.lowered,
      vcpAnswers: linked,
      note: null,
      explanation: explain(null, {
        formula:
          'prefilled from VCP crosswalk: any no → finding; else any partly → finding one severity lower; else any yes → ok; else unconfirmed',
        formulaKey: 'es.check.prefilled',
        inputs,
        criteria: [check.id],
        unit: '',
      }),
    };
  });
}
