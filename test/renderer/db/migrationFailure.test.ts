// A v4 upgrade that fails part-way must leave the v3 database exactly as it was: IndexedDB
// aborts the whole version change. The move is made to fail at its last write (two audit
// events with one key), after the new rows were written and the old ones deleted.
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { GreenThreadDb } from '../../../renderer/src/db/db';
import type * as Migrations from '../../../renderer/src/db/migrations';

vi.mock('../../../renderer/src/db/migrations', async (importOriginal) => {
  const original = await importOriginal<typeof Migrations>();
  return {
    ...original,
    moveOrganisationSettingsV4: (
      ...args: Parameters<typeof original.moveOrganisationSettingsV4>
    ) => {
      const moved = original.moveOrganisationSettingsV4(...args);
      const event = {
        seq: 1,
        at: 'x',
        who: '',
        entity: 'database',
        entityId: 'x',
        action: 'purge',
      };
      return { ...moved, purgeEvents: [event, event] };
    },
  };
});

const V3_STORES = {
  organisations: 'id, nameMn, nameEn, updatedAt, deletedAt',
  periods: '[orgId+period], orgId, [orgId+year]',
  settings: 'key',
  assessments: 'id, orgId, [orgId+instrument], [orgId+instrument+period], status, updatedAt',
  assessmentSnapshots: '[assessmentId+version], assessmentId, orgId',
  projects: 'id, orgId, updatedAt',
  actions: '[orgId+id], orgId, [orgId+status], status, deadline',
  evidence: 'id, createdAt',
  evidenceData: 'id',
  evidenceLinks: '[sha+orgId+targetKey], sha, orgId, [orgId+targetKey]',
  auditEvents: '++seq, at, orgId, [orgId+at], [entity+entityId]',
  applications:
    'id, &orgId, status, category, greenDecision, taxonomyCode, womenLed, importedAt, amountMnt',
};

describe('a failed schema upgrade', () => {
  it('loses nothing: the database stays at v3 with every row', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(3).stores(V3_STORES);
    await old.open();
    // in key order, as IndexedDB gives them back
    const settings = [
      { key: 'factorOverrides:org-a', value: { gridTco2PerMwh: 1.1 } },
      { key: 'language', value: 'mn' },
    ];
    await old.table('settings').bulkAdd(settings);
    await old.table('organisations').add({ id: 'org-a', nameMn: 'А', updatedAt: 'x' });
    old.close();

    const db = new GreenThreadDb(name);
    await expect(db.open()).rejects.toThrow(/Constraint|Key already exists/i);
    db.close();

    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(3);
    expect(again.tables.map((t) => t.name)).not.toContain('organisationSettings');
    expect(await again.table('settings').toArray()).toEqual(settings);
    expect(await again.table('organisations').count()).toBe(1);
    again.close();
  });
});
