import type { CriteriaPack, VcpItem, VcpLevel, VcpPillarId } from '../catalogue/types';
import { explained, keyedInput } from '../explain/build';
import type { Explained, ExplanationInput } from '../explain/types';
import type { Answer, Process } from '../package/enums';
import type { VcpAssessment } from '../package/schema';
import { indexPack } from './packIndex';
import { topGaps, type VcpGap } from './vcpGaps';
import { ANSWER_POINTS, KNOCKOUT_CAP_PCT, LEVEL_MET_PCT } from './vcpRules';

export interface VcpItemResult {
  id: string;
  pillar: VcpPillarId;
  level: VcpLevel;
  weight: number;
  knockOut: boolean;
  answer: Answer | null;
  /** 1 / 0.5 / 0, or null when "na" or unanswered (left out of the score). */
  points: number | null;
}

export interface PillarScore {
  pillar: VcpPillarId;
  scorePct: Explained;
  applicable: number;
  answered: number;
  /** Σ weight of scored items (answered, not na) and Σ weight × points. */
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
  knockOutsFailed: string[];
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
}

function itemResult(item: VcpItem, answer: Answer | null): VcpItemResult {
  return {
    id: item.id,
    pillar: item.pillar,
    level: item.level,
    weight: item.weight,
    knockOut: item.knockOut,
    answer,
    points: answer === null || answer === 'na' ? null : ANSWER_POINTS[answer],
  };
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

export function scoreVcp(
  pack: CriteriaPack,
  processes: readonly Process[],
  assessment: VcpAssessment | undefined,
): VcpResult {
  const idx = indexPack(pack);
  const view = idx.forProcesses(processes);
  const answers = assessment?.answers ?? {};
  const items = view.items.map((i) => itemResult(i, answers[i.id]?.answer ?? null));
  const unknownAnswerIds = Object.keys(answers)
    .filter((id) => !idx.itemsById.has(id))
    .sort();

  const pillars: PillarScore[] = [];
  for (const group of view.pillarGroups) {
    let scoredWeight = 0;
    let earned = 0;
    let answered = 0;
    const inputs: ExplanationInput[] = [];
    for (const k of group.indices) {
      const i = items[k];
      const def = view.items[k];
      if (!i || !def) continue;
      if (i.answer !== null) answered++;
      inputs.push({
        label: def.question.en,
        value: i.answer ?? 'unanswered',
        unit: 'answer',
        ref: i.id,
      });
      if (i.points === null) continue;
      scoredWeight += i.weight;
      earned += i.weight * i.points;
    }
    pillars.push({
      pillar: group.pillar,
      scorePct: explained(scoredWeight > 0 ? (earned / scoredWeight) * 100 : null, {
        formula:
          'Σ(weight × points) ÷ Σ weight × 100; yes 1, partly 0.5, no 0; na and unanswered left out',
        formulaKey: 'vcp.pillar',
        inputs,
        criteria: group.ids,
        unit: '%',
      }),
      applicable: group.indices.length,
      answered,
      scoredWeight,
      earned,
    });
  }

  const knockOutsFailed = items.filter((i) => i.knockOut && i.answer === 'no').map((i) => i.id);
  const uncapped = overallFromPillars(pillars);
  const capped = knockOutsFailed.length > 0 && uncapped !== null && uncapped > KNOCKOUT_CAP_PCT;
  const overall =
    uncapped === null
      ? null
      : knockOutsFailed.length > 0
        ? Math.min(uncapped, KNOCKOUT_CAP_PCT)
        : uncapped;
  const overallPct = explained(overall, {
    formula:
      knockOutsFailed.length > 0
        ? `min(mean of pillar %, ${KNOCKOUT_CAP_PCT}) — knock-out item(s) answered "no"`
        : 'mean of pillar % (pillars weighted equally)',
    ...(knockOutsFailed.length > 0
      ? { formulaKey: 'vcp.overallKnockOut', formulaParams: { cap: KNOCKOUT_CAP_PCT } }
      : { formulaKey: 'vcp.overall' }),
    inputs: pillars.map((p) => ({
      label: `Pillar ${p.pillar}`,
      value: p.scorePct.value,
      unit: '%',
      ref: p.pillar,
    })),
    criteria: knockOutsFailed,
    unit: '%',
  });

  const levels: LevelCheck[] = ([1, 2, 3] as const).map((level) => {
    let w = 0;
    let e = 0;
    for (const i of items) {
      if (i.level !== level || i.answer === 'na') continue;
      w += i.weight;
      e += i.weight * (i.points ?? 0);
    }
    const scorePct = w > 0 ? (e / w) * 100 : null;
    return { level, scorePct, met: scorePct === null || scorePct >= LEVEL_MET_PCT };
  });
  let level: 0 | VcpLevel = 0;
  for (const l of levels) {
    if (!l.met) break;
    if (l.scorePct !== null) level = l.level;
  }
  // A pass-through level above the last scored one is not granted.
  const notCompliant = knockOutsFailed.length > 0;
  if (notCompliant) level = 0;
  const levelExplanation = explained(level, {
    formula: notCompliant
      ? 'level 0 (not compliant): a knock-out item is answered "no"'
      : `highest level L with every level 1..L at ≥ ${LEVEL_MET_PCT} % (unanswered counts 0, na left out)`,
    ...(notCompliant
      ? { formulaKey: 'vcp.levelNotCompliant' }
      : { formulaKey: 'vcp.level', formulaParams: { threshold: LEVEL_MET_PCT } }),
    inputs: levels.map((l) =>
      keyedInput(`Level ${l.level} items`, l.scorePct, '%', `level.${l.level}`, 'levelItems', {
        level: l.level,
      }),
    ),
    criteria: notCompliant ? knockOutsFailed : [],
    unit: 'level',
  });

  const answered = items.filter((i) => i.answer !== null).length;
  const na = items.filter((i) => i.answer === 'na').length;
  const completionPct = explained(items.length > 0 ? (answered / items.length) * 100 : null, {
    formula: 'answered applicable items ÷ applicable items × 100',
    formulaKey: 'vcp.completion',
    inputs: [
      { label: 'Answered', value: answered, unit: 'items', ref: 'vcp.answered' },
      { label: 'Applicable', value: items.length, unit: 'items', ref: 'vcp.applicable' },
    ],
    unit: '%',
  });

  return {
    packId: pack.id,
    packVersion: pack.version,
    items,
    itemsNotApplicable: view.itemsNotApplicable,
    unknownAnswerIds,
    pillars,
    overallPct,
    uncappedPct: uncapped,
    capped,
    knockOutsFailed,
    level,
    notCompliant,
    levels,
    levelExplanation,
    completion: {
      applicable: items.length,
      answered,
      unanswered: items.length - answered,
      na,
      pct: completionPct,
    },
    topGaps: topGaps(items, pillars, knockOutsFailed.length, overall),
  };
}
