import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { demoPackages } from '../../../../shared/demo';
import { scorePackage } from '../../../../shared/engine/scorePackage';
import { readiness } from '../../../../renderer/src/features/export/readiness';

const base = demoPackages(ACTIVE_PACK).find((p) => p.organisation.id === 'demo-khangai-cashmere');
if (!base) throw new Error('demo company missing');

describe('readiness: knock-outs and the action plan', () => {
  // Khangai's expired chemicals licence decides VCP-ENV-01 (a knock-out) as "no".
  const pkg = { ...base, actions: [] };
  const results = scorePackage(pkg, ACTIVE_PACK, { asOf: '2026-12-03' });
  const ko = results.vcp.knockOutsFailed[0] ?? '';

  it('asks for an action for a knock-out with none planned', () => {
    expect(ko).not.toBe('');
    const w = readiness(pkg, results, []).warnings;
    expect(w.find((x) => x.key === 'vcpKnockOuts')).toMatchObject({
      ids: expect.arrayContaining([ko]),
    });
    expect(w.some((x) => x.key === 'vcpKnockOutsPlanned')).toBe(false);
  });

  it('says the action is planned once the plan has one for it (cancelled ones do not count)', () => {
    const action = (status: 'open' | 'cancelled') => ({
      id: `a-${status}`,
      source: { kind: 'vcp' as const, ref: ko },
      action: 'Renew the chemicals licence',
      priority: 'high' as const,
      status,
    });
    const cancelled = readiness({ ...pkg, actions: [action('cancelled')] }, results, []).warnings;
    expect(cancelled.find((x) => x.key === 'vcpKnockOuts')).toMatchObject({
      ids: expect.arrayContaining([ko]),
    });
    const planned = readiness({ ...pkg, actions: [action('open')] }, results, []).warnings;
    expect(planned.find((x) => x.key === 'vcpKnockOutsPlanned')).toMatchObject({ ids: [ko] });
    const open = planned.find((x) => x.key === 'vcpKnockOuts');
    expect(open && 'ids' in open ? open.ids : []).not.toContain(ko);
  });
});
