import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumParts } from '../../../shared/calc/sumParts';

const whole = () => 0;
// The renderer's rule (readableExplanation.ts): 0 digits from 100, 1 from 10, 2 from 1.
const readable = (v: number) => (Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2);

describe('sumParts: parts as their own lines show them, and honest about the sum', () => {
  it('keeps whole parts as they are: 322,465 + 419,291 = 741,756', () => {
    expect(sumParts([322_465, 419_291], whole)).toEqual({
      total: 741_756,
      totalDigits: 0,
      parts: [
        { value: 322_465, digits: 0 },
        { value: 419_291, digits: 0 },
      ],
      addsUp: true,
    });
  });

  it('never nudges a part away from its own line: 322,465.4 + 419,291.4 ≈ 741,757', () => {
    // By hand: 322,465.4 + 419,291.4 = 741,756.8 → the bar shows 741,757. Electricity's own line
    // shows 322,465 and coal's 419,291 (each rounded alone), which add up to 741,756: one short.
    // The old largest-remainder rule wrote 322,466 in the sum, one more than electricity's line.
    const s = sumParts([322_465.4, 419_291.4], whole);
    expect(s.total).toBe(741_757);
    expect(s.parts.map((p) => p.value)).toEqual([322_465, 419_291]);
    expect(s.addsUp).toBe(false);
  });

  it('says it adds up when the rounded parts do: 322,465.6 + 395,420 = 717,886', () => {
    // 322,465.6 → 322,466; 395,420 stays; 322,466 + 395,420 = 717,886 = round(717,885.6).
    const s = sumParts([322_465.6, 395_420], whole);
    expect(s.parts.map((p) => p.value)).toEqual([322_466, 395_420]);
    expect(s.total).toBe(717_886);
    expect(s.addsUp).toBe(true);
  });

  it('rounds each part at its own digits: 741,751.2 + 5.404 ≈ 741,757 (parts 741,751 and 5.40)', () => {
    // 741,756.604 → 741,757 at 0 digits; 5.404 → 5.40 at 2 digits; 741,751 + 5.40 = 741,756.40.
    const s = sumParts([741_751.2, 5.404], readable);
    expect(s.parts).toEqual([
      { value: 741_751, digits: 0 },
      { value: 5.4, digits: 2 },
    ]);
    expect(s.total).toBe(741_757);
    expect(s.addsUp).toBe(false);
  });

  it('rounds ties as the screen does (half away from zero, on the shortest decimal form)', () => {
    // 2.5 → 3 and 0.125 → 0.13; 1.005 → 1.01 as the screen prints it, although it is 1.00499…
    // in binary and (1.005).toFixed(2) gives '1.00': the sum must follow the screen.
    expect(sumParts([2.5], whole).parts[0]?.value).toBe(3);
    expect(sumParts([0.125], () => 2).parts[0]?.value).toBe(0.13);
    expect(sumParts([1.005], () => 2).parts[0]?.value).toBe(1.01);
    const nf = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
    expect(nf.format(1.005)).toBe('1.01');
  });

  it('property: every part equals its own rounding, and addsUp is true exactly when they add up', () => {
    const value = fc.double({ min: 0, max: 5e7, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), (values) => {
        const s = sumParts(values, readable);
        const nf = (d: number) =>
          new Intl.NumberFormat('en-GB', { maximumFractionDigits: d, useGrouping: false });
        s.parts.forEach((p, i) => {
          const v = values[i] as number;
          expect(p.digits).toBe(readable(v));
          // The number in the sum is the number the carrier's own line prints.
          expect(nf(p.digits).format(p.value)).toBe(nf(p.digits).format(v));
        });
        const exact = values.reduce((a, v) => a + v, 0);
        expect(nf(s.totalDigits).format(s.total)).toBe(nf(s.totalDigits).format(exact));
        // In hundredths of a unit (the finest digits any part uses here), as whole numbers.
        const cents = (v: number) => Math.round(v * 100);
        const partsSum = s.parts.reduce((a, p) => a + cents(p.value), 0);
        expect(s.addsUp).toBe(partsSum === cents(s.total));
      }),
      { numRuns: 500 },
    );
  });
});
