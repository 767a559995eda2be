import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { applicationSummary } from '../../../shared/portfolio/applicationSummary';

const TODAY = '2026-12-04';

describe('applicationSummary', () => {
  it('an unscreened application has no category of the officer’s, only the suggestion', () => {
    const pkg = generatePackage(7, 12, ACTIVE_PACK);
    delete pkg.es;
    const s = applicationSummary(pkg, ACTIVE_PACK, {}, TODAY);
    expect(s.category).toBeUndefined();
    expect(s.findings).toBeUndefined();
    expect(s.suggestedCategory).toMatch(/^[ABC]$/);
    expect(s.generatedSchedule).toBeUndefined();
  });

  it('screened and signed: the officer’s category, findings, schedule and decision', () => {
    const pkg = generatePackage(7, 12, ACTIVE_PACK);
    pkg.es = {
      exclusions: Object.fromEntries(ACTIVE_PACK.exclusions.map((x) => [x.id, { hit: false }])),
      checks: {},
      documentsReceived: [],
    };
    if (!pkg.project) throw new Error('expected a project');
    pkg.project.decision = { decision: 'not_eligible' };
    const s = applicationSummary(pkg, ACTIVE_PACK, { signingDate: '2026-03-01' }, TODAY);
    expect(s.category).toMatch(/^[ABC]$/);
    expect(s.findings).toBeGreaterThanOrEqual(0);
    expect(s.greenDecision).toBe('not_eligible');
    expect(s.taxonomyCode).toBeUndefined();
    // three years by default, counted from signing
    expect(s.generatedSchedule?.at(-1)?.due.startsWith('2029-03')).toBe(true);
  });
});
