import fc from 'fast-check';
import type { CriteriaPack } from '../../../shared/catalogue/types';
import type { Answer, Process } from '../../../shared/package/enums';
import type { AnswerEntry, VcpAssessment } from '../../../shared/package/schema';
import { scoreVcp } from '../../../shared/scoring/vcp';
import { arbAnswers, arbProcesses } from '../engine/arbitraries';
import { MINI_PACK } from '../engine/fixtures/miniPack';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';

// Property runs are CPU-bound; a busy shared machine must not turn them into timeouts.
vi.setConfig({ testTimeout: 60_000 });

const assess = (answers: Record<string, Answer>): VcpAssessment => ({
  packVersion: '0.0.1',
  status: 'draft',
  version: 1,
  answers: Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, { answer: a }])),
});
const garment: Process[] = ['garment'];

describe('scoreVcp (hand-computed on the mini pack)', () => {
  it('weights items in a pillar, averages pillars, leaves na out', () => {
    const r = scoreVcp(
      MINI_PACK,
      garment,
      assess({ 'EN-1': 'yes', 'EN-2': 'partly', 'EN-3': 'no', 'LA-1': 'yes', 'LA-2': 'na' }),
    );
    // EN: (1×1 + 2×0.5 + 1×0) ÷ 4 = 50 %; LA: LA-1 yes, LA-2 na → 100 %; WA does not apply to garment
    expect(r.pillars.map((p) => [p.pillar, p.scorePct.value])).toEqual([
      ['EN', 50],
      ['LA', 100],
    ]);
    expect(r.overallPct.value).toBe(75);
    expect(r.itemsNotApplicable).toEqual(['WA-1']);
    // L1 items EN-1, LA-1 all yes → met; L2 EN-2 (partly, weight 2) = 50 % → not met
    expect(r.level).toBe(1);
    expect(r.completion).toMatchObject({ applicable: 5, answered: 5, unanswered: 0, na: 1 });
    expect(r.completion.pct.value).toBe(100);
    // EN-2 → yes: EN 75 % → 87.5 overall (+12.5); EN-3 → yes: the same; tie broken by id
    expect(r.topGaps.map((g) => [g.itemId, g.gainPct])).toEqual([
      ['EN-2', 12.5],
      ['EN-3', 12.5],
    ]);
    expect(r.pillars[0]?.scorePct.explanation.inputs.map((i) => i.ref)).toEqual([
      'EN-1',
      'EN-2',
      'EN-3',
    ]);
  });

  it('caps the overall at 40 % and sets level 0 when a knock-out item is "no"', () => {
    const r = scoreVcp(
      MINI_PACK,
      garment,
      assess({ 'EN-1': 'yes', 'EN-2': 'yes', 'EN-3': 'yes', 'LA-1': 'no', 'LA-2': 'yes' }),
    );
    // uncapped: EN 100, LA 50 → 75
    expect(r.uncappedPct).toBe(75);
    expect(r.overallPct.value).toBe(40);
    expect(r.capped).toBe(true);
    expect(r.knockOutsFailed).toEqual(['LA-1']);
    expect(r.level).toBe(0);
    expect(r.notCompliant).toBe(true);
    // fixing LA-1 lifts the cap: 100 − 40 = 60 points
    expect(r.topGaps[0]).toMatchObject({ itemId: 'LA-1', gainPct: 60 });
  });

  it('counts an unanswered applicable item as "no" in every score and shows it as unanswered', () => {
    // Issue 15 rule 3. Garment: EN-1 yes, EN-2 (w2), EN-3, LA-1 (knock-out), LA-2 unanswered.
    const r = scoreVcp(MINI_PACK, garment, assess({ 'EN-1': 'yes' }));
    // EN: (1×1 + 2×0 + 1×0) ÷ 4 = 25 %; LA: (0 + 0) ÷ 2 = 0 % → mean 12.5 % (was 100 % when
    // unanswered items were left out); LA-1 unanswered counts "no": knock-out, capped at 40.
    expect(r.pillars.map((p) => [p.pillar, p.scorePct.value])).toEqual([
      ['EN', 25],
      ['LA', 0],
    ]);
    expect(r.uncappedPct).toBe(12.5);
    expect(r.overallPct.value).toBe(12.5);
    expect(r.knockOutsFailed).toEqual(['LA-1']);
    expect(r.knockOutsUnanswered).toEqual(['LA-1']);
    expect(r.notCompliant).toBe(true);
    expect(r.level).toBe(0);
    // Shown as unanswered, not as "no": completion 1 of 5 = 20 %.
    expect(r.completion.pct.value).toBe(20);
    expect(r.completion.unanswered).toBe(4);
    expect(r.items.find((i) => i.id === 'EN-2')).toMatchObject({
      answer: null,
      scoredAs: 'no',
      decidedBy: 'unanswered',
      points: 0,
    });
    expect(r.pillars[0]?.scorePct.explanation.inputs.map((i) => i.value)).toEqual([
      'yes',
      'unanswered',
      'unanswered',
    ]);
    expect(r.pillars[0]?.scorePct.explanation.formula).toContain('unanswered counts as no');
  });

  it('removing answers never raises a score (the issue: 75 % became 100 % with fewer answers)', () => {
    // EN-1 yes, EN-2 no (w2), EN-3 partly: (1 + 0 + 0.5) ÷ 4 = 37.5 %. Removing EN-2 and EN-3
    // answers: (1 + 0 + 0) ÷ 4 = 25 %, lower, not the 100 % that leaving them out gave.
    const full = scoreVcp(
      MINI_PACK,
      garment,
      assess({ 'EN-1': 'yes', 'EN-2': 'no', 'EN-3': 'partly', 'LA-1': 'yes', 'LA-2': 'yes' }),
    );
    const fewer = scoreVcp(
      MINI_PACK,
      garment,
      assess({ 'EN-1': 'yes', 'LA-1': 'yes', 'LA-2': 'yes' }),
    );
    expect(full.pillars[0]?.scorePct.value).toBe(37.5);
    expect(fewer.pillars[0]?.scorePct.value).toBe(25);
    // overall: (37.5 + 100) ÷ 2 = 68.75 → (25 + 100) ÷ 2 = 62.5
    expect(full.overallPct.value).toBe(68.75);
    expect(fewer.overallPct.value).toBe(62.5);
    // The gaps list offers the unanswered items too: EN-2 → yes lifts EN to 75 % (+25 overall).
    expect(fewer.topGaps[0]).toMatchObject({ itemId: 'EN-2', gainPct: 25, answer: null });
  });

  it('only "not applicable" leaves an item out', () => {
    const r = scoreVcp(
      MINI_PACK,
      garment,
      assess({ 'EN-1': 'yes', 'EN-2': 'na', 'EN-3': 'na', 'LA-1': 'yes', 'LA-2': 'na' }),
    );
    // EN: 1 ÷ 1 = 100 %, LA: 1 ÷ 1 = 100 %
    expect(r.overallPct.value).toBe(100);
    expect(r.completion.na).toBe(3);
  });

  it('applies process-specific items only to those processes', () => {
    const r = scoreVcp(MINI_PACK, ['scouring'], assess({ 'WA-1': 'no' }));
    expect(r.items.map((i) => i.id)).toContain('WA-1');
    expect(r.pillars.find((p) => p.pillar === 'WA')?.scorePct.value).toBe(0);
  });

  it('scores nothing answered as 0 (every applicable item counts "no") and reports unknown ids', () => {
    const r = scoreVcp(MINI_PACK, garment, assess({ 'XX-9': 'yes' }));
    expect(r.overallPct.value).toBe(0);
    expect(r.completion.unanswered).toBe(5);
    expect(r.unknownAnswerIds).toEqual(['XX-9']);
    expect(scoreVcp(MINI_PACK, garment, undefined).completion.answered).toBe(0);
  });
});

describe('scoreVcp properties', () => {
  const packs: CriteriaPack[] = [MINI_PACK, PACK_V1];
  const input = fc
    .tuple(fc.constantFrom(...packs), arbProcesses)
    .chain(([pack, processes]) =>
      fc.tuple(fc.constant(pack), fc.constant(processes), arbAnswers(pack), fc.nat()),
    );
  const wrap = (answers: Record<string, AnswerEntry>): VcpAssessment => ({
    packVersion: 'x',
    status: 'draft',
    version: 1,
    answers,
  });

  it('keeps every score within 0–100', () => {
    fc.assert(
      fc.property(input, ([pack, processes, answers]) => {
        const r = scoreVcp(pack, processes, wrap(answers));
        for (const v of [
          r.overallPct.value,
          ...r.pillars.map((p) => p.scorePct.value),
          r.completion.pct.value,
        ]) {
          if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
          if (v !== null) expect(v).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('never lowers the score or level when an answer becomes "yes"', () => {
    fc.assert(
      fc.property(input, ([pack, processes, answers, n]) => {
        const item = pack.vcpItems[n % pack.vcpItems.length]!;
        const before = scoreVcp(pack, processes, wrap(answers));
        const after = scoreVcp(pack, processes, wrap({ ...answers, [item.id]: { answer: 'yes' } }));
        expect(after.overallPct.value ?? 0).toBeGreaterThanOrEqual(
          (before.overallPct.value ?? 0) - 1e-9,
        );
        expect(after.level).toBeGreaterThanOrEqual(before.level);
      }),
    );
  });

  it('treats "na" as absent, never as a failure', () => {
    fc.assert(
      fc.property(input, ([pack, processes, answers, n]) => {
        const item = pack.vcpItems[n % pack.vcpItems.length]!;
        const withNa = scoreVcp(pack, processes, wrap({ ...answers, [item.id]: { answer: 'na' } }));
        const without: CriteriaPack = {
          ...pack,
          vcpItems: pack.vcpItems.filter((i) => i.id !== item.id),
        };
        const rest = Object.fromEntries(Object.entries(answers).filter(([k]) => k !== item.id));
        const removed = scoreVcp(without, processes, wrap(rest));
        expect(withNa.overallPct.value).toBe(removed.overallPct.value);
        expect(withNa.knockOutsFailed).not.toContain(item.id);
        expect(withNa.topGaps.map((g) => g.itemId)).not.toContain(item.id);
      }),
    );
  });

  it('ranks gaps by the real gain of answering "yes"', () => {
    fc.assert(
      fc.property(input, ([pack, processes, answers]) => {
        const r = scoreVcp(pack, processes, wrap(answers));
        for (const g of r.topGaps) {
          const again = scoreVcp(
            pack,
            processes,
            wrap({ ...answers, [g.itemId]: { answer: 'yes' } }),
          );
          expect(again.overallPct.value).toBeCloseTo(g.overallIfYes, 9);
          expect(g.gainPct).toBeGreaterThan(0);
        }
      }),
    );
  });
});
