// The one equality every version check uses (checkBasis, mergeAnswer, the monthly grid's
// compare-and-set). A row read back from IndexedDB can hold its keys in another order than the
// object an editor built: {value, unit, quality} against {quality, unit, value} is the same
// figure, and comparing JSON text in written order called it "changed in another window".
import { describe, expect, it } from 'vitest';
import { sameValue } from '../../../renderer/src/db/repositories/recordVersion';

describe('sameValue', () => {
  it('is blind to key order, at every depth', () => {
    expect(
      sameValue(
        { value: 12, unit: 'kWh', quality: 'metered' },
        { quality: 'metered', unit: 'kWh', value: 12 },
      ),
    ).toBe(true);
    expect(
      sameValue({ a: { x: 1, y: [1, { p: 1, q: 2 }] } }, { a: { y: [1, { q: 2, p: 1 }], x: 1 } }),
    ).toBe(true);
  });

  it('takes an absent value as null, and nothing else as equal', () => {
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue({ value: 12 }, { value: 12, unit: undefined })).toBe(true);
    expect(sameValue({ value: 12 }, { value: 13 })).toBe(false);
    expect(sameValue({ value: 12 }, null)).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });
});
