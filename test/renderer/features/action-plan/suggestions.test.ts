import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import type { AnswerEntry } from '../../../../shared/package/schema';
import { scoreVcp } from '../../../../shared/scoring/vcp';
import {
  addDays,
  isOverdue,
  suggestActions,
  targetText,
} from '../../../../renderer/src/features/action-plan/suggestions';

// Every other item "not applicable": the only answer that leaves an item out of the score (an
// unanswered item counts as "no"), so the figures below involve only the items named.
function result(answers: Record<string, AnswerEntry['answer']>) {
  const all: Record<string, AnswerEntry['answer']> = {};
  for (const i of ACTIVE_PACK.vcpItems) all[i.id] = 'na';
  return scoreVcp(ACTIVE_PACK, ['garment'], {
    packVersion: ACTIVE_PACK.version,
    status: 'draft',
    version: 1,
    answers: Object.fromEntries(
      Object.entries({ ...all, ...answers }).map(([k, a]) => [k, { answer: a }]),
    ),
  });
}

// Items that apply to every process, looked up by role so that pack edits to other items do not
// change the hand-computed figures below.
function everyProcess(pillar: string, knockOut: boolean) {
  return ACTIVE_PACK.vcpItems.filter(
    (i) => i.pillar === pillar && i.appliesTo.length === 0 && i.knockOut === knockOut,
  );
}
const [a, b] = everyProcess('LA', false);
const [c, d, e] = everyProcess('HS', false);
const [ko] = everyProcess('LA', true);
if (!a || !b || !c || !d || !e || !ko) throw new Error('pack has too few labour / OSH items');

describe('suggestActions', () => {
  it('orders gaps by score gain and skips yes / unanswered items', () => {
    // LA: (0 + 0.5) / 2 = 25 %; HS: (1 + 1 + 0) / 3 = 66.67 %; overall 45.83 %.
    // Gains to "yes": a → (75 + 66.67) / 2 − 45.83 = 25; e → (25 + 100) / 2 − 45.83 = 16.67;
    // b → (50 + 66.67) / 2 − 45.83 = 12.5.
    const r = result({
      [a.id]: 'no',
      [b.id]: 'partly',
      [c.id]: 'yes',
      [d.id]: 'yes',
      [e.id]: 'no',
    });
    const s = suggestActions(ACTIVE_PACK, r, []);
    expect(s.map((x) => x.itemId)).toEqual([a.id, e.id, b.id]);
    expect(s[0]?.gainPct).toBeCloseTo(25, 9);
    expect(s[1]?.gainPct).toBeCloseTo(100 / 6, 9);
    expect(s[2]?.gainPct).toBeCloseTo(12.5, 9);
    // Level-1 "no" is high, other "no" medium, "partly" low.
    expect(s[0]?.priority).toBe(a.level === 1 ? 'high' : 'medium');
    expect(s[2]?.priority).toBe('low');
  });

  it('puts a knock-out answered "no" first even when its own gain is not the largest', () => {
    // With a second knock-out… none here: ko → yes lifts the cap, yet a "no" elsewhere in HS
    // (66.67 → 100) would gain more without the cap; the knock-out still comes first.
    const r = result({ [ko.id]: 'no', [a.id]: 'no', [e.id]: 'no', [c.id]: 'yes' });
    const s = suggestActions(ACTIVE_PACK, r, []);
    expect(s[0]?.itemId).toBe(ko.id);
    expect(s[0]?.priority).toBe('high');
    expect(s.map((x) => x.itemId).sort()).toEqual([ko.id, a.id, e.id].sort());
  });

  it('leaves out items already in the plan', () => {
    const r = result({ [a.id]: 'no', [b.id]: 'partly' });
    const s = suggestActions(ACTIVE_PACK, r, [
      {
        id: 'act-1',
        source: { kind: 'vcp', ref: a.id },
        action: 'x',
        priority: 'high',
        status: 'open',
      },
    ]);
    expect(s.map((x) => x.itemId)).toEqual([b.id]);
  });
});

describe('action helpers', () => {
  it('marks open work past its deadline as overdue, never finished work', () => {
    expect(isOverdue({ deadline: '2026-01-09', status: 'open' }, '2026-01-10')).toBe(true);
    expect(isOverdue({ deadline: '2026-01-10', status: 'open' }, '2026-01-10')).toBe(false);
    expect(isOverdue({ deadline: '2026-01-09', status: 'done' }, '2026-01-10')).toBe(false);
    expect(isOverdue({ deadline: '2026-01-09', status: 'cancelled' }, '2026-01-10')).toBe(false);
    expect(isOverdue({ status: 'in_progress' }, '2026-01-10')).toBe(false);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2025-12-15', 30)).toBe('2026-01-14');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('drops the "Yes =" lead-in of guidance in both languages', () => {
    expect(
      targetText({ en: 'Yes = a meter.', mn: 'Тийм = тоолуур.', mnReviewed: false }, 'en'),
    ).toBe('a meter.');
    expect(
      targetText({ en: 'Yes = a meter.', mn: 'Тийм = тоолуур.', mnReviewed: false }, 'mn'),
    ).toBe('тоолуур.');
  });
});
