import { describe, expect, it } from 'vitest';
import { monitoringSchedule } from '../../../shared/officer-record/monitoring';
import { addMonths } from '../../../shared/scoring/dates';

describe('addMonths', () => {
  it('keeps the day of the month, clamped to the last day', () => {
    expect(addMonths('2026-03-01', 12)).toBe('2027-03-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29'); // leap year
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-03-10', -3)).toBe('2025-12-10');
  });
});

describe('monitoringSchedule', () => {
  it('B: an annual report and a yearly visit on the signing day, even across a leap year', () => {
    // 365-day steps put the 2028 visit on 29 February; calendar years keep 1 March.
    const s = monitoringSchedule('B', '2026-03-01', 3, [], []);
    expect(s.filter((m) => m.kind === 'es_report').map((m) => m.due)).toEqual([
      '2027-03-01',
      '2028-03-01',
      '2029-03-01',
    ]);
    expect(s.filter((m) => m.kind === 'site_visit').map((m) => m.due)).toEqual([
      '2027-03-01',
      '2028-03-01',
      '2029-03-01',
    ]);
  });

  it('A visits every six calendar months, C has no scheduled visit', () => {
    expect(
      monitoringSchedule('A', '2026-01-31', 2, [], [])
        .filter((m) => m.kind === 'site_visit')
        .map((m) => m.due),
    ).toEqual(['2026-07-31', '2027-01-31', '2027-07-31', '2028-01-31']);
    expect(
      monitoringSchedule('C', '2026-01-01', 2, [], []).filter((m) => m.kind === 'site_visit'),
    ).toHaveLength(0);
  });

  it('reviews ESAP deadlines and permits expiring within the term, 30 days ahead', () => {
    const s = monitoringSchedule(
      'C',
      '2026-01-01',
      1,
      ['2026-04-01', '2026-04-01', '2030-01-01'],
      [
        { ref: 'DOC-EIA', expiresOn: '2026-08-31' },
        { ref: 'DOC-OLD', expiresOn: '2025-01-01' },
      ],
    );
    expect(s.map((m) => `${m.kind}:${m.due}`)).toEqual([
      'esap_review:2026-04-01',
      'permit_renewal:2026-08-01',
      'es_report:2027-01-01',
    ]);
  });
});
