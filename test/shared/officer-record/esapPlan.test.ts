import { describe, expect, it } from 'vitest';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import {
  esapDeadlineWarning,
  esapSources,
  esapText,
  generatedFor,
} from '../../../shared/officer-record/esapPlan';
import { mergeEsap, type EsapItem } from '../../../shared/scoring/esap';

const tx = (en: string, mn: string) => ({ en, mn, mnReviewed: false });

function item(over: Partial<EsapItem> & Pick<EsapItem, 'id' | 'kind' | 'ref'>): EsapItem {
  return {
    issue: tx(over.ref, over.ref),
    action: tx(`Act on ${over.ref}`, `${over.ref} засах`),
    covenant: null,
    priority: 'low',
    severity: null,
    deadlineDays: null,
    deadline: null,
    conditionPrecedent: false,
    sources: [over.ref],
    ...over,
  };
}

describe('ESAP merge, worked by hand', () => {
  // Signing 2026-03-01. Three items about fire safety, each with its own priority and deadline:
  //   the permit (expiring soon):  medium, due at its expiry  2026-06-30
  //   ES-OHS-03 (exits locked):    high,   signing + 30 days  2026-03-31
  //   ES-LEG-04 (no approval):     low,    signing + 90 days  2026-05-30
  // One item results: priority high (strictest), deadline 2026-03-31 (earliest), a condition
  // precedent (high), 30 days, and all three sources; the permit's item leads (id, wording first).
  const permit = item({
    id: 'ESAP-DOC-FIRE-SAFETY',
    kind: 'document',
    ref: 'DOC-FIRE-SAFETY',
    priority: 'medium',
    deadline: '2026-06-30',
  });
  const exits = item({
    id: 'ESAP-ES-OHS-03',
    kind: 'finding',
    ref: 'ES-OHS-03',
    priority: 'high',
    severity: 'high',
    deadlineDays: 30,
    deadline: '2026-03-31',
    conditionPrecedent: true,
  });
  const approval = item({
    id: 'ESAP-ES-LEG-04',
    kind: 'finding',
    ref: 'ES-LEG-04',
    priority: 'low',
    severity: 'low',
    deadlineDays: 90,
    deadline: '2026-05-30',
  });
  const other = item({ id: 'ESAP-ES-LAB-01', kind: 'finding', ref: 'ES-LAB-01' });
  const merged = mergeEsap([exits, other, approval, permit], (i) =>
    i.ref === 'ES-LAB-01' ? i.ref : 'fire',
  );

  it('keeps one item per action', () => {
    expect(merged.map((i) => i.id)).toEqual(['ESAP-DOC-FIRE-SAFETY', 'ESAP-ES-LAB-01']);
  });

  it('keeps the strictest priority, the earliest deadline and every source', () => {
    expect(merged[0]).toMatchObject({
      priority: 'high',
      severity: 'high',
      deadline: '2026-03-31',
      deadlineDays: 30,
      conditionPrecedent: true,
    });
    expect(merged[0]?.sources).toEqual(['DOC-FIRE-SAFETY', 'ES-OHS-03', 'ES-LEG-04']);
    expect(merged[0]?.action.en).toBe('Act on DOC-FIRE-SAFETY; Act on ES-OHS-03; Act on ES-LEG-04');
  });

  it('finds the generated item a saved one stands for, by id or by source', () => {
    expect(generatedFor({ id: 'ESAP-DOC-FIRE-SAFETY', source: {} }, merged)?.id).toBe(
      'ESAP-DOC-FIRE-SAFETY',
    );
    // Saved before the merge (or under the old id): found through the finding it answers.
    expect(
      generatedFor({ id: 'ESAP-DOC-DOC-FIRE-SAFETY', source: { ref: 'ES-LEG-04' } }, merged)?.id,
    ).toBe('ESAP-DOC-FIRE-SAFETY');
    expect(generatedFor({ id: 'x', source: { ref: 'ES-ENV-99' } }, merged)).toBeUndefined();
  });
});

describe('ESAP texts and sources', () => {
  const generated = tx('Fit guards', 'Хамгаалалт суурилуулах');

  it('shows a generated text in the language asked for, an edited one as written', () => {
    expect(esapText('Fit guards', generated, 'mn')).toBe('Хамгаалалт суурилуулах');
    expect(esapText('Хамгаалалт суурилуулах', generated, 'en')).toBe('Fit guards');
    expect(esapText('Fit guards on both looms', generated, 'mn')).toBe('Fit guards on both looms');
    expect(esapText(undefined, generated, 'en')).toBe('');
  });

  it('names each source by its check question, document title or exclusion text', () => {
    const [doc, check, unknown] = esapSources(
      ['DOC-FIRE-SAFETY', 'ES-OHS-03', 'ES-ZZ-99'],
      PACK_V1,
    );
    expect(doc?.title?.en).toBe(
      PACK_V1.documents.find((d) => d.id === 'DOC-FIRE-SAFETY')?.title.en,
    );
    expect(check?.title?.mn).toBe(PACK_V1.esChecks.find((c) => c.id === 'ES-OHS-03')?.question.mn);
    expect(unknown).toEqual({ id: 'ES-ZZ-99', title: null });
  });
});

describe('ESAP deadline warnings', () => {
  // Today 2026-02-10, signing 2026-03-01.
  const signing = '2026-03-01';
  const today = '2026-02-10';
  it('warns of a deadline already past, then of one before the signing date', () => {
    expect(esapDeadlineWarning({ deadline: '2026-02-09', status: 'open' }, signing, today)).toBe(
      'past',
    );
    // due 2026-02-20: after today, 9 days before signing
    expect(
      esapDeadlineWarning({ deadline: '2026-02-20', status: 'in_progress' }, signing, today),
    ).toBe('beforeSigning');
    expect(esapDeadlineWarning({ deadline: '2026-03-01', status: 'open' }, signing, today)).toBe(
      null,
    );
    expect(esapDeadlineWarning({ deadline: '2026-02-20', status: 'open' }, null, today)).toBe(null);
  });
  it('says nothing of an item done or cancelled, or without a deadline', () => {
    expect(esapDeadlineWarning({ deadline: '2026-02-09', status: 'done' }, signing, today)).toBe(
      null,
    );
    expect(
      esapDeadlineWarning({ deadline: '2026-02-20', status: 'cancelled' }, signing, today),
    ).toBe(null);
    expect(esapDeadlineWarning({ status: 'open' }, signing, today)).toBe(null);
  });
});
