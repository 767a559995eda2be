import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { scorePackage } from '../../../shared/engine/scorePackage';
import { PERMIT_KINDS } from '../../../shared/package/enums';
import type { ApplicationPackage } from '../../../shared/package/schema';
import { fromPeriod, inPeriods, onDate, toPeriod } from '../../../shared/words/dates';

// Where the firm's own data contradicts a declaration, the words say months and dates as words
// in both languages ("in force in April 2025", "2025 оны 4-р сард"), never "2025-04" or an ISO
// date. Hand-worked: MNT 780,000 in April and May 2025 against the MNT 792,000 in force then;
// the chemicals licence expired on 15 October 2025, before the package date (1 December 2025);
// one lost-time injury in March 2025, judged over January–December 2025.
function wetProcessor(): ApplicationPackage {
  const pkg = generatePackage(11, 12, ACTIVE_PACK);
  pkg.createdAt = '2025-12-01T08:00:00Z';
  pkg.organisation.processes = ['scouring'];
  pkg.organisation.permits = PERMIT_KINDS.filter((k) => k !== 'other').map((kind, i) => ({
    id: `permit-${i}`,
    kind,
    number: `N-${i}`,
    issuedBy: 'Authority',
    ...(kind === 'chemicals_licence' ? { expiresOn: '2025-10-15' } : {}),
  }));
  const answers: Record<string, { answer: 'yes' }> = {};
  for (const item of ACTIVE_PACK.vcpItems) answers[item.id] = { answer: 'yes' };
  pkg.vcp = { packVersion: ACTIVE_PACK.version, status: 'submitted', version: 1, answers };
  pkg.es = { exclusions: {}, checks: {}, documentsReceived: [] };
  pkg.periods = pkg.periods.map((p, i) => ({
    ...p,
    period: `2025-${String(i + 1).padStart(2, '0')}`,
    values: {
      ...p.values,
      'labour.lowest_wage_mnt': { value: i === 3 || i === 4 ? 780_000 : 2_000_000, unit: 'MNT' },
      'labour.lost_time_injuries': { value: i === 2 ? 1 : 0, unit: 'count' },
    },
  }));
  return pkg;
}

describe('contradiction words say months and dates in words', () => {
  const r = scorePackage(wetProcessor(), ACTIVE_PACK);
  const says = (fact: string) => r.dataSays.find((d) => d.fact === fact)?.words;

  it('the wage below the minimum, in both languages', () => {
    expect(says('wage_below_minimum')?.en).toBe(
      'Payroll figures: lowest monthly wage below the minimum wage in force in April and May 2025 (lowest MNT 780,000 in April 2025 against MNT 792,000)',
    );
    expect(says('wage_below_minimum')?.mn).toContain('2025 оны 4, 5-р сард мөрдөгдөж буй');
    expect(says('wage_below_minimum')?.mn).toContain('(2025 оны 4-р сард 780,000 төгрөг');
  });

  it('the expired permit, by title and with its day', () => {
    const w = r.dataSays
      .filter((d) => d.fact === 'permit_missing_or_expired')
      .map((d) => d.words)
      .find((x) => x.en.includes('DOC-CHEM-LICENCE'));
    expect(w?.en).toContain(
      'Permit register checked on 1 December 2025: Licence to use toxic and hazardous chemicals (DOC-CHEM-LICENCE) expired on 15 October 2025',
    );
    expect(w?.mn).toContain('2025 оны 12-р сарын 1-нд шалгахад');
    expect(w?.mn).toContain('хугацаа нь 2025 оны 10-р сарын 15-д дууссан');
  });

  it('the lost-time injuries, from and to which month', () => {
    expect(says('lost_time_injuries')?.en).toContain(
      'lost-time injuries from January 2025 to December 2025: 1',
    );
    expect(says('lost_time_injuries')?.mn).toContain(
      '2025 оны 1-р сараас 2025 оны 12-р сар хүртэл ажлын өдөр алдсан 1 осол',
    );
  });

  it('no contradiction or data words carry an ISO month or date', () => {
    const all = [...r.dataSays.map((d) => d.words), ...r.contradictions.map((c) => c.words)];
    expect(all.length).toBeGreaterThan(3);
    for (const w of all) {
      expect(w.en).not.toMatch(/\d{4}-\d{2}/);
      expect(w.mn).not.toMatch(/\d{4}-\d{2}/);
    }
  });
});

describe('longDate phrases', () => {
  it('puts the Mongolian locative ending on the day as it is read', () => {
    // 1 нэгэнд, 2 хоёрт, 5 тавд, 10 аравт, 20 хорьд, 21 хорин нэгэнд, 30 гучинд.
    const days = ['01', '02', '05', '10', '20', '21', '30'].map((d) =>
      onDate(`2026-06-${d}`, 'mn'),
    );
    expect(days.map((d) => d.slice(d.lastIndexOf(' ') + 1))).toEqual([
      '1-нд',
      '2-т',
      '5-д',
      '10-т',
      '20-д',
      '21-нд',
      '30-нд',
    ]);
    expect(onDate('2026-06-30', 'en')).toBe('on 30 June 2026');
  });

  it('groups months by year and handles yearly figures', () => {
    expect(inPeriods(['2024-12', '2025-01'], 'en')).toBe('in December 2024 and January 2025');
    expect(inPeriods(['2024-12', '2025-01'], 'mn')).toBe('2024 оны 12-р сар, 2025 оны 1-р сард');
    expect(fromPeriod('2025', 'mn')).toBe('2025 оноос');
    expect(toPeriod('2025', 'en')).toBe('to 2025');
  });
});
