import { describe, expect, it } from 'vitest';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import type { Source } from '../../../shared/catalogue/types';

// Issue 15, rule 8: a rule that mixes a sourced part with a designed one claims no more than its
// weakest part, and its citation tags each part with what it is ([S] sourced, [K] recalled,
// [D] designed; reference.md §0).
function sourceOf(id: string): Source {
  const found =
    PACK_V1.vcpItems.find((i) => i.id === id) ??
    PACK_V1.esChecks.find((c) => c.id === id) ??
    PACK_V1.greenCriteria.find((c) => c.id === id);
  if (!found) throw new Error(`${id} not in the pack`);
  return found.source;
}

describe('provenance of mixed rules (issue 15, rule 8)', () => {
  it.each([
    // The XacBank loan finances boiler filters [S]; inspection and stoker are ours [D].
    ['VCP-EN-06', 'D', ['[S]', '[D]'], /stoker: designed/],
    // SFA CFPS mandatory H&S [S]; "less than three years old" is ours [D].
    ['VCP-HS-01', 'D', ['[S]', '[D]'], /three years old.*designed/],
    // EBRD SEFF ≥20 % energy saving [S]; per kg and the 12-month baseline are ours [D].
    ['GC-EE-1', 'D', ['[S]', '[D]'], /12-month baseline: designed/],
    // FP028: ≥20 % producers, ≥15 % end users [S]; 20 % for an end user is the bank's choice [D].
    ['GC-GHG-1', 'D', ['[S]', '[D]'], /≥15% for end users/],
    // Up-to-date accounts: XacBank borrower criteria [S]; anti-bribery rule: MSFP principle 6 [K].
    ['ES-GOV-03', 'K', ['[S]', '[K'], /anti-bribery rule: MSFP principle 6/],
  ] as const)('%s claims %s and tags each part', (id, provenance, tags, part) => {
    const s = sourceOf(id);
    expect(s.provenance).toBe(provenance);
    for (const tag of tags) expect(s.citation).toContain(tag);
    expect(s.citation).toMatch(part);
  });

  it('GC-EE-1 no longer cites FP028, whose 20 % is a producer threshold', () => {
    expect(sourceOf('GC-EE-1').citation).not.toMatch(/FP028/);
  });
});
