import { describe, expect, it } from 'vitest';
import { sumParts } from '../../../shared/calc/sumParts';

describe('sumParts', () => {
  it('keeps whole parts as they are: 322,465 + 419,291 = 741,756', () => {
    expect(sumParts([322_465, 419_291], 0)).toEqual({ total: 741_756, parts: [322_465, 419_291] });
  });

  it('shows parts that add up to the rounded total', () => {
    // By hand: 322,465.4 + 419,291.4 = 741,756.8, which rounds to 741,757. Each part on its own
    // rounds down (322,465 + 419,291 = 741,756, one short); the unit left over goes to the first
    // of the two equal remainders (.4): 322,466 + 419,291 = 741,757.
    expect(sumParts([322_465.4, 419_291.4], 0)).toEqual({
      total: 741_757,
      parts: [322_466, 419_291],
    });
    // 1.26 + 2.26 + 3.47 = 6.99 at one decimal: floors 1.2 + 2.2 + 3.4 = 6.8, remainders .6 .6 .7
    // → the .7 and then the first .6 get a unit: 1.3 + 2.2 + 3.5 = 7.0.
    const { total, parts } = sumParts([1.26, 2.26, 3.47], 1);
    expect(total).toBeCloseTo(7, 9);
    expect(parts.map((p) => Math.round(p * 10))).toEqual([13, 22, 35]);
  });

  it('never moves a part by more than one unit and always matches the total', () => {
    for (let seed = 1; seed < 200; seed++) {
      const values = [seed * 37.37, seed * 11.61, seed * 0.49, seed * 5.55];
      const { total, parts } = sumParts(values, 0);
      const exact = values.reduce((s, v) => s + v, 0);
      expect(total).toBe(Math.round(exact));
      expect(parts.reduce((s, v) => s + v, 0)).toBe(total);
      parts.forEach((p, i) => expect(Math.abs(p - (values[i] as number))).toBeLessThan(1));
    }
  });
});
