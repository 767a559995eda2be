import { describe, expect, it } from 'vitest';
import { scourerDehairerExample } from '../../../cli/examples/scourerDehairer';
import { ACTIVE_PACK, PACKS } from '../../../shared/catalogue/packs';
import { packToShow, resolvePack } from '../../../shared/catalogue/resolvePack';
import type { CriteriaPack } from '../../../shared/catalogue/types';
import { scorePackage } from '../../../shared/engine/scorePackage';

describe('choosing the pack a package is scored with (resolvePack)', () => {
  it('uses the exact shipped pack', () => {
    expect(resolvePack(ACTIVE_PACK.id, ACTIVE_PACK.version)).toEqual({
      ok: true,
      pack: ACTIVE_PACK,
      exact: true,
    });
  });
  it('refuses a newer version of a shipped pack', () => {
    const r = resolvePack(ACTIVE_PACK.id, '99.0.0');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/newer than this app knows/);
    expect(resolvePack(ACTIVE_PACK.id, '1.0.10').ok).toBe(false);
  });
  it('refuses a pre-release of a newer version and a version it cannot read', () => {
    expect(resolvePack(ACTIVE_PACK.id, '1.0.1-rc.1').ok).toBe(false);
    expect(resolvePack(ACTIVE_PACK.id, '1.x').ok).toBe(false);
  });
  it('scores an older or foreign pack with the active pack, and says so in words', () => {
    // A pre-release precedes its release, so it is older than the shipped pack.
    expect(resolvePack(ACTIVE_PACK.id, '1.0.0-rc.1')).toMatchObject({ ok: true, exact: false });
    expect(resolvePack(ACTIVE_PACK.id, '0.9.0')).toMatchObject({ ok: true, exact: false });
    const foreign = resolvePack('bank-own-pack', '3.0.0');
    expect(foreign).toMatchObject({ ok: true, exact: false, pack: ACTIVE_PACK });
    expect(foreign.ok && !foreign.exact && foreign.note).toBe(
      `criteria pack bank-own-pack 3.0.0 is not shipped with this app; scored with ${ACTIVE_PACK.id} ${ACTIVE_PACK.version}`,
    );
  });
  it('a screen shows a newer pack’s assessment with the active pack rather than refusing', () => {
    expect(packToShow(ACTIVE_PACK.id, '99.0.0')).toBe(ACTIVE_PACK);
    expect(packToShow(ACTIVE_PACK.id, ACTIVE_PACK.version)).toBe(ACTIVE_PACK);
  });
});

describe('a package naming another pack version is scored with it', () => {
  // A later release of the same pack with a stricter energy criterion: 25 % instead of 20 %.
  const v11: CriteriaPack = {
    ...ACTIVE_PACK,
    version: '1.1.0',
    greenCriteria: ACTIVE_PACK.greenCriteria.map((c) =>
      c.id === 'GC-EE-1' ? { ...c, threshold: 25 } : c,
    ),
  };
  const packs = [...PACKS, v11];

  it('picks the version the package names, not the active one', () => {
    const pkg = { ...scourerDehairerExample(), packVersion: '1.1.0' };
    const choice = resolvePack(pkg.packId, pkg.packVersion, packs);
    expect(choice).toMatchObject({ ok: true, exact: true, pack: v11 });
    if (!choice.ok) throw new Error(choice.reason);
    const r = scorePackage(pkg, choice.pack, { asOf: '2026-03-01' });
    expect(r).toMatchObject({ packVersion: '1.1.0', packMatches: true });
    expect(r.green?.criteria.find((c) => c.id === 'GC-EE-1')?.threshold).toBe(25);
    // and the 1.0.0 package still gets 1.0.0 from the same list
    expect(resolvePack(ACTIVE_PACK.id, '1.0.0', packs)).toMatchObject({ pack: ACTIVE_PACK });
  });
});
