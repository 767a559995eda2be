import type { Answer } from '../package/enums';
import type { RuleWording } from './ruleWording';

/** Points per answer (Higg FEM convention, reference.md §8.1) [S]; "na" is left out entirely. */
export const ANSWER_POINTS: Readonly<Record<Exclude<Answer, 'na'>, number>> = {
  yes: 1,
  partly: 0.5,
  no: 0,
};

/**
 * What scoring uses for an applicable item (issue 15, rule 3): the firm's own data where a pack
 * data link decides it (scored "no"), else the answer; an unanswered item counts as "no" in every
 * score (pillar, overall, level, knock-outs, gaps) and is shown as unanswered. Only "not
 * applicable" leaves an item out.
 */
export function scoredAnswer(answer: Answer | null, decidedByData: boolean): Answer {
  if (decidedByData) return 'no';
  return answer ?? 'no';
}

/**
 * Knock-out cap [D]: any knock-out item answered "no" caps the overall score at 40 % and sets the
 * level to 0 ("not compliant"), however well the rest scores.
 */
export const KNOCKOUT_CAP_PCT = 40;

/**
 * Level rule [D]. A level counts as "mostly met" when the weighted score of its applicable items
 * (yes 1, partly 0.5, no 0, UNANSWERED 0, na left out) is at least 75 %. The level reached is the
 * highest L such that every level 1..L is mostly met. A level with no applicable items is passed
 * through, but the result never exceeds the highest level that had at least one scored item, so a
 * pack or firm without level-3 items cannot be "level 3" by default.
 */
export const LEVEL_MET_PCT = 75;

/** The explanation of each VCP rule, declared beside it (explain.json "formulas.vcp"). */
export const VCP_WORDING = {
  pillar: {
    key: 'vcp.pillar',
    en: 'Σ(weight × points) ÷ Σ weight × 100; yes 1, partly 0.5, no 0; unanswered counts as no; only na left out',
  },
  pillarData: {
    key: 'vcp.pillarData',
    en: 'Σ(weight × points) ÷ Σ weight × 100; yes 1, partly 0.5, no 0; unanswered counts as no; only na left out; {{items}} scored no because the firm’s own data decides it (data before declarations)',
  },
  overall: { key: 'vcp.overall', en: 'mean of pillar % (pillars weighted equally)' },
  overallKnockOut: {
    key: 'vcp.overallKnockOut',
    en: 'min(mean of pillar %, {{cap}}) — knock-out item(s) scored "no" (answered no, unanswered, or decided by the firm’s data)',
  },
  level: {
    key: 'vcp.level',
    en: 'highest level L with every level 1..L at ≥ {{threshold}} % (unanswered counts as no, na left out)',
  },
  levelNotCompliant: {
    key: 'vcp.levelNotCompliant',
    en: 'level 0 (not compliant): a knock-out item is scored "no" (answered no, unanswered, or decided by the firm’s data)',
  },
  completion: {
    key: 'vcp.completion',
    en: 'answered applicable items ÷ applicable items × 100',
  },
} as const satisfies Record<string, RuleWording>;

// Source [D]: scoring ladder after Higg FEM (yes 1 / partial 0.5 / no 0; L1 awareness, L2
// targets, L3 leading practice; reference.md §8.1, §9.1); thresholds and knock-out cap are
// illustrative defaults (editable).

export const LEVEL_LABELS = {
  0: { en: 'Below level 1', mn: '1-р түвшинд хүрээгүй', mnReviewed: false },
  1: { en: 'Level 1: awareness', mn: '1-р түвшин: ойлголт', mnReviewed: false },
  2: { en: 'Level 2: targets and tracking', mn: '2-р түвшин: зорилт ба хяналт', mnReviewed: false },
  3: { en: 'Level 3: leading practice', mn: '3-р түвшин: тэргүүн туршлага', mnReviewed: false },
} as const;
