import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../shared/catalogue/version';

// Version-like strings, so the properties meet leading zeros, padding, pre-releases, build
// metadata and malformed parts far more often than arbitrary text would.
const digits = fc.stringMatching(/^[0-9]{1,20}$/);
const word = fc.constantFrom('x', 'rc', 'alpha', 'beta', '1a', 'v1', '', 'B', 'a-b');
const identifier = fc.oneof({ arbitrary: fc.nat(12).map(String), weight: 4 }, digits, word);
const version = fc.oneof(
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(
        fc.array(identifier, { minLength: 1, maxLength: 4 }),
        fc.option(fc.array(identifier, { minLength: 1, maxLength: 3 })),
        fc.option(fc.array(identifier, { minLength: 1, maxLength: 2 })),
      )
      .map(
        ([release, pre, build]) =>
          release.join('.') +
          (pre ? `-${pre.join('.')}` : '') +
          (build ? `+${build.join('.')}` : ''),
      ),
    weight: 6,
  },
);
const release = fc.array(fc.nat(30), { minLength: 1, maxLength: 4 }).map((p) => p.join('.'));
const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe('compareVersions as an order', () => {
  it('puts every version level with itself', () => {
    fc.assert(fc.property(version, (v) => compareVersions(v, v) === 0));
  });

  it('is antisymmetric and answers only -1, 0 or 1', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        const ab = compareVersions(a, b);
        expect([-1, 0, 1]).toContain(ab);
        // == not Object.is: for equal versions -0 and 0 are the same answer
        expect(sign(compareVersions(b, a)) === -ab).toBe(true);
      }),
    );
  });

  it('is transitive: any three versions sort into an order every pair agrees with', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort(compareVersions) as [string, string, string];
        expect(compareVersions(x, y)).toBeLessThanOrEqual(0);
        expect(compareVersions(y, z)).toBeLessThanOrEqual(0);
        expect(compareVersions(x, z)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('treats equal versions alike against any third', () => {
    fc.assert(
      fc.property(release, fc.nat(3), version, (r, zeros, other) => {
        const padded = r + '.0'.repeat(zeros);
        expect(compareVersions(r, padded)).toBe(0);
        expect(compareVersions(r, other)).toBe(compareVersions(padded, other));
      }),
    );
  });
});

describe('compareVersions as versions', () => {
  it('orders parts as numbers, not as text', () => {
    fc.assert(
      fc.property(
        release,
        fc.bigInt({ min: 0n, max: 10n ** 30n }),
        fc.bigInt({ min: 0n, max: 10n ** 30n }),
        (r, m, n) => {
          const expected = m < n ? -1 : m > n ? 1 : 0;
          expect(compareVersions(`${r}.${m}`, `${r}.${n}`)).toBe(expected);
          expect(compareVersions(`${m}.${r}`, `${n}.${r}`)).toBe(expected);
        },
      ),
    );
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
    expect(compareVersions('1.9.0', '1.10.0')).toBe(-1);
    expect(compareVersions('01.002.0', '1.2')).toBe(0);
  });

  it('puts a pre-release before its release and after the release before it', () => {
    fc.assert(
      fc.property(release, fc.array(identifier, { minLength: 1, maxLength: 3 }), (r, pre) => {
        const p = `${r}-${pre.join('.')}`;
        expect(compareVersions(p, r)).toBe(-1);
        expect(compareVersions(p, `${r}.1`)).toBe(-1);
        expect(compareVersions(`${r}.1-${pre.join('.')}`, r)).toBe(1);
      }),
    );
  });

  it('orders pre-releases as SemVer does', () => {
    const ascending = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
    ];
    for (let i = 1; i < ascending.length; i++) {
      expect(compareVersions(ascending[i - 1]!, ascending[i]!)).toBe(-1);
    }
  });

  it('ignores build metadata', () => {
    fc.assert(
      fc.property(release, fc.string({ maxLength: 6 }), (r, build) => {
        expect(compareVersions(`${r}+${build}`, r)).toBe(0);
      }),
    );
  });

  it('counts a malformed release part as newer than any number, so it is refused', () => {
    expect(compareVersions('1.x', '1.99.0')).toBe(1);
    expect(compareVersions('v2.0.0', '99.0.0')).toBe(1);
    expect(compareVersions('1.0.0', '1..0')).toBe(-1);
    // Number() would read these as 1000 and 16; they are not plain digits.
    expect(compareVersions('1e3', '2')).toBe(1);
    expect(compareVersions('0x10', '99')).toBe(1);
  });

  it('stays transitive where numbers and text meet (the old workbook comparison looped)', () => {
    // Before: "2" < "10" by number, "10" < "1a" by text, yet "1a" < "2" by text.
    expect(compareVersions('2', '10')).toBe(-1);
    expect(compareVersions('10', '1a')).toBe(-1);
    expect(compareVersions('2', '1a')).toBe(-1);
  });
});
