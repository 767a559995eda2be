import { describe, expect, it } from 'vitest';
import { dueItems, dueState, type EsapDueInput } from '../../../shared/monitoring/due';
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
    // Overdue on 1 March 2027: the 15 January review and E1, the 28 February visit.
    expect(s.overdue.map((d) => `${d.due} ${d.source}`)).toEqual([
      '2027-01-15 schedule',
      '2027-01-15 esap',
      '2027-02-28 schedule',
    ]);
    expect(s.nextDue).toMatchObject({ source: 'schedule', due: '2027-04-01', kind: 'esap_review' });
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
