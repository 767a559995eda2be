import { describe, expect, it } from 'vitest';
import { summarisePortfolio, UNSET } from '../../../shared/sync/portfolio';

describe('summarisePortfolio', () => {
  it('sums live counts and amounts by branch, category, taxonomy code (green only); status counts all', () => {
    const s = summarisePortfolio([
      {
        branchId: 'north',
        recordId: 'a',
        data: {
          status: 'approved',
          category: 'B',
          greenDecision: 'eligible',
          taxonomyCode: 'EE-1',
          amountMnt: 100,
        },
      },
      { branchId: 'north', recordId: 'b', data: { status: 'received', amountMnt: 50 } },
      {
        branchId: 'south',
        recordId: 'c',
        data: {
          status: 'approved',
          category: 'B',
          greenDecision: 'eligible',
          taxonomyCode: 'EE-1',
          amountMnt: 30,
        },
      },
      {
        branchId: 'south',
        recordId: 'd',
        data: {
          status: 'approved',
          category: 'C',
          greenDecision: 'not_eligible',
          taxonomyCode: 'RE-2',
          amountMnt: 7,
        },
      },
      { branchId: 'south', recordId: 'e', data: { status: 'approved', amountMnt: 'lots' } },
      // Declined (an eligible EE-1 project, category A) and returned: counted by status only.
      {
        branchId: 'north',
        recordId: 'f',
        data: {
          status: 'declined',
          category: 'A',
          greenDecision: 'eligible',
          taxonomyCode: 'EE-1',
          amountMnt: 500,
        },
      },
      { branchId: 'south', recordId: 'g', data: { status: 'returned', amountMnt: 20 } },
    ]);
    // total 100 + 50 + 30 + 7 = 187 over 4 live rows; north 150, south 37; f and g (500 + 20)
    // are never added into an amount.
    expect(s.total).toEqual({ key: 'total', count: 4, amountMnt: 187 });
    expect(s.notLive).toEqual({ key: 'notLive', count: 2, amountMnt: 520 });
    expect(s.byBranch).toEqual([
      { key: 'north', count: 2, amountMnt: 150 },
      { key: 'south', count: 2, amountMnt: 37 },
    ]);
    expect(s.byCategory).toEqual([
      { key: UNSET, count: 1, amountMnt: 50 },
      { key: 'B', count: 2, amountMnt: 130 },
      { key: 'C', count: 1, amountMnt: 7 },
    ]);
    // Only eligible loans are green volume: RE-2 (not eligible) is absent.
    expect(s.byTaxonomyCode).toEqual([{ key: 'EE-1', count: 2, amountMnt: 130 }]);
    expect(s.byStatus).toEqual([
      { key: 'approved', count: 3, amountMnt: 137 },
      { key: 'declined', count: 1, amountMnt: 500 },
      { key: 'received', count: 1, amountMnt: 50 },
      { key: 'returned', count: 1, amountMnt: 20 },
    ]);
    expect(s.unreadable).toEqual(['e']);
  });
});
