import { describe, expect, it } from 'vitest';
import { explain, explained, keyedInput } from '../../../shared/explain/build';
import { scoredExamples } from './explanations';

const examples = scoredExamples();
const all = examples.flatMap((e) => e.explanations);

describe('explanation keys', () => {
  it('an explanation built without a key serialises to exactly the fields it always had', () => {
    // The key fields are always present in memory (one object shape keeps scoring fast) but
    // undefined ones never reach JSON: CLI output and stored results are unchanged.
    const plain = JSON.parse(
      JSON.stringify(explain(1, { formula: 'a + b', unit: 'kWh' })),
    ) as object;
    expect(Object.keys(plain).sort()).toEqual(
      ['criteria', 'factors', 'formula', 'inputs', 'result', 'unit'].sort(),
    );
    const keyed = explained(2, {
      formula: 'x ≥ 3',
      formulaKey: 'k',
      formulaParams: { n: 3 },
      unit: '%',
    });
    expect(keyed.explanation).toMatchObject({
      formula: 'x ≥ 3',
      formulaKey: 'k',
      formulaParams: { n: 3 },
    });
    expect(keyedInput('A', 1, 'h', 'r', 'lk')).toEqual({
      label: 'A',
      value: 1,
      unit: 'h',
      ref: 'r',
      labelKey: 'lk',
    });
  });

  it('scoring the examples yields explanations of many kinds', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(new Set(all.map((e) => e.formulaKey)).size).toBeGreaterThan(30);
  });

  it('every explanation the engine builds names its formula', () => {
    const unkeyed = [...new Set(all.filter((e) => !e.formulaKey).map((e) => e.formula))];
    expect(unkeyed).toEqual([]);
  });

  it('one key always stands for one wording: the same key and params give the same English', () => {
    const byKey = new Map<string, string>();
    for (const e of all) {
      const id = `${e.formulaKey ?? ''} ${JSON.stringify(e.formulaParams ?? {})}`;
      const prev = byKey.get(id);
      if (prev !== undefined) expect(e.formula, id).toBe(prev);
      byKey.set(id, e.formula);
    }
  });

  it('a keyed input label is determined by its key and params', () => {
    const byKey = new Map<string, string>();
    for (const i of all.flatMap((e) => e.inputs)) {
      if (i.labelKey === undefined) continue;
      const id = `${i.labelKey} ${JSON.stringify(i.labelParams ?? {})}`;
      const prev = byKey.get(id);
      if (prev !== undefined) expect(i.label, id).toBe(prev);
      byKey.set(id, i.label);
    }
    expect(byKey.size).toBeGreaterThan(10);
  });
});
