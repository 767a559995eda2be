import type { CriteriaPack, VcpItem, VcpLevel, VcpPillarId } from '../catalogue/types';
import { explainedAs, keyedInput } from '../explain/build';
import type { Explained, ExplanationInput } from '../explain/types';
import type { Answer, Process } from '../package/enums';
import type { VcpAssessment } from '../package/schema';
import { contradiction, NO_VERDICTS, type Contradiction, type DataVerdicts } from './dataLinks';
import { indexPack } from './packIndex';
import { worded, wordedOnce } from './ruleWording';
import { topGaps, type VcpGap } from './vcpGaps';
import {
  ANSWER_POINTS,
  KNOCKOUT_CAP_PCT,
  LEVEL_MET_PCT,
  VCP_WORDING as W,
  scoredAnswer,
} from './vcpRules';

export interface VcpItemResult {
  id: string;
  pillar: VcpPillarId;
  level: VcpLevel;
  weight: number;
  knockOut: boolean;
  /** What the firm answered (null = unanswered, shown as such). */
  answer: Answer | null;
  /** What scoring used: the answer, "no" when unanswered, "no" when the firm's data decides. */
  scoredAs: Answer;
  decidedBy: 'answer' | 'unanswered' | 'data';
  /** The pack data link that decided it, when decidedBy is "data". */
  dataLink: string | null;
  /** 1 / 0.5 / 0, or null only when scored "na" (left out of the score). */
  points: number | null;
}

export interface PillarScore {
  pillar: VcpPillarId;
  scorePct: Explained;
  applicable: number;
  answered: number;
  /** Σ weight of scored items (all but na) and Σ weight × points. */
  scoredWeight: number;
  earned: number;
}

export interface LevelCheck {
  level: VcpLevel;
  scorePct: number | null;
  met: boolean;
}

export interface VcpResult {
  packId: string;
  packVersion: string;
  items: VcpItemResult[];
  itemsNotApplicable: readonly string[];
  /** Answers whose item id is not in the pack (ignored). */
  unknownAnswerIds: string[];
  pillars: PillarScore[];
  overallPct: Explained;
  uncappedPct: number | null;
  capped: boolean;
  /** Knock-out items scored "no": answered no, unanswered, or decided by the firm's data. */
  knockOutsFailed: string[];
  /** The knock-outs among them that are still unanswered. */
  knockOutsUnanswered: string[];
  level: 0 | VcpLevel;
  notCompliant: boolean;
  levels: LevelCheck[];
  levelExplanation: Explained;
  completion: {
    applicable: number;
    answered: number;
    unanswered: number;
    na: number;
    pct: Explained;
  };
  topGaps: VcpGap[];
  /** Answers the firm's own data contradicts (data before declarations). */
  contradictions: Contradiction[];
}

function itemResult(item: VcpItem, answer: Answer | null, dataLink: string | null): VcpItemResult {
  const scoredAs = scoredAnswer(answer, dataLink !== null);
  return {
    id: item.id,
    pillar: item.pillar,
    level: item.level,
    weight: item.weight,
    knockOut: item.knockOut,
    answer,
    scoredAs,
    decidedBy: dataLink !== null ? 'data' : answer === null ? 'unanswered' : 'answer',
    dataLink,
    points: scoredAs === 'na' ? null : ANSWER_POINTS[scoredAs],
  };
}

/** Per item: its result and its explanation input for each answer (data-decided ones excepted). */
interface ItemMemo {
  results: Map<Answer | null, VcpItemResult>;
  inputs: Map<string, ExplanationInput>;
}

// The same item with the same answer gives the same result in every package: built once per
// pack item and shared, read-only.
const MEMO = new WeakMap<VcpItem, ItemMemo>();

function memoOf(item: VcpItem): ItemMemo {
  let m = MEMO.get(item);
  if (!m) {
    m = { results: new Map(), inputs: new Map() };
    MEMO.set(item, m);
  }
  return m;
}

function resultFor(item: VcpItem, answer: Answer | null, dataLink: string | null): VcpItemResult {
  if (dataLink !== null) return itemResult(item, answer, dataLink);
  const memo = memoOf(item);
  let r = memo.results.get(answer);
  if (!r) {
    r = Object.freeze(itemResult(item, answer, null));
    memo.results.set(answer, r);
  }
  return r;
}

/**
 * The item's line in its pillar's explanation: unanswered stays visible as such (the formula says
 * it counts as no); a data-decided item shows what scoring used, and the formula names it.
 */
function inputFor(def: VcpItem, i: VcpItemResult): ExplanationInput {
  const value = i.decidedBy === 'data' ? 'no' : (i.answer ?? 'unanswered');
  const memo = memoOf(def);
  let input = memo.inputs.get(value);
  if (!input) {
    input = Object.freeze({ label: def.question.en, value, unit: 'answer', ref: i.id });
    memo.inputs.set(value, input);
  }
  return input;
}

/** Overall % = mean of pillar % over pillars with at least one scored item (pillars equal). */
export function overallFromPillars(
  pillars: readonly { scoredWeight: number; earned: number }[],
): number | null {
  let sum = 0;
  let n = 0;
  for (const p of pillars) {
    if (p.scoredWeight <= 0) continue;
    sum += (p.earned / p.scoredWeight) * 100;
    n++;
  }
  return n === 0 ? null : sum / n;
}

/** Pillar %: Σ(weight × points) ÷ Σ weight over the pillar's items scored (all but na). */
function pillarScore(
  pillar: VcpPillarId,
  ids: readonly string[],
  scored: readonly VcpItemResult[],
  defs: readonly VcpItem[],
): PillarScore {
  let scoredWeight = 0;
  let earned = 0;
  let answered = 0;
  const decided: string[] = [];
  const inputs: ExplanationInput[] = [];
  for (let k = 0; k < scored.length; k++) {
    const i = scored[k] as VcpItemResult;
    if (i.answer !== null) answered++;
    if (i.decidedBy === 'data') decided.push(i.id);
    inputs.push(inputFor(defs[k] as VcpItem, i));
    if (i.points === null) continue;
    scoredWeight += i.weight;
    earned += i.weight * i.points;
  }
  return {
    pillar,
    scorePct: explainedAs(
      scoredWeight > 0 ? (earned / scoredWeight) * 100 : null,
      decided.length > 0 ? worded(W.pillarData, { items: decided.join(', ') }) : worded(W.pillar),
      {
        inputs,
        criteria: ids,
        unit: '%',
      },
    ),
    applicable: scored.length,
    answered,
    scoredWeight,
    earned,
  };
}

/** Level L is met when its items score ≥ LEVEL_MET_PCT; the level is the top of the unbroken run. */
function levelsOf(items: readonly VcpItemResult[], notCompliant: boolean) {
  const levels: LevelCheck[] = ([1, 2, 3] as const).map((level) => {
    let w = 0;
    let e = 0;
    for (const i of items) {
      if (i.level !== level || i.points === null) continue;
      w += i.weight;
      e += i.weight * i.points;
    }
    const scorePct = w > 0 ? (e / w) * 100 : null;
    return { level, scorePct, met: scorePct === null || scorePct >= LEVEL_MET_PCT };
  });
  let level: 0 | VcpLevel = 0;
  for (const l of levels) {
    if (!l.met) break;
    // A pass-through level above the last scored one is not granted.
    if (l.scorePct !== null) level = l.level;
  }
  return { levels, level: notCompliant ? 0 : level };
}

const OVERALL_KNOCKOUT = wordedOnce(W.overallKnockOut, { cap: KNOCKOUT_CAP_PCT });
const LEVEL_RULE = wordedOnce(W.level, { threshold: LEVEL_MET_PCT });

/** Overall %: the pillars' mean, capped at KNOCKOUT_CAP_PCT by a failed knock-out. */
function overallOf(pillars: readonly PillarScore[], knockOutsFailed: readonly string[]) {
  const notCompliant = knockOutsFailed.length > 0;
  const uncapped = overallFromPillars(pillars);
  const capped = notCompliant && uncapped !== null && uncapped > KNOCKOUT_CAP_PCT;
  const overall =
    uncapped === null ? null : notCompliant ? Math.min(uncapped, KNOCKOUT_CAP_PCT) : uncapped;
  const pct = explainedAs(overall, notCompliant ? OVERALL_KNOCKOUT() : worded(W.overall), {
    inputs: pillars.map((p) => ({
      label: `Pillar ${p.pillar}`,
      value: p.scorePct.value,
      unit: '%',
      ref: p.pillar,
    })),
    criteria: [...knockOutsFailed],
    unit: '%',
  });
  return { uncapped, capped, overall, pct };
}

function levelExplanationOf(
  levels: readonly LevelCheck[],
  level: 0 | VcpLevel,
  knockOutsFailed: readonly string[],
) {
  const notCompliant = knockOutsFailed.length > 0;
  return explainedAs(level, notCompliant ? worded(W.levelNotCompliant) : LEVEL_RULE(), {
    inputs: levels.map((l) =>
      keyedInput(`Level ${l.level} items`, l.scorePct, '%', `level.${l.level}`, 'levelItems', {
        level: l.level,
      }),
    ),
    criteria: notCompliant ? [...knockOutsFailed] : [],
    unit: 'level',
  });
}

/** Completion % = answered ÷ applicable; "not applicable" counts as answered. */
function completionOf(items: readonly VcpItemResult[]): VcpResult['completion'] {
  const answered = items.filter((i) => i.answer !== null).length;
  const pct = explainedAs(
    items.length > 0 ? (answered / items.length) * 100 : null,
    worded(W.completion),
    {
      inputs: [
        { label: 'Answered', value: answered, unit: 'items', ref: 'vcp.answered' },
        { label: 'Applicable', value: items.length, unit: 'items', ref: 'vcp.applicable' },
      ],
      unit: '%',
    },
  );
  const na = items.filter((i) => i.scoredAs === 'na').length;
  return { applicable: items.length, answered, unanswered: items.length - answered, na, pct };
}

/** Answers other than "no" on items the firm's own data decides: listed in words. */
function vcpContradictions(items: readonly VcpItemResult[], data: DataVerdicts): Contradiction[] {
  const out: Contradiction[] = [];
  for (const i of items) {
    const held = i.decidedBy === 'data' ? data.vcpDecided.get(i.id) : undefined;
    if (held && i.answer !== null && i.answer !== 'no')
      out.push(contradiction(held, 'vcp', i.id, i.answer, 'no', null));
  }
  return out;
}

export function scoreVcp(
  pack: CriteriaPack,
  processes: readonly Process[],
  assessment: VcpAssessment | undefined,
  data: DataVerdicts = NO_VERDICTS,
): VcpResult {
  const idx = indexPack(pack);
  const view = idx.forProcesses(processes);
  const answers = assessment?.answers ?? {};
  const items = view.items.map((i) =>
    resultFor(i, answers[i.id]?.answer ?? null, data.vcpDecided.get(i.id)?.link.id ?? null),
  );
  const unknownAnswerIds: string[] = [];
  for (const id in answers) if (!idx.itemsById.has(id)) unknownAnswerIds.push(id);
  unknownAnswerIds.sort();
  const pillars = view.pillarGroups.map((g) =>
    pillarScore(
      g.pillar,
      g.ids,
      g.indices.map((k) => items[k] as VcpItemResult),
      g.defs,
    ),
  );
  const knockOutsFailed = items.filter((i) => i.knockOut && i.scoredAs === 'no').map((i) => i.id);
  const notCompliant = knockOutsFailed.length > 0;
  const { uncapped, capped, overall, pct } = overallOf(pillars, knockOutsFailed);
  const { levels, level } = levelsOf(items, notCompliant);
  return {
    packId: pack.id,
    packVersion: pack.version,
    items,
    itemsNotApplicable: view.itemsNotApplicable,
    unknownAnswerIds,
    pillars,
    overallPct: pct,
    uncappedPct: uncapped,
    capped,
    knockOutsFailed,
    knockOutsUnanswered: items.filter((i) => i.knockOut && i.answer === null).map((i) => i.id),
    level,
    notCompliant,
    levels,
    levelExplanation: levelExplanationOf(levels, level, knockOutsFailed),
    completion: completionOf(items),
    topGaps: topGaps(items, pillars, knockOutsFailed.length, overall),
    contradictions: vcpContradictions(items, data),
  };
}
