import Dexie, { type Table } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { portfolioStats } from '../../../shared/portfolio/portfolioModel';
import { toPortfolioRow } from '../../../shared/portfolio/portfolioRow';
import { GreenThreadDb } from '../../../renderer/src/db/db';
import { SCHEMA_VERSION, SUMMARY_REFRESH_PENDING } from '../../../renderer/src/db/migrations';
import { saveAction } from '../../../renderer/src/db/repositories/actions';
import { refreshPendingSummaries } from '../../../renderer/src/db/repositories/applicationSummaries';
import { setApplicationStatus } from '../../../renderer/src/db/repositories/applications';
import { openAssessment, setScreening } from '../../../renderer/src/db/repositories/assessments';
import { storeSubmission } from '../../../renderer/src/db/repositories/submissions';
import type { ApplicationRow } from '../../../renderer/src/db/types';
import { freshDb } from './helpers';

const NO_EXCLUSION = Object.fromEntries(ACTIVE_PACK.exclusions.map((x) => [x.id, { hit: false }]));

async function submitted(db: GreenThreadDb, seed = 7): Promise<ApplicationRow> {
  return storeSubmission(generatePackage(seed, 12, ACTIVE_PACK), { fileName: 'f.xlsx' }, db);
}

async function rowOf(db: GreenThreadDb, orgId: string): Promise<ApplicationRow> {
  const row = await db.applications.where('orgId').equals(orgId).first();
  if (!row) throw new Error('no application row');
  return row;
}

function portfolioRow(row: ApplicationRow, today: string) {
  return toPortfolioRow(
    {
      ...row,
      nameMn: '',
      nameEn: '',
      registrationNo: '',
      womenLed: row.womenLed === 1,
      schedule: row.generatedSchedule ?? [],
      esap: row.esapDue ?? [],
    },
    today,
  );
}

describe('the portfolio summary on the application row', () => {
  it('follows a finding the officer adds, without the application page being opened', async () => {
    const db = freshDb();
    const { orgId } = await submitted(db);
    const stored = await rowOf(db, orgId);
    expect(stored.category).toBeUndefined();
    expect(stored.findings).toBeUndefined();

    const es = await openAssessment({ orgId, instrument: 'es', period: '2025' }, db);
    const checkId = ACTIVE_PACK.esChecks[0]?.id ?? '';
    const screening = {
      exclusions: NO_EXCLUSION,
      checks: {
        [checkId]: { result: 'ok' as const, confirmed: true, dataOverrideReason: 'Seen on site.' },
      },
      documentsReceived: [],
    };
    await setScreening(es.id, screening, db);
    const screened = await rowOf(db, orgId);
    expect(screened.category).toMatch(/^[ABC]$/);
    const findings = screened.findings ?? -1;
    expect(findings).toBeGreaterThanOrEqual(0);

    await setScreening(
      es.id,
      {
        ...screening,
        checks: { [checkId]: { result: 'finding', severity: 'high', confirmed: true } },
      },
      db,
    );
    const found = await rowOf(db, orgId);
    expect(found.findings).toBe(findings + 1);
    expect(portfolioRow(found, '2026-12-04').findings).toBe(findings + 1);
    db.close();
  });

  it('an unscreened application is "not screened", whatever category an older version put on its row', async () => {
    const db = freshDb();
    const { id, orgId } = await submitted(db);
    // As a version before the screening rule wrote it: the engine's category as the officer's.
    await db.applications.update(id, { category: 'B' });
    await setApplicationStatus(id, 'in_review', db);
    const row = await rowOf(db, orgId);
    expect(row.category).toBeUndefined();
    expect(row.suggestedCategory).toMatch(/^[ABC]$/);
    const stats = portfolioStats([portfolioRow(row, '2026-12-04')]);
    expect([stats.byCategory.none.count, stats.byCategory.B.count]).toEqual([1, 0]);
    db.close();
  });

  it('lists an ESAP item the moment it is saved, overdue once its day has passed', async () => {
    const db = freshDb();
    const { orgId } = await submitted(db);
    await saveAction(
      orgId,
      {
        id: 'ESAP-DRUMS',
        source: { kind: 'es' },
        action: 'Store chemical drums on a bunded floor',
        priority: 'high',
        deadline: '2026-06-30',
        status: 'open',
        conditionPrecedent: true,
      },
      db,
    );
    const row = await rowOf(db, orgId);
    expect(row.esapDue?.map((a) => a.id)).toContain('ESAP-DRUMS');
    const listed = portfolioRow(row, '2026-12-04');
    expect(listed.overdue.map((d) => (d.source === 'esap' ? d.id : d.kind))).toContain(
      'ESAP-DRUMS',
    );
    expect(listed.conditionsPrecedent).toContain('Store chemical drums on a bunded floor');
    // Declined: its amount leaves the live total, the row stays listed.
    await setApplicationStatus(row.id, 'declined', db);
    const stats = portfolioStats([portfolioRow(await rowOf(db, orgId), '2026-12-04')]);
    expect([stats.all.count, stats.live.count, stats.live.amountMnt]).toEqual([1, 0, 0]);
    db.close();
  });

  it('a write that fails leaves the summary as it was', async () => {
    const db = freshDb();
    const { orgId } = await submitted(db);
    const before = await rowOf(db, orgId);
    await expect(
      saveAction(
        orgId,
        {
          id: 'ESAP-BAD',
          source: { kind: 'es' },
          action: '',
          priority: 'high',
          status: 'open',
        },
        db,
      ),
    ).rejects.toThrow();
    expect(await rowOf(db, orgId)).toEqual(before);
    db.close();
  });

  it('upgrading a v5 database asks for one refresh of every summary, done in the background', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const source = new GreenThreadDb(name);
    const { orgId } = await submitted(source);
    // As v5 stored it: a summary without the ESAP items, not yet refreshed.
    const row = await rowOf(source, orgId);
    await saveAction(
      orgId,
      {
        id: 'ESAP-1',
        source: { kind: 'es' },
        action: 'Fix',
        priority: 'high',
        status: 'open',
      },
      source,
    );
    const v5Row: ApplicationRow = { ...row };
    delete v5Row.esapDue;
    await source.applications.put(v5Row);
    const tables: Record<string, unknown[]> = {};
    for (const t of source.tables) tables[t.name] = await t.toArray();
    source.close();
    await Dexie.delete(name);
    const v5 = new Dexie(name);
    v5.version(5).stores(Object.fromEntries(source.tables.map((t) => [t.name, schemaOf(t)])));
    await v5.open();
    for (const [t, rows] of Object.entries(tables)) await v5.table(t).bulkAdd(rows);
    v5.close();

    const db = new GreenThreadDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.settings.get(SUMMARY_REFRESH_PENDING)).toBeDefined();
    expect((await rowOf(db, orgId)).esapDue).toBeUndefined();
    await refreshPendingSummaries(db);
    expect((await rowOf(db, orgId)).esapDue?.map((a) => a.id)).toEqual(['ESAP-1']);
    expect(await db.settings.get(SUMMARY_REFRESH_PENDING)).toBeUndefined();
    db.close();
  });
});

/** A table's stores declaration: v7 changed no index, so v5 declared the same. */
function schemaOf(t: Table): string {
  const s = t.schema;
  return [s.primKey.src, ...s.indexes.map((i) => i.src)].join(', ');
}
