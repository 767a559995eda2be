import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK, packForPackage } from '../../../shared/catalogue/packs';

describe('choosing the pack a package is scored with', () => {
  it('uses the exact shipped pack', () => {
    expect(packForPackage(ACTIVE_PACK.id, ACTIVE_PACK.version)).toEqual({
      ok: true,
      pack: ACTIVE_PACK,
      exact: true,
    });
  });
  it('refuses a newer version of a shipped pack', () => {
    const r = packForPackage(ACTIVE_PACK.id, '99.0.0');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/newer than this app knows/);
    expect(packForPackage(ACTIVE_PACK.id, '1.0.10').ok).toBe(false);
  });
  it('refuses a pre-release of a newer version and a version it cannot read', () => {
    expect(packForPackage(ACTIVE_PACK.id, '1.0.1-rc.1').ok).toBe(false);
    expect(packForPackage(ACTIVE_PACK.id, '1.x').ok).toBe(false);
  });
  it('scores an older or foreign pack with the active pack', () => {
    // A pre-release precedes its release, so it is older than the shipped pack.
    expect(packForPackage(ACTIVE_PACK.id, '1.0.0-rc.1')).toMatchObject({ ok: true, exact: false });
    expect(packForPackage(ACTIVE_PACK.id, '0.9.0')).toMatchObject({ ok: true, exact: false });
    expect(packForPackage('bank-own-pack', '3.0.0')).toMatchObject({ ok: true, exact: false });
  });
});
