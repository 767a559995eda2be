import { describe, expect, it } from 'vitest';
import {
  covenantItem,
  covenantSuggestions,
  openSuggestions,
  type CovenantFacts,
} from '../../../shared/officer-record/covenantSuggestions';
import { actionItemSchema } from '../../../shared/package/schema';

const WASTEWATER = {
  id: 'DOC-WW-CONTRACT',
  kind: 'wastewater_discharge' as const,
  title: {
    en: 'Wastewater discharge contract or permit',
    mn: 'Бохир ус нийлүүлэх гэрээ эсвэл зөвшөөрөл',
  },
};
const NONE: CovenantFacts = {
  findings: { high: 0, total: 0 },
  greenDecision: null,
  heldPermits: [],
};

describe('covenant suggestions', () => {
  it('suggests nothing without findings, green decision or permits to keep', () => {
    expect(covenantSuggestions(NONE)).toEqual([]);
    expect(covenantSuggestions({ ...NONE, greenDecision: 'not_eligible' })).toEqual([]);
  });

  it('asks a green loan to report energy use yearly, and verification when subject to it', () => {
    expect(covenantSuggestions({ ...NONE, greenDecision: 'eligible' }).map((s) => s.id)).toEqual([
      'COV-ENERGY-REPORT',
    ]);
    const verify = covenantSuggestions({
      ...NONE,
      greenDecision: 'eligible_subject_to_verification',
    });
    expect(verify.map((s) => s.id)).toEqual(['COV-ENERGY-REPORT', 'COV-VERIFY-SAVINGS']);
    expect(verify[0]?.action.en).toMatch(/energy use .* once a year/);
    expect(verify[0]?.action.mn).toMatch(/жил бүр/);
  });

  it('asks for incident reports after a high finding and a held wastewater permit kept valid', () => {
    const s = covenantSuggestions({
      ...NONE,
      findings: { high: 1, total: 3 },
      heldPermits: [
        WASTEWATER,
        { id: 'DOC-FIRE', kind: 'fire_safety', title: { en: 'Fire', mn: 'Гал' } },
      ],
    });
    expect(s.map((x) => x.id)).toEqual(['COV-INCIDENT', 'COV-KEEP-DOC-WW-CONTRACT']);
    expect(s[1]?.covenant.en).toBe(
      'The borrower keeps “Wastewater discharge contract or permit” valid for the loan term.',
    );
    expect(s[1]?.covenant.mn).toContain('«Бохир ус нийлүүлэх гэрээ эсвэл зөвшөөрөл» баримтыг');
  });

  it('turns an accepted (edited) or rejected suggestion into a valid plan item, then stops suggesting it', () => {
    const [energy] = covenantSuggestions({ ...NONE, greenDecision: 'eligible' });
    if (!energy) throw new Error('expected a suggestion');
    const accepted = covenantItem(
      energy,
      { action: ' Report twice a year ', covenant: 'Twice' },
      true,
    );
    expect(actionItemSchema.parse(accepted)).toMatchObject({
      id: 'COV-ENERGY-REPORT',
      action: 'Report twice a year',
      covenant: 'Twice',
      status: 'open',
    });
    const rejected = covenantItem(energy, { action: 'x', covenant: '' }, false);
    expect(rejected.status).toBe('cancelled');
    expect(rejected).not.toHaveProperty('covenant');
    expect(openSuggestions([energy], [rejected])).toEqual([]);
    expect(openSuggestions([energy], [])).toEqual([energy]);
  });
});
