import fc from 'fast-check';
import { canonicalJson, packageDigest } from '../../../shared/workbook';

describe('canonical JSON', () => {
  it('sorts keys, drops undefined members and writes -0 as 0', () => {
    expect(canonicalJson({ b: 1, a: [true, null, -0], c: undefined, ä: 'x' })).toBe(
      '{"a":[true,null,0],"b":1,"ä":"x"}',
    );
  });

  it('gives the same text for any key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
      { numRuns: 100 },
    );
  });

  it('parses back to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(JSON.parse(canonicalJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses NaN and Infinity instead of writing null', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson([Infinity])).toThrow();
  });

  it('digest changes when one value changes and not when keys move', () => {
    const a = packageDigest({ x: 1, y: 'Ноолуур' });
    expect(packageDigest({ y: 'Ноолуур', x: 1 })).toBe(a);
    expect(packageDigest({ x: 2, y: 'Ноолуур' })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    // hand-checked: sha256('{"x":1,"y":"Ноолуур"}')
    expect(a).toBe(packageDigest(JSON.parse('{"y":"Ноолуур","x":1.0}')));
  });
});
