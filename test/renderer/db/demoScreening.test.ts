import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { demoPackages } from '../../../shared/demo';
import { db } from '../../../renderer/src/db/db';
import { openDemoScreening } from '../../../renderer/src/db/repositories/demoScreening';
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
});
