import type { EsCheck, EsTopicId } from '../catalogue/types';
import { explainAs, keyedInput } from '../explain/build';
import type { Explanation } from '../explain/types';
import type { Answer, Severity } from '../package/enums';
import type { EsScreening, VcpAssessment } from '../package/schema';
import { contradiction, type Contradiction, type DataVerdicts, type HeldLink } from './dataLinks';
import { officerOverData } from './officerOverData';
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
  /** What the firm's records show on this check (the held link), when a link decides or holds it. */
  dataSays: HeldLink | null;
  /** The officer's reason when their result stands against the data (source "screening"). */
  overData: { reason: string } | null;
  confirmed: boolean;
  /** True when a "partly" answer lowered the severity. */
  severityLowered: boolean;
  vcpAnswers: readonly { readonly itemId: string; readonly answer: Answer | null }[];
  note: string | null;
  explanation: Explanation;
}

/**
 * Prefill from linked VCP answers [D]: any "no" → finding at the check's severity; else any
 * "partly" → finding one step lower; else at least one "yes" → ok; else (only na / unanswered)
 * → unconfirmed. The officer's saved result, when present, always wins.
 */
function prefill(check: EsCheck, answers: readonly { itemId: string; answer: Answer | null }[]) {
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

/** What a check's linked VCP answers are, with everything that follows from them alone. */
interface LinkedState {
  linked: readonly { itemId: string; answer: Answer | null }[];
  inputs: Explanation['inputs'];
  prefill: ReturnType<typeof prefill>;
  /** Explanations by what decided the check (see explanationFor): the same for every package. */
  explanations: Map<string, Explanation>;
}

interface CheckMemo {
  ids: readonly string[];
  /** By the linked answers' code (ANSWER_CODE, base 5). */
  states: Map<number, LinkedState>;
}

const ANSWER_CODE: Readonly<Record<Answer, number>> = { yes: 1, partly: 2, no: 3, na: 4 };

// Scoring thousands of packages sees the same few answer combinations per check: what follows
// from them (inputs, prefill, explanation) is built once per pack and shared, read-only.
const MEMO = new WeakMap<EsCheck, CheckMemo>();

function memoOf(idx: PackIndex, check: EsCheck): CheckMemo {
  let m = MEMO.get(check);
  if (!m) {
    m = { ids: idx.vcpForEsCheck.get(check.id) ?? [], states: new Map() };
    MEMO.set(check, m);
  }
  return m;
}

function linkedState(
  check: EsCheck,
  memo: CheckMemo,
  answers: VcpAssessment['answers'],
): LinkedState {
  let key = 0;
  for (let i = memo.ids.length - 1; i >= 0; i--) {
    const a = answers[memo.ids[i] as string]?.answer;
    key = key * 5 + (a === undefined ? 0 : ANSWER_CODE[a]);
  }
  let state = memo.states.get(key);
  if (!state) {
    const linked = Object.freeze(
      memo.ids.map((itemId) => Object.freeze({ itemId, answer: answers[itemId]?.answer ?? null })),
    );
    state = {
      linked,
      inputs: Object.freeze(
        linked.map((l) =>
          keyedInput('VCP answer', l.answer ?? 'unanswered', 'answer', l.itemId, 'vcpAnswer'),
        ),
      ),
      prefill: prefill(check, linked),
      explanations: new Map(),
    };
    memo.states.set(key, state);
  }
  return state;
}

type Decider =
  | { by: 'data'; link: string }
  | { by: 'officer'; link: string; result: CheckStatus; reason: string }
  | { by: 'screening'; result: CheckStatus; confirmed: boolean }
  | { by: 'prefill'; toConfirm: string | null };

/** The explanation of a check's result, declared beside the rule that decided it. */
function explanationFor(check: EsCheck, state: LinkedState, d: Decider): Explanation {
  // The officer's reason is free text: that explanation is built each time, never cached.
  if (d.by === 'officer')
    return explainAs(
      null,
      worded(W.checkOverData, { result: d.result, link: d.link, reason: d.reason }),
      {
        inputs: [
          keyedInput(check.id, d.result, 'result', check.id, 'esCheckResult', { check: check.id }),
          keyedInput('Decided by the firm’s own data', 'finding', 'result', d.link, 'dataDecides'),
          ...state.inputs,
        ],
        criteria: [check.id],
        unit: '',
      },
    );
  const key =
    d.by === 'data'
      ? `d${d.link}`
      : d.by === 'screening'
        ? `s${d.result}${d.confirmed ? 1 : 0}`
        : `p${d.toConfirm ?? ''}`;
  let e = state.explanations.get(key);
  if (e) return e;
  const inputs = state.inputs;
  if (d.by === 'data')
    e = explainAs(null, worded(W.checkData, { link: d.link }), {
      inputs: [
        keyedInput('Decided by the firm’s own data', 'finding', 'result', d.link, 'dataDecides'),
        ...inputs,
      ],
      criteria: [check.id],
      unit: '',
    });
  else if (d.by === 'screening')
    e = explainAs(
      null,
      worded(d.confirmed ? W.checkConfirmed : W.checkUnconfirmed, { result: d.result }),
      {
        inputs: [
          keyedInput(check.id, d.result, 'result', check.id, 'esCheckResult', { check: check.id }),
          ...inputs,
        ],
        criteria: [check.id],
        unit: '',
      },
    );
  else
    e = explainAs(
      null,
      d.toConfirm !== null
        ? worded(W.checkToConfirm, { link: d.toConfirm })
        : worded(W.checkPrefilled),
      {
        inputs,
        criteria: [check.id],
        unit: '',
      },
    );
  Object.freeze(e.inputs);
  Object.freeze(e);
  state.explanations.set(key, e);
  return e;
}

const NO_ANSWERS: VcpAssessment['answers'] = {};

export function evaluateChecks(
  idx: PackIndex,
  checks: readonly EsCheck[],
  screening: EsScreening | undefined,
  vcp: VcpAssessment | undefined,
  data: DataVerdicts,
): { outcomes: EsCheckOutcome[]; contradictions: Contradiction[] } {
  const answers = vcp?.answers ?? NO_ANSWERS;
  const savedChecks = recordMap(screening?.checks);
  const contradictions: Contradiction[] = [];
  const outcomes: EsCheckOutcome[] = new Array<EsCheckOutcome>(checks.length);
  for (let k = 0; k < checks.length; k++) {
    const check = checks[k] as EsCheck;
    const state = linkedState(check, memoOf(idx, check), answers);
    const linked = state.linked;
    const p = state.prefill;
    const saved = savedChecks.get(check.id);
    const decides = data.esDecided.get(check.id);
    // The officer's explicit result with a reason stands against the data, in words.
    const stands = decides ? officerOverData(saved) : null;
    if (decides && stands) {
      contradictions.push(
        contradiction(decides, 'es', check.id, stands.result, 'officer', null, stands.reason),
      );
      outcomes[k] = {
        id: check.id,
        topic: check.topic,
        status: stands.result,
        severity: null,
        source: 'screening',
        dataLink: decides.link.id,
        dataSays: decides,
        overData: { reason: stands.reason },
        confirmed: true,
        severityLowered: false,
        vcpAnswers: linked,
        note: saved?.note ?? null,
        explanation: explanationFor(check, state, {
          by: 'officer',
          link: decides.link.id,
          result: stands.result,
          reason: stands.reason,
        }),
      };
      continue;
    }
    // Otherwise the firm's data decides the check: a finding at its severity, whatever was declared.
    if (decides) {
      if (saved ? saved.result === 'ok' : p.status === 'ok')
        contradictions.push(
          contradiction(decides, 'es', check.id, 'ok', 'finding', check.findingSeverity),
        );
      outcomes[k] = {
        id: check.id,
        topic: check.topic,
        status: 'finding',
        severity: check.findingSeverity,
        source: 'data',
        dataLink: decides.link.id,
        dataSays: decides,
        overData: null,
        confirmed: saved?.confirmed ?? false,
        severityLowered: false,
        vcpAnswers: linked,
        note: saved?.note ?? null,
        explanation: explanationFor(check, state, { by: 'data', link: decides.link.id }),
      };
      continue;
    }
    if (saved) {
      outcomes[k] = {
        id: check.id,
        topic: check.topic,
        status: saved.result,
        severity: saved.result === 'finding' ? (saved.severity ?? check.findingSeverity) : null,
        source: 'screening',
        dataLink: null,
        dataSays: null,
        overData: null,
        confirmed: saved.confirmed,
        severityLowered: false,
        vcpAnswers: linked,
        note: saved.note ?? null,
        explanation: explanationFor(check, state, {
          by: 'screening',
          result: saved.result,
          confirmed: saved.confirmed,
        }),
      };
      continue;
    }
    const toConfirm = p.status === 'ok' ? data.esToConfirm.get(check.id) : undefined;
    if (toConfirm)
      contradictions.push(contradiction(toConfirm, 'es', check.id, 'ok', 'unconfirmed', null));
    outcomes[k] = {
      id: check.id,
      topic: check.topic,
      status: toConfirm ? 'unconfirmed' : p.status,
      severity: p.severity,
      source: linked.length > 0 && p.status !== 'unconfirmed' ? 'vcp' : 'none',
      dataLink: toConfirm?.link.id ?? null,
      dataSays: toConfirm ?? null,
      overData: null,
      confirmed: false,
      severityLowered: p.lowered,
      vcpAnswers: linked,
      note: null,
      explanation: explanationFor(check, state, {
        by: 'prefill',
        toConfirm: toConfirm?.link.id ?? null,
      }),
    };
  }
  return { outcomes, contradictions };
}
