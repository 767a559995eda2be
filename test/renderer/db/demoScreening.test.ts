import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { demoPackages } from '../../../shared/demo';
import { db } from '../../../renderer/src/db/db';
import { chooseBankPack, storeBankPack } from '../../../renderer/src/db/repositories/bankPacks';
import { openDemoScreening } from '../../../renderer/src/db/repositories/demoScreening';
import { screeningPackFor } from '../../../renderer/src/db/repositories/screeningPack';
import { exportPackage } from '../../../renderer/src/db/package/exportPackage';
import { scorePackage } from '../../../shared/engine/scorePackage';
import { seedDemoCompanies } from '../../../renderer/src/lib/demo/seedDemoCompanies';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('the trainer screens a demo company as the officer', { timeout: 30_000 }, () => {
  it('records a portfolio entry once, not screened, with the engine’s suggestion apart', async () => {
    await seedDemoCompanies();
    const org = demoPackages(ACTIVE_PACK)[0]!.organisation;
    expect(await db.applications.count()).toBe(0);
    const id = await openDemoScreening(org.id);
    const row = await db.applications.get(id);
    expect(row?.orgId).toBe(org.id);
    expect(row?.category).toBeUndefined();
    expect(row?.suggestedCategory).toMatch(/^[ABC]$/);
    expect(row?.history).toHaveLength(1);
    // A second visit reuses the entry (and the officer's screening on it).
    expect(await openDemoScreening(org.id)).toBe(id);
    expect(await db.applications.count()).toBe(1);
  });

  it('suggests the category the officer’s own screen gives: the bank’s chosen pack, not the shipped one', async () => {
    // A bank's pack that rates spinning as high inherent risk: the spinner-knitter (214 staff,
    // ≥ 200) is then A (high risk in a large operation); the shipped pack rates spinning medium,
    // so B. The workshop's entry used the shipped pack and recorded B while the officer saw A.
    await seedDemoCompanies();
    const bank = JSON.parse(JSON.stringify(ACTIVE_PACK)) as typeof ACTIVE_PACK & {
      esChecks: { inherentRisk: Record<string, string> }[];
    };
    for (const c of bank.esChecks) c.inherentRisk = { ...c.inherentRisk, spinning: 'high' };
    const stored = await storeBankPack(
      { ...bank, id: 'xacbank-textile', version: '2027.1.0' },
      { kind: 'file', fileName: 'xac.json' },
    );
    expect(stored.ok).toBe(true);
    await chooseBankPack({ packId: 'xacbank-textile', packVersion: '2027.1.0' });
    const org = demoPackages(ACTIVE_PACK).find((p) =>
      p.organisation.processes.includes('spinning'),
    )!.organisation;
    const pkg = await exportPackage(org.id, {});
    const officers = await screeningPackFor(org.id, {
      packId: pkg.packId,
      packVersion: pkg.packVersion,
    });
    expect(officers.pack.id).toBe('xacbank-textile');
    expect(scorePackage(pkg, officers.pack).es.suggestedCategory).toBe('A');
    expect(scorePackage(pkg, ACTIVE_PACK).es.suggestedCategory).toBe('B');

    const row = await db.applications.get(await openDemoScreening(org.id));
    expect(row?.suggestedCategory).toBe('A');
  });
});
