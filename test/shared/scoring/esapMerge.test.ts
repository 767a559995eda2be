import { describe, expect, it } from 'vitest';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { screenEs } from '../../../shared/scoring/es';

describe('ESAP: one item per action', () => {
  it('merges the fire-safety permit gap with the two fire-safety findings', () => {
    const pkg = generatePackage(7, 12, PACK_V1);
    // No fire-safety approval on file, and both checks about it found failing.
    pkg.organisation.permits = pkg.organisation.permits.filter((p) => p.kind !== 'fire_safety');
    pkg.es = {
      exclusions: {},
      checks: {
        // ES-LEG-04: medium, 90 days; ES-OHS-03: high, 30 days; the permit item: high, day 0.
        'ES-LEG-04': { result: 'finding', severity: 'medium', confirmed: true },
        'ES-OHS-03': { result: 'finding', severity: 'high', confirmed: true },
      },
      documentsReceived: [],
    };
    const r = screenEs(pkg, PACK_V1, { asOf: '2026-01-15', signingDate: '2026-03-01' });
    const fire = r.esap.filter((i) => i.sources.some((s) => /FIRE|LEG-04|OHS-03/.test(s)));
    expect(fire).toHaveLength(1);
    expect(fire[0]).toMatchObject({
      id: 'ESAP-DOC-FIRE-SAFETY',
      priority: 'high', // strictest of medium, high, high
      deadline: '2026-03-01', // earliest of signing+0, +30 (03-31), +90 (05-30)
      conditionPrecedent: true,
    });
    expect(fire[0]?.sources.sort()).toEqual(['DOC-FIRE-SAFETY', 'ES-LEG-04', 'ES-OHS-03']);
    // Every action is still said, once each.
    expect(fire[0]?.action.en).toContain('Unlock and mark exits');
    expect(fire[0]?.action.en.split('; ')).toHaveLength(3);
  });

  it('counts a one-year deadline in calendar years, not 365 days (a leap year in between)', () => {
    const pkg = generatePackage(7, 12, PACK_V1);
    pkg.es = {
      exclusions: {},
      // ES-AIR-01: 365 days in the pack, i.e. a year after signing.
      checks: { 'ES-AIR-01': { result: 'finding', severity: 'medium', confirmed: true } },
      documentsReceived: [],
    };
    const r = screenEs(pkg, PACK_V1, { asOf: '2027-01-15', signingDate: '2027-03-01' });
    const item = r.esap.find((i) => i.sources.includes('ES-AIR-01'));
    // 2027-03-01 + 365 days is 2028-02-29: a day early.
    expect(item?.deadline).toBe('2028-03-01');
  });
});
