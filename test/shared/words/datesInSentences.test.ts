import { buildEsap } from '../../../shared/scoring/esap';
import type { DocumentStatus } from '../../../shared/scoring/esDocuments';
import { passWords } from '../../../shared/words/contradictionWords';
import type { GroupBenchmark } from '../../../shared/workshop/benchmark';
import { groupSummarySpec } from '../../../shared/workshop/groupSummarySpec';

// A date a person reads is written out in their language, never 2026-03-31 or 2026.03.31 inside a
// sentence: "on 31 March 2026" / "2026 оны 3-р сарын 31-нд" (shared/words/dates.ts).
const NUMERIC = /\d{4}[-.]\d{2}[-.]\d{2}/;

describe('"It passes when…" for permits names the day in words', () => {
  it('in English', () => {
    const s = passWords('permit_missing_or_expired', '2026-03-31', 'en');
    expect(s).toBe(
      'It passes when each of these permits is in your profile and still valid on 31 March 2026.',
    );
  });
  it('in Mongolian, with the dative ending the day is read with', () => {
    const s = passWords('permit_missing_or_expired', '2026-03-31', 'mn');
    expect(s).toContain('2026 оны 3-р сарын 31-нд хүчинтэй');
    expect(s).not.toMatch(NUMERIC);
    // 10 is read "арав": аравт, not 10-нд
    expect(passWords('permit_missing_or_expired', '2026-02-10', 'mn')).toContain(
      '2026 оны 2-р сарын 10-т',
    );
  });
});

describe('ESAP permit issues say the expiry day with its own ending', () => {
  const doc = (state: DocumentStatus['state'], expiresOn: string): DocumentStatus => ({
    id: 'DOC-FIRE',
    title: { en: 'Fire safety approval', mn: 'Галын аюулгүй байдлын зөвшөөрөл', mnReviewed: false },
    permitKind: 'fire_safety',
    state,
    received: false,
    permitId: 'p1',
    expiresOn,
    daysToExpiry: null,
    outstanding: state === 'expired',
  });
  it('expired on the 10th: "10-т" in Mongolian, "on 10 February 2026" in English', () => {
    const [item] = buildEsap([], new Map(), [doc('expired', '2026-02-10')], [], '2026-04-01');
    expect(item?.issue.en).toBe('Fire safety approval: expired on 10 February 2026');
    // the old words wrote "10-нд" whatever the day
    expect(item?.issue.mn).toBe(
      'Галын аюулгүй байдлын зөвшөөрөл: 2026 оны 2-р сарын 10-т хугацаа дууссан',
    );
  });
  it('expiring on the 5th: "5-д"', () => {
    const [item] = buildEsap([], new Map(), [doc('expiring_soon', '2026-05-05')], [], '2026-04-01');
    expect(item?.issue.mn).toBe('Галын аюулгүй байдлын зөвшөөрөл: 2026 оны 5-р сарын 5-д дуусна');
  });
});

describe('the workshop group summary dates its creation as a person writes it', () => {
  const bench: GroupBenchmark = { participants: 0, shown: false, measures: [] };
  it.each([
    ['en', '24 November 2026'],
    ['mn', '2026.11.24'],
  ] as const)('%s', (lang, shown) => {
    const spec = groupSummarySpec(bench, lang, '2026-11-24T10:00:00.000Z');
    const cells = spec.sheets[0]?.rows[1]?.map((c) => (c && c.t === 's' ? c.v : null));
    expect(cells?.[1]).toBe(shown);
  });
});
