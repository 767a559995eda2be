import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { demoPackages } from '../../../shared/demo';
import { packageVerdicts } from '../../../shared/engine/dataVerdicts';
import { scorePackage } from '../../../shared/engine/scorePackage';
import { scoreVcp } from '../../../shared/scoring/vcp';

const ASOF = { asOf: '2026-12-03' };

describe('packageVerdicts: a screen scoring a draft agrees with scorePackage', () => {
  for (const pkg of demoPackages(ACTIVE_PACK)) {
    it(`${pkg.organisation.id}: the VCP page's score is the dashboard's`, () => {
      const verdicts = packageVerdicts(pkg, ACTIVE_PACK, ASOF);
      const page = scoreVcp(ACTIVE_PACK, pkg.organisation.processes, pkg.vcp, verdicts.data);
      const full = scorePackage(pkg, ACTIVE_PACK, ASOF);
      expect(page.overallPct.value).toBe(full.vcp.overallPct.value);
      expect(page.contradictions).toEqual(full.vcp.contradictions);
      expect(verdicts.held.map((h) => h.link.id)).toEqual(full.dataSays.map((d) => d.linkId));
    });
  }

  it('the data changes the score where it contradicts an answer (Torgon: wages below minimum)', () => {
    const pkg = demoPackages(ACTIVE_PACK).find((p) => p.organisation.id === 'demo-torgon-garment');
    if (!pkg) throw new Error('demo company missing');
    const verdicts = packageVerdicts(pkg, ACTIVE_PACK, ASOF);
    const withData = scoreVcp(ACTIVE_PACK, pkg.organisation.processes, pkg.vcp, verdicts.data);
    const without = scoreVcp(ACTIVE_PACK, pkg.organisation.processes, pkg.vcp);
    // VCP-LA-02 was answered "partly" (0.5 point); the payroll decides it, so it scores 0.
    expect(withData.items.find((i) => i.id === 'VCP-LA-02')?.points).toBe(0);
    expect(without.items.find((i) => i.id === 'VCP-LA-02')?.points).toBe(0.5);
    expect(withData.contradictions.map((c) => c.itemId)).toEqual(['VCP-LA-02']);
    expect(without.contradictions).toEqual([]);
  });
});
