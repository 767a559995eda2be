import { describe, expect, it } from 'vitest';
import { dueItems, dueState, type EsapDueInput } from '../../../shared/monitoring/due';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { scorePackage } from '../../../shared/engine/scorePackage';
import { monitoringSchedule } from '../../../shared/officer-record/monitoring';

const esap: EsapDueInput[] = [
  {
    id: 'E1',
    action: 'Fire extinguishers',
    deadline: '2027-01-15',
    status: 'open',
    conditionPrecedent: true,
  },
  { id: 'E2', action: 'Chemical store', deadline: '2027-02-01', status: 'done' },
  { id: 'E3', action: 'Wastewater contract', deadline: '2027-04-01', status: 'in_progress' },
  { id: 'E4', action: 'No deadline yet', status: 'open' },
  { id: 'E5', action: 'Dropped', deadline: '2026-12-01', status: 'cancelled' },
];

describe('dueState', () => {
  it('overdue = open items due before today; next = the earliest open item from today on', () => {
    // Category A signed 2026-08-31 for 1 year, calendar months: visits 2027-02-28 (31 Aug + 6
    // months, clamped to February's last day) and 2027-08-31; the annual report 2027-08-31;
    // ESAP reviews on the open deadlines 2027-01-15 and 2027-04-01 (E2 done, E5 cancelled).
    const schedule = monitoringSchedule('A', '2026-08-31', 1, ['2027-01-15', '2027-04-01'], []);
    expect(schedule.map((m) => `${m.due} ${m.kind}`)).toEqual([
      '2027-01-15 esap_review',
      '2027-02-28 site_visit',
      '2027-04-01 esap_review',
      '2027-08-31 es_report',
      '2027-08-31 site_visit',
    ]);
    const s = dueState(schedule, esap, '2027-03-01');
    // Overdue on 1 March 2027: E1 (its 15 January review is E1 itself, counted once), the
    // 28 February visit.
    expect(s.overdue.map((d) => `${d.due} ${d.source}`)).toEqual([
      '2027-01-15 esap',
      '2027-02-28 schedule',
    ]);
    // Next: E3 on 1 April (in progress), not the review of E3 on the same day.
    expect(s.nextDue).toMatchObject({ source: 'esap', due: '2027-04-01', id: 'E3' });
  });

  it('counts an ESAP item once: a review on its deadline is the item itself', () => {
    const review = { kind: 'esap_review' as const, due: '2027-01-15' };
    // E1 open on 15 January: one overdue item, E1, not the review beside it.
    expect(dueState([review], esap, '2027-02-01').overdue.map((d) => d.source)).toEqual(['esap']);
    // E1 done: the review still to be held counts as itself.
    const closed = esap.map((a) => (a.id === 'E1' ? { ...a, status: 'done' as const } : a));
    expect(dueState([review], closed, '2027-02-01').overdue.map((d) => d.source)).toEqual([
      'schedule',
    ]);
    // A review already held is never due, whatever the items say.
    expect(dueState([{ ...review, doneOn: '2027-01-15' }], closed, '2027-02-01').overdue).toEqual(
      [],
    );
  });

  it('the example: 31 overdue before, 26 after — each of the 22 ESAP items once', () => {
    // The portfolio e2e's application (generated package 7, category B) signed 31 January 2025
    // for 3 years, every generated ESAP item open, seen on 4 December 2026. Its 23 ESAP items
    // carry 6 deadlines (2025-01-31, 03-02, 05-01, 07-30, 2026-01-31, 2027-01-15); 22 are past.
    // Schedule items past: reviews on 5 of those days, permit checks 2026-01-16 and 06-15, the
    // first annual report and site visit 2026-01-31 = 9. Counted twice before: 22 + 9 = 31.
    // Once: 22 ESAP items + 4 schedule items (2 permit checks, report, visit) = 26.
    const pkg = generatePackage(7, 12, PACK_V1);
    delete pkg.es;
    const r = scorePackage(pkg, PACK_V1, { asOf: '2026-12-04', signingDate: '2025-01-31' });
    const items: EsapDueInput[] = r.es.esap.map((g) => ({
      id: g.id,
      action: g.action.en,
      status: 'open',
      conditionPrecedent: g.conditionPrecedent,
      ...(g.deadline ? { deadline: g.deadline } : {}),
    }));
    expect(items).toHaveLength(23);
    expect(new Set(items.map((a) => a.deadline)).size).toBe(6);
    const schedule = monitoringSchedule(
      r.es.finalCategory,
      '2025-01-31',
      3,
      items.flatMap((a) => (a.deadline ? [a.deadline] : [])),
      r.es.documents.flatMap((d) =>
        d.expiresOn && d.permitKind ? [{ ref: d.id, expiresOn: d.expiresOn }] : [],
      ),
    );
    const s = dueState(schedule, items, '2026-12-04');
    expect(s.overdue.filter((d) => d.source === 'esap')).toHaveLength(22);
    expect(
      s.overdue.flatMap((d) => (d.source === 'schedule' ? [`${d.due} ${d.kind}`] : [])),
    ).toEqual([
      '2026-01-16 permit_renewal',
      '2026-01-31 es_report',
      '2026-01-31 site_visit',
      '2026-06-15 permit_renewal',
    ]);
    expect(s.overdue).toHaveLength(26);
  });

  it('an item due today is not overdue; the day after it is', () => {
    const item = { kind: 'site_visit' as const, due: '2027-02-28' };
    expect(dueState([item], [], '2027-02-28')).toMatchObject({ overdue: [], nextDue: item });
    expect(dueState([item], [], '2027-03-01').overdue).toHaveLength(1);
    expect(dueState([item], [], '2027-03-01').nextDue).toBeNull();
  });

  it('a done schedule item and a done or cancelled ESAP item are never due', () => {
    const done = { kind: 'es_report' as const, due: '2027-01-01', doneOn: '2027-01-03' };
    expect(dueState([done], esap, '2028-01-01').overdue.map((d) => d.due)).toEqual([
      '2027-01-15',
      '2027-04-01',
    ]);
  });

  it('names an ESAP item by its action and says when it is a condition precedent', () => {
    const [first] = dueState([], esap, '2027-02-01').overdue;
    expect(first).toEqual({
      source: 'esap',
      due: '2027-01-15',
      id: 'E1',
      action: 'Fire extinguishers',
      conditionPrecedent: true,
    });
  });

  it('agrees with the sorted list of every due item (property over many days)', () => {
    const schedule = monitoringSchedule('B', '2026-03-31', 3, ['2026-06-30'], []);
    for (let m = 1; m <= 12 * 4; m++) {
      const today = `${String(2026 + Math.floor(m / 12))}-${String((m % 12) + 1).padStart(2, '0')}-15`;
      const all = dueItems(schedule, esap);
      const s = dueState(schedule, esap, today);
      expect(s.overdue).toEqual(all.filter((d) => d.due < today));
      expect(s.nextDue).toEqual(all.find((d) => d.due >= today) ?? null);
    }
  });
});
