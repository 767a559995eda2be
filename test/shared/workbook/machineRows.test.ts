import fc from 'fast-check';
import {
  flattenJson,
  parsePath,
  rebuildJson,
  spreadsheetSafeJson,
} from '../../../shared/workbook/machineRows';

const objectArb = fc
  .dictionary(fc.string({ minLength: 1 }), fc.jsonValue({ maxDepth: 4 }))
  .filter((o) => !JSON.stringify(o).includes('"__proto__"'));

describe('machine rows', () => {
  it('flatten → rebuild is the identity, empty arrays and objects included', () => {
    fc.assert(
      fc.property(objectArb, (obj) => {
        const normal = JSON.parse(JSON.stringify(obj)) as unknown;
        const rebuilt = rebuildJson(flattenJson(normal));
        expect(rebuilt.ok).toBe(true);
        if (rebuilt.ok) expect(rebuilt.value).toEqual(normal);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps dotted keys apart from nesting', () => {
    const v = { values: { 'energy.coal': { value: 1 }, energy: { coal: { value: 2 } } } };
    const r = rebuildJson(flattenJson(v));
    expect(r.ok && r.value).toEqual(v);
  });

  it('keeps harmless keys such as "constructor" (a valid id)', () => {
    const v = { answers: { constructor: { answer: 'yes' }, prototype: 1 } };
    const r = rebuildJson(flattenJson(v));
    expect(r.ok && r.value).toEqual(v);
  });

  it('refuses prototype keys, duplicates and out-of-order array rows', () => {
    expect(rebuildJson([{ path: ['__proto__', 'x'], value: 1 }])).toMatchObject({
      ok: false,
      index: 0,
    });
    expect(
      rebuildJson([
        { path: ['a'], value: 1 },
        { path: ['a'], value: 2 },
      ]),
    ).toMatchObject({ ok: false, index: 1 });
    expect(rebuildJson([{ path: ['a', 1], value: 1 }])).toMatchObject({
      ok: false,
      why: 'array rows out of order',
    });
  });

  it('parses only arrays of strings and non-negative integers as paths', () => {
    expect(parsePath('["periods",0,"values","energy.coal"]')).toEqual([
      'periods',
      0,
      'values',
      'energy.coal',
    ]);
    expect(parsePath('["a",-1]')).toBeNull();
    expect(parsePath('{"a":1}')).toBeNull();
    expect(parsePath('not json')).toBeNull();
  });

  it('writes JSON without characters a spreadsheet would drop or reinterpret', () => {
    const tricky = 'a\u007fb\uffff_x0041_\u0001';
    const s = spreadsheetSafeJson(tricky);
    expect(s).not.toMatch(/[\u0000-\u001f\u007f\uffff]|_x/);
    expect(JSON.parse(s)).toBe(tricky);
  });
});
