import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileSorted, summarise } from '../../../shared/workshop';

describe('summarise (quartiles by linear interpolation, Excel QUARTILE.INC)', () => {
  it('four values: Q1 1.75, median 2.5, Q3 3.25 (hand-computed)', () => {
    // h = (n − 1) p: Q1 at 0.75 → 1 + 0.75 × (2 − 1); Q3 at 2.25 → 3 + 0.25 × (4 − 3)
    expect(summarise([4, 1, 3, 2])).toEqual({
      n: 4,
      min: 1,
      q1: 1.75,
      median: 2.5,
      q3: 3.25,
      max: 4,
    });
  });

  it('five values land on order statistics: 3, 5, 7', () => {
    expect(summarise([9, 1, 7, 3, 5])).toEqual({ n: 5, min: 1, q1: 3, median: 5, q3: 7, max: 9 });
  });

  it('two values: quarter points of the gap', () => {
    expect(summarise([10, 2])).toEqual({ n: 2, min: 2, q1: 4, median: 6, q3: 8, max: 10 });
  });

  it('ignores missing values and returns null when nothing is left', () => {
    expect(summarise([null, 5, undefined, Number.NaN])).toEqual({
      n: 1,
      min: 5,
      q1: 5,
      median: 5,
      q3: 5,
      max: 5,
    });
    expect(summarise([null, undefined])).toBeNull();
    expect(summarise([])).toBeNull();
  });

  it('quantileSorted clamps p and gives NaN for an empty list', () => {
    expect(quantileSorted([1, 2, 3], -1)).toBe(1);
    expect(quantileSorted([1, 2, 3], 2)).toBe(3);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });

  it('property: min ≤ Q1 ≤ median ≤ Q3 ≤ max, and min/max bound every value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        (values) => {
          const s = summarise(values);
          if (!s) return false;
          expect(s.n).toBe(values.length);
          expect(s.min).toBeLessThanOrEqual(s.q1);
          expect(s.q1).toBeLessThanOrEqual(s.median);
          expect(s.median).toBeLessThanOrEqual(s.q3);
          expect(s.q3).toBeLessThanOrEqual(s.max);
          for (const v of values) {
            expect(v).toBeGreaterThanOrEqual(s.min);
            expect(v).toBeLessThanOrEqual(s.max);
          }
          return true;
        },
      ),
    );
  });

  it('property: the median splits the values in half', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }), (values) => {
        const s = summarise(values);
        if (!s) return false;
        const below = values.filter((v) => v < s.median).length;
        const above = values.filter((v) => v > s.median).length;
        return below <= values.length / 2 && above <= values.length / 2;
      }),
    );
  });
});
