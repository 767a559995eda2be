import { describe, expect, it } from 'vitest';
import { citationText } from '../../../shared/catalogue/citationText';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { SRC } from '../../../shared/catalogue/pack-v1/sources';

function packSources(): { citation: string }[] {
  const p = ACTIVE_PACK;
  return [
    ...p.pillars,
    ...p.vcpItems,
    ...p.esTopics,
    ...p.exclusions,
    ...p.esChecks,
    ...p.documents,
    ...p.greenCriteria,
    ...p.taxonomy,
    ...p.measures,
    ...(p.dataLinks ?? []),
  ].map((x) => x.source);
}

describe('source lines in the reader’s language', () => {
  it('has a Mongolian line for every citation of the shipped pack', () => {
    const missing = packSources().filter((s) => citationText(s, 'mn') === s.citation);
    expect(missing.map((s) => s.citation)).toEqual([]);
    for (const s of Object.values(SRC)) expect(citationText(s, 'mn')).not.toBe(s.citation);
  });

  it('translates the title and keeps an English official title beside it', () => {
    const ifc = citationText(SRC.ifcEhsTextiles, 'mn');
    expect(ifc).toContain('Текстил үйлдвэрлэлийн');
    expect(ifc).toContain('(IFC EHS Guidelines for Textiles Manufacturing, 2007 оны 4-р сарын 30)');
    // A Mongolian law is cited by its Mongolian name only.
    expect(citationText(SRC.eiaLaw, 'mn')).toMatch(
      /^Байгаль орчинд нөлөөлөх байдлын үнэлгээний тухай хууль/,
    );
    expect(citationText(SRC.eiaLaw, 'en')).toBe(SRC.eiaLaw.citation);
  });

  it('shows a bank’s own citation as written', () => {
    expect(citationText({ citation: 'Bank policy 2026 §4' }, 'mn')).toBe('Bank policy 2026 §4');
  });
});
