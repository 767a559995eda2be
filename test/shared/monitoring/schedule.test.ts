import { describe, expect, it } from 'vitest';
import { monitoringRecordSchema, type MonitoringRecord } from '../../../shared/monitoring/record';
import {
  addScheduleEntry,
  adoptSchedule,
  defaultVisitSlot,
  effectiveSchedule,
  recordSiteVisit,
  removeScheduleEntry,
  resetSchedule,
  updateScheduleEntry,
} from '../../../shared/monitoring/schedule';
import { monitoringSchedule } from '../../../shared/officer-record/monitoring';

// Category B signed 2026-01-31 for 2 years, calendar months: report and visit on 2027-01-31 and
// 2028-01-31 (12 and 24 months on; a 365-day step would give 2027-01-31 then 2028-01-31 too,
// but from 2028-02-29 onward it drifts by a day).
const generated = monitoringSchedule('B', '2026-01-31', 2, [], []);
const empty: MonitoringRecord = { visits: [] };

describe('the officer’s monitoring schedule', () => {
  it('is the generated one until adopted', () => {
    expect(effectiveSchedule(undefined, generated)).toEqual(generated);
    expect(effectiveSchedule(empty, generated)).toEqual(generated);
    expect(adoptSchedule(generated).map((e) => `${e.id} ${e.due} ${e.kind}`)).toEqual([
      'm1 2027-01-31 es_report',
      'm2 2027-01-31 site_visit',
      'm3 2028-01-31 es_report',
      'm4 2028-01-31 site_visit',
    ]);
  });

  it('keeps the officer’s edits: a moved visit, a removed report, an added check', () => {
    let r = updateScheduleEntry(empty, generated, 'm2', { due: '2026-10-15', note: 'dye house' });
    r = removeScheduleEntry(r, generated, 'm3');
    r = addScheduleEntry(r, generated, { kind: 'permit_renewal', due: '2027-06-01', ref: 'DOC-X' });
    expect(monitoringRecordSchema.safeParse(r).success).toBe(true);
    // A re-scored schedule (say, for category A) no longer changes what the officer set.
    const rescored = monitoringSchedule('A', '2026-01-31', 2, [], []);
    expect(effectiveSchedule(r, rescored).map((m) => `${m.due} ${m.kind}`)).toEqual([
      '2026-10-15 site_visit',
      '2027-01-31 es_report',
      '2027-06-01 permit_renewal',
      '2028-01-31 site_visit',
    ]);
    expect(r.schedule?.find((e) => e.kind === 'permit_renewal')?.id).toBe('m5');
    // Clearing the note removes it rather than storing an empty text.
    r = updateScheduleEntry(r, generated, 'm2', { note: '' });
    expect(r.schedule?.find((e) => e.id === 'm2')).toEqual({
      id: 'm2',
      kind: 'site_visit',
      due: '2026-10-15',
    });
  });

  it('a site visit marks the scheduled visit it counts as done, on the visit’s day', () => {
    const slot = defaultVisitSlot(adoptSchedule(generated));
    expect(slot?.id).toBe('m2');
    const r = recordSiteVisit(empty, generated, {
      date: '2027-02-03',
      by: 'B. Bold, loan officer',
      findings: 'Fire exits clear; chemical store now locked.',
      scheduleId: 'm2',
    });
    expect(r.visits).toEqual([
      {
        id: 'v1',
        date: '2027-02-03',
        by: 'B. Bold, loan officer',
        findings: 'Fire exits clear; chemical store now locked.',
        scheduleId: 'm2',
      },
    ]);
    expect(r.schedule?.find((e) => e.id === 'm2')?.doneOn).toBe('2027-02-03');
    expect(defaultVisitSlot(r.schedule ?? [])?.id).toBe('m4');
    // A visit outside the schedule marks nothing.
    const extra = recordSiteVisit(r, generated, {
      date: '2027-03-01',
      by: 'ESRM unit',
      findings: 'Unannounced check.',
    });
    expect(extra.visits.map((v) => v.id)).toEqual(['v1', 'v2']);
    expect(extra.schedule?.filter((e) => e.doneOn).map((e) => e.id)).toEqual(['m2']);
  });

  it('keeps the monitoring reports through a visit and a return to the generated schedule', () => {
    const generated = monitoringSchedule('B', '2026-01-31', 2, [], []);
    const report = {
      year: 2026,
      measured: {
        productionKg: 1,
        electricityKwh: 1,
        heatGcal: 0,
        coalT: 0,
        dieselL: 0,
        waterM3: 0,
      },
      measuredFrom: '2026-01',
      measuredTo: '2026-12',
      exportedAt: '2027-01-20T09:00:00Z',
      importedAt: '2027-01-22T09:00:00Z',
      verdict: 'intact',
    };
    const withVisit = recordSiteVisit({ visits: [], reports: [report] }, generated, {
      date: '2027-01-30',
      by: 'B. Bold',
      findings: 'All in order.',
    });
    expect(withVisit.reports).toEqual([report]);
    const reset = resetSchedule(withVisit);
    expect(reset.schedule).toBeUndefined();
    expect(reset.reports).toEqual([report]);
    expect(reset.visits).toHaveLength(1);
  });

  it('refuses a visit without who or findings', () => {
    const bad = { visits: [{ id: 'v1', date: '2027-02-03', by: '', findings: 'x' }] };
    expect(monitoringRecordSchema.safeParse(bad).success).toBe(false);
  });
});
