import fc from 'fast-check';
import {
  EMPTY_FILTER,
  filterPortfolio,
  portfolioStats,
  sortPortfolio,
  textSortKey,
  type PortfolioRow,
} from '../../../shared/portfolio/portfolioModel';

function row(over: Partial<PortfolioRow> & { id: string }): PortfolioRow {
  return {
    orgId: `org-${over.id}`,
    nameMn: 'Нэр',
    nameEn: '',
    registrationNo: '0000000',
    status: 'received',
    category: null,
    suggestedCategory: null,
    greenDecision: null,
    amountMnt: 0,
    taxonomyCode: null,
    womenLed: false,
    importedAt: '2026-01-01T00:00:00.000Z',
    findings: null,
    conditionsPrecedent: [],
    co2AvoidedT: null,
    nextDue: null,
    overdue: [],
    ...over,
  };
}

const rows: PortfolioRow[] = [
  row({
    id: 'a',
    nameMn: 'Говь Ноолуур ХХК',
    nameEn: 'Gobi Cashmere',
    registrationNo: '5012345',
    status: 'in_review',
    category: 'B',
    greenDecision: 'eligible',
    amountMnt: 800e6,
    taxonomyCode: 'MGT-2',
    womenLed: true,
  }),
  row({
    id: 'b',
    nameMn: 'Өнгөт Утас ХХК',
    registrationNo: '6123456',
    status: 'approved',
    category: 'C',
    greenDecision: 'not_eligible',
    amountMnt: 120e6,
  }),
  row({
    id: 'c',
    nameMn: 'Алтай Угаалга',
    registrationNo: '2345678',
    status: 'in_review',
    category: 'A',
    greenDecision: 'eligible_subject_to_verification',
    amountMnt: 1500e6,
    taxonomyCode: 'MGT-4',
    womenLed: true,
  }),
  row({ id: 'd', nameMn: 'Оюу Сүлжмэл', registrationNo: '3456789', amountMnt: 60e6 }),
];

describe('filterPortfolio', () => {
  it('keeps everything with the empty filter', () => {
    expect(filterPortfolio(rows, EMPTY_FILTER).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('combines status, category, green decision and women-led', () => {
    expect(
      filterPortfolio(rows, { ...EMPTY_FILTER, status: 'in_review' }).map((r) => r.id),
    ).toEqual(['a', 'c']);
    expect(
      filterPortfolio(rows, { ...EMPTY_FILTER, status: 'in_review', category: 'A' }).map(
        (r) => r.id,
      ),
    ).toEqual(['c']);
    expect(filterPortfolio(rows, { ...EMPTY_FILTER, category: 'none' }).map((r) => r.id)).toEqual([
      'd',
    ]);
    expect(
      filterPortfolio(rows, { ...EMPTY_FILTER, greenDecision: 'none' }).map((r) => r.id),
    ).toEqual(['d']);
    expect(filterPortfolio(rows, { ...EMPTY_FILTER, womenLed: 'no' }).map((r) => r.id)).toEqual([
      'b',
      'd',
    ]);
  });

  it('searches Mongolian and English names and the registration number, ignoring case', () => {
    expect(filterPortfolio(rows, { ...EMPTY_FILTER, search: 'ноолуур' }).map((r) => r.id)).toEqual([
      'a',
    ]);
    expect(filterPortfolio(rows, { ...EMPTY_FILTER, search: 'GOBI' }).map((r) => r.id)).toEqual([
      'a',
    ]);
    expect(filterPortfolio(rows, { ...EMPTY_FILTER, search: ' 6123 ' }).map((r) => r.id)).toEqual([
      'b',
    ]);
    expect(filterPortfolio(rows, { ...EMPTY_FILTER, search: 'zzz' })).toEqual([]);
  });
});

describe('sortPortfolio', () => {
  it('sorts names in Mongolian alphabet order: Ө after О, before П', () => {
    expect(sortPortfolio(rows, { key: 'name', dir: 'asc' }).map((r) => r.id)).toEqual([
      'c',
      'a',
      'd',
      'b',
    ]);
    expect(textSortKey('Өнгө') > textSortKey('Оюу')).toBe(true);
    expect(textSortKey('Өнгө') < textSortKey('Пүрэв')).toBe(true);
    expect(textSortKey('Үүр') > textSortKey('Уул')).toBe(true);
  });

  it('sorts amounts numerically both ways', () => {
    expect(sortPortfolio(rows, { key: 'amountMnt', dir: 'asc' }).map((r) => r.id)).toEqual([
      'd',
      'b',
      'a',
      'c',
    ]);
    expect(sortPortfolio(rows, { key: 'amountMnt', dir: 'desc' }).map((r) => r.id)).toEqual([
      'c',
      'a',
      'b',
      'd',
    ]);
  });

  it('puts unscreened rows last in either direction', () => {
    expect(sortPortfolio(rows, { key: 'category', dir: 'asc' }).map((r) => r.id)).toEqual([
      'c',
      'a',
      'b',
      'd',
    ]);
    expect(sortPortfolio(rows, { key: 'category', dir: 'desc' }).map((r) => r.id)).toEqual([
      'b',
      'a',
      'c',
      'd',
    ]);
    expect(
      sortPortfolio(rows, { key: 'taxonomyCode', dir: 'desc' })
        .map((r) => r.id)
        .slice(2),
    ).toEqual(['b', 'd']);
  });

  it('is a permutation, ordered, and never mutates its input (property)', () => {
    const arb = fc.array(
      fc.record({
        id: fc.uuid(),
        amountMnt: fc.integer({ min: 0, max: 1e9 }),
        nameMn: fc.string(),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(arb, fc.constantFrom('asc' as const, 'desc' as const), (raw, dir) => {
        const input = raw.map((r) => row(r));
        const before = input.map((r) => r.id);
        const out = sortPortfolio(input, { key: 'amountMnt', dir });
        expect(input.map((r) => r.id)).toEqual(before);
        expect([...out.map((r) => r.id)].sort()).toEqual([...before].sort());
        for (let i = 1; i < out.length; i++) {
          const d = (out[i]?.amountMnt ?? 0) - (out[i - 1]?.amountMnt ?? 0);
          expect(dir === 'asc' ? d >= 0 : d <= 0).toBe(true);
        }
      }),
    );
  });
});

describe('portfolioStats', () => {
  it('counts and sums by category, decision, taxonomy and women-led', () => {
    const s = portfolioStats(rows);
    expect(s.all).toEqual({ count: 4, amountMnt: 2480e6 });
    expect(s.live).toEqual({ count: 4, amountMnt: 2480e6 });
    expect(s.byCategory.A).toEqual({ count: 1, amountMnt: 1500e6 });
    expect(s.byCategory.none).toEqual({ count: 1, amountMnt: 60e6 });
    // Green loans: eligible and eligible subject to verification; "not eligible" is left out.
    expect(s.greenByTaxonomy).toEqual([
      { code: 'MGT-2', count: 1, amountMnt: 800e6 },
      { code: 'MGT-4', count: 1, amountMnt: 1500e6 },
    ]);
    expect(s.womenLed.count).toBe(2);
    expect(s.womenLed.sharePct).toBe(50);
    expect(portfolioStats([]).womenLed.sharePct).toBeNull();
  });

  it('never adds declined or returned amounts into the portfolio totals', () => {
    const withClosed = [
      ...rows,
      row({ id: 'e', status: 'declined', category: 'A', amountMnt: 900e6, womenLed: true }),
      row({ id: 'f', status: 'returned', amountMnt: 40e6, greenDecision: 'eligible' }),
    ];
    const s = portfolioStats(withClosed);
    // All six: 2,480 + 900 + 40 = 3,420 million; live (a–d): 2,480 million.
    expect(s.all).toEqual({ count: 6, amountMnt: 3420e6 });
    expect(s.live).toEqual({ count: 4, amountMnt: 2480e6 });
    expect(s.byStatus.declined).toEqual({ count: 1, amountMnt: 900e6 });
    expect(s.byStatus.returned).toEqual({ count: 1, amountMnt: 40e6 });
    expect(s.byStatus.in_review).toEqual({ count: 2, amountMnt: 2300e6 });
    expect(s.byStatus.approved).toEqual({ count: 1, amountMnt: 120e6 });
    expect(s.byStatus.received).toEqual({ count: 1, amountMnt: 60e6 });
    // The declined A (900 million) is not in category A; the returned green loan not in taxonomy.
    expect(s.byCategory.A).toEqual({ count: 1, amountMnt: 1500e6 });
    expect(s.greenByTaxonomy.map((g) => g.code)).toEqual(['MGT-2', 'MGT-4']);
    // Women-led share of live applications: 2 of 4.
    expect(s.womenLed.sharePct).toBe(50);
  });

  it('counts applications with overdue items and the CO2 avoided by live green loans', () => {
    const late = {
      source: 'schedule' as const,
      due: '2026-01-10',
      kind: 'site_visit' as const,
    };
    const s = portfolioStats([
      row({ id: 'x', amountMnt: 10e6, overdue: [late, late] }),
      row({ id: 'y', amountMnt: 5e6, greenDecision: 'eligible', co2AvoidedT: 12.5 }),
      row({ id: 'z', status: 'declined', amountMnt: 7e6, overdue: [late] }),
    ]);
    expect(s.overdue).toEqual({ count: 1, amountMnt: 10e6, items: 2 });
    expect(s.co2AvoidedT).toBe(12.5);
  });
});

describe('filterPortfolio: not screened and overdue', () => {
  it('"none" keeps only applications without the officer\'s category, whatever the suggestion', () => {
    const list = [
      row({ id: 's', category: 'B', suggestedCategory: 'B' }),
      row({ id: 'n', category: null, suggestedCategory: 'B' }),
    ];
    expect(filterPortfolio(list, { ...EMPTY_FILTER, category: 'none' }).map((r) => r.id)).toEqual([
      'n',
    ]);
    expect(filterPortfolio(list, { ...EMPTY_FILTER, category: 'B' }).map((r) => r.id)).toEqual([
      's',
    ]);
  });

  it('"overdue" keeps only applications with an overdue item', () => {
    const late = { source: 'schedule' as const, due: '2026-01-10', kind: 'es_report' as const };
    const list = [row({ id: 'late', overdue: [late] }), row({ id: 'fine' })];
    expect(filterPortfolio(list, { ...EMPTY_FILTER, overdue: 'yes' }).map((r) => r.id)).toEqual([
      'late',
    ]);
  });
});
