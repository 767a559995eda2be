import { describe, expect, it } from 'vitest';
import { rangeTable } from '../../../shared/catalogue/metrics';
import { ABSURD_FACTOR, isAbsurd } from '../../../shared/catalogue/metricRanges';

describe('absurd monthly figures', () => {
  it('holds only what lies beyond ten times the plausible maximum', () => {
    // Scouring detergents: plausible up to 20 000 kg a month, so held above 200 000 kg.
    const range = rangeTable(['scouring'])['chemicals.detergents'];
    expect(range?.[1]).toBe(20_000);
    expect(ABSURD_FACTOR).toBe(10);
    expect(isAbsurd(range, 200_000)).toBe(false);
    expect(isAbsurd(range, 200_001)).toBe(true);
    expect(isAbsurd(range, 25_000)).toBe(false); // unusual, not absurd
    expect(isAbsurd(range, 540_000_000_000)).toBe(true);
    expect(isAbsurd(undefined, 1e11)).toBe(false);
    expect(isAbsurd([0, 0], 5)).toBe(false);
  });
});
