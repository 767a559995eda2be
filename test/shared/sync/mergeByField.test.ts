import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  differingFields,
  fieldKey,
  mergeByField,
  sameValue,
  type Side,
} from '../../../shared/sync/mergeByField';

type Json = Record<string, unknown>;

// Small key and value sets so two random records share fields and nest into each other often.
const key = fc.constantFrom('a', 'b', 'c', 'employees', 'answers', 'status');
const leaf = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom('yes', 'no', '', 'Darkhan'),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 3 }),
);
const { record } = fc.letrec<{ record: Json; value: unknown }>((tie) => ({
  record: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('record')),
}));

const valueAt = (r: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Json)[k] : undefined),
    r,
  );

const all = (mine: Json, theirs: Json, side: Side) =>
  Object.fromEntries(differingFields(mine, theirs).map((p) => [fieldKey(p), side]));

describe('mergeByField', () => {
  it('taking every field from one side gives that side', () => {
    fc.assert(
      fc.property(record, record, (mine, theirs) => {
        expect(sameValue(mergeByField(mine, theirs, all(mine, theirs, 'mine')), mine)).toBe(true);
        expect(sameValue(mergeByField(mine, theirs, all(mine, theirs, 'theirs')), theirs)).toBe(
          true,
        );
        expect(sameValue(mergeByField(mine, theirs, {}), theirs)).toBe(true);
      }),
    );
  });

  it('each differing field comes from the side chosen for it; the rest is what both hold', () => {
    fc.assert(
      fc.property(record, record, fc.infiniteStream(fc.boolean()), (mine, theirs, coins) => {
        const paths = differingFields(mine, theirs);
        const it = coins[Symbol.iterator]();
        const choices = Object.fromEntries(
          paths.map((p) => [fieldKey(p), it.next().value ? 'mine' : 'theirs'] as const),
        );
        const before = JSON.stringify([mine, theirs]);
        const merged = mergeByField(mine, theirs, choices);
        for (const p of paths) {
          const from = choices[fieldKey(p)] === 'mine' ? mine : theirs;
          expect(sameValue(valueAt(merged, p), valueAt(from, p))).toBe(true);
        }
        // nothing differs from both sides at once: every difference is one a person chose
        for (const p of differingFields(merged, theirs)) {
          expect(paths.some((q) => fieldKey(q) === fieldKey(p))).toBe(true);
        }
        expect(JSON.stringify([mine, theirs])).toBe(before);
      }),
    );
  });

  it('names the innermost field that differs, and leaves the inputs untouched', () => {
    const mine = { organisation: { employees: 300, nameEn: 'Wool' }, tags: [1, 2] };
    const theirs = { organisation: { employees: 200, nameEn: 'Wool' }, tags: [1, 2] };
    expect(differingFields(mine, theirs)).toEqual([['organisation', 'employees']]);
    const merged = mergeByField(mine, theirs, {
      [fieldKey(['organisation', 'employees'])]: 'mine',
    });
    expect(merged).toEqual(mine);
    expect(theirs.organisation.employees).toBe(200);
    merged.tags = [];
    expect(theirs.tags).toEqual([1, 2]);
  });
});
