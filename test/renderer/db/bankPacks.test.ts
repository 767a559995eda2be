import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import {
  chooseBankPack,
  getChosenBankPack,
  listBankPacks,
  storeBankPack,
} from '../../../renderer/src/db/repositories/bankPacks';
import { freshDb } from './helpers';

const bankPack = (version = '2027.1.0', extra: Record<string, unknown> = {}) => ({
  ...(JSON.parse(JSON.stringify(ACTIVE_PACK)) as Record<string, unknown>),
  id: 'xacbank-textile',
  version,
  ...extra,
});

describe('bank criteria packs held by the installation', () => {
  it('stores a pack parsePack accepts, with its source, and refuses a broken one writing nothing', async () => {
    const db = freshDb();
    const broken = await storeBankPack(
      bankPack('2027.1.0', { greenCriteria: 'none' }),
      { kind: 'file', fileName: 'x.json' },
      db,
    );
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]?.path).toMatch(/greenCriteria/);
    expect(await db.settings.count()).toBe(0);
    expect(await db.auditEvents.count()).toBe(0);

    const ok = await storeBankPack(bankPack(), { kind: 'file', fileName: 'xac.json' }, db);
    expect(ok).toMatchObject({ ok: true, alreadyHeld: false });
    const held = await listBankPacks(db);
    expect(held.map((h) => [h.pack.id, h.pack.version, h.source])).toEqual([
      ['xacbank-textile', '2027.1.0', { kind: 'file', fileName: 'xac.json' }],
    ]);
    const audit = await db.auditEvents.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ packId: 'xacbank-textile', packVersion: '2027.1.0' });
  });

  it('keeps a held version unchanged: the same file again is a no-op, other content is refused', async () => {
    const db = freshDb();
    await storeBankPack(bankPack(), { kind: 'server', seq: 3, publishedAt: '2027-01-05' }, db);
    const again = await storeBankPack(bankPack(), { kind: 'file', fileName: 'same.json' }, db);
    expect(again).toMatchObject({ ok: true, alreadyHeld: true });
    const changed = bankPack('2027.1.0', { effectiveDate: '2027-06-01' });
    const refused = await storeBankPack(changed, { kind: 'file', fileName: 'edited.json' }, db);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors[0]?.message).toMatch(/needs a new version/);
    const [held] = await listBankPacks(db);
    expect(held?.pack.effectiveDate).toBe(ACTIVE_PACK.effectiveDate);
    expect(held?.source).toEqual({ kind: 'server', seq: 3, publishedAt: '2027-01-05' });
  });

  it('chooses a held pack for new screenings, audited; an unknown one is refused', async () => {
    const db = freshDb();
    expect(await getChosenBankPack(db)).toBeNull();
    await expect(
      chooseBankPack({ packId: 'xacbank-textile', packVersion: '9.9.9' }, db),
    ).rejects.toThrow(/not held/);
    await storeBankPack(bankPack(), { kind: 'file', fileName: 'xac.json' }, db);
    await chooseBankPack({ packId: 'xacbank-textile', packVersion: '2027.1.0' }, db);
    expect(await getChosenBankPack(db)).toEqual({
      packId: 'xacbank-textile',
      packVersion: '2027.1.0',
    });
    await chooseBankPack(null, db);
    expect(await getChosenBankPack(db)).toBeNull();
    const updates = (await db.auditEvents.toArray()).filter((e) => e.action === 'update');
    expect(updates.length).toBeGreaterThanOrEqual(1);
  });
});
