// The day boundary: 23:30 UTC is already the next morning (07:30) in Ulaanbaatar, so a package
// exported then is dated, scored, named and printed on the next day.
import { scourerDehairerExample } from '../../../cli/examples/scourerDehairer';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { scorePackage } from '../../../shared/engine/scorePackage';
import {
  BANK_ZONE,
  calendarDay,
  clockTime,
  packageDay,
  todayIn,
} from '../../../shared/package/calendarDay';
import { longDate, tableDate, tableDateTime } from '../../../shared/words/dates';
import { buildWorkbookSpec } from '../../../shared/workbook';

const LATE = '2026-02-10T23:30:00Z';

describe('the calendar day in the bank’s zone', () => {
  it('is the next day at 23:30 UTC and the same day at 15:59 UTC', () => {
    expect(BANK_ZONE).toEqual({ id: 'Asia/Ulaanbaatar', offsetMinutes: 480, label: 'UTC+08:00' });
    expect(calendarDay(LATE)).toBe('2026-02-11');
    expect(calendarDay('2026-02-10T15:59:00Z')).toBe('2026-02-10');
    expect(calendarDay('2026-02-10T16:00:00Z')).toBe('2026-02-11');
    // an offset written with the time is honoured; a plain day or wall-clock time is a day already
    expect(calendarDay('2026-02-10T23:30:00-05:00')).toBe('2026-02-11');
    expect(calendarDay('2026-02-10T07:30:00+08:00')).toBe('2026-02-10');
    expect(calendarDay('2026-12-31')).toBe('2026-12-31');
    expect(calendarDay('2026-12-31T23:59:00')).toBe('2026-12-31');
    expect(calendarDay('not a date')).toBe('not a date');
    // the year turns in Ulaanbaatar eight hours before it turns in UTC
    expect(todayIn(BANK_ZONE, new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(packageDay({ createdAt: LATE })).toBe('2026-02-11');
    expect(clockTime(LATE)).toBe('07:30');
    expect(clockTime('2026-02-10')).toBeNull();
  });

  it('dates words and tables by that day, and shows a time with its offset', () => {
    expect(longDate(LATE, 'en')).toBe('11 February 2026');
    expect(longDate(LATE, 'mn')).toBe('2026 оны 2-р сарын 11');
    expect(tableDate(LATE, 'mn')).toBe('2026.02.11');
    expect(tableDateTime(LATE, 'en')).toBe('11 February 2026 07:30 UTC+08:00');
    expect(tableDateTime('2026-01-20T10:30:00+08:00', 'mn')).toBe('2026.01.20 10:30 UTC+08:00');
    expect(tableDateTime('2026-01-20', 'mn')).toBe('2026.01.20');
  });

  it('scores a package exported at 23:30 UTC as of the next day: a permit ending that day has expired', () => {
    const pkg = { ...scourerDehairerExample(), createdAt: LATE };
    const r = scorePackage(pkg, ACTIVE_PACK);
    expect(r.asOf).toBe('2026-02-11');
    // the fire-safety approval ends 2026-02-10: valid on its last day, expired the day after
    const fire = r.es.documents.find((d) => d.permitKind === 'fire_safety')!;
    expect([fire.expiresOn, fire.state]).toEqual(['2026-02-10', 'expired']);
  });

  it('prints the Summary’s "Prepared at" at Ulaanbaatar time with UTC+08:00', () => {
    const pkg = { ...scourerDehairerExample(), createdAt: LATE };
    for (const [language, shown] of [
      ['en', '11 February 2026 07:30 UTC+08:00'],
      ['mn', '2026.02.11 07:30 UTC+08:00'],
    ] as const) {
      const built = buildWorkbookSpec({
        pkg,
        pack: ACTIVE_PACK,
        results: scorePackage(pkg, ACTIVE_PACK),
        language,
        charts: null,
      });
      const summary = built.spec.sheets.find((s) => s.key === 'summary')!;
      const texts = summary.rows.flat().flatMap((c) => (c?.t === 's' ? [c.v] : []));
      expect(texts).toContain(shown);
    }
  });
});
