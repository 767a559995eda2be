// Head office's records on a desktop: the screening writes its exclusion hits on the portfolio
// entry as it is stored (the report reads them from synced rows), and the records carry the
// branch the server filed them under.
import { summarisePortfolio } from '../../../shared/sync/portfolio';
import { buildAnnualEsReport } from '../../../shared/reports/annualEsReport';
import { openAssessment, updateScreening } from '../../../renderer/src/db/repositories/assessments';
import {
  readHeadOfficeRecords,
  THIS_COMPUTER,
} from '../../../renderer/src/db/repositories/headOffice';
import { importPackage } from '../../../renderer/src/db/package/importPackage';
import { recordApplicationImport } from '../../../renderer/src/db/repositories/applications';
import { encodeRecordId } from '../../../renderer/src/sync/recordKey';
import { freshDb, samplePackage } from './helpers';

describe('head office records on this computer', () => {
  it('a screening stores its exclusion hits on the application row; the report counts them', async () => {
    const db = freshDb();
    await importPackage(samplePackage('org-h'), { mode: 'new' }, db);
    const app = await recordApplicationImport(
      {
        orgId: 'org-h',
        amountMnt: 120_000_000,
        womenLed: false,
        digest: 'a'.repeat(64),
        fileName: 'h.json',
      },
      db,
    );
    expect((await db.applications.get(app.id))?.exclusionHits).toBeUndefined();
    const es = await openAssessment({ orgId: 'org-h', instrument: 'es', period: '2025' }, db);
    await updateScreening(
      es.id,
      (s) => ({ ...s, exclusions: { 'EX-01': { hit: false }, 'EX-02': { hit: true } } }),
      undefined,
      db,
    );
    expect((await db.applications.get(app.id))?.exclusionHits).toEqual(['EX-02']);
    await updateScreening(
      es.id,
      (s) => ({ ...s, exclusions: { ...s.exclusions, 'EX-02': { hit: false } } }),
      undefined,
      db,
    );
    expect((await db.applications.get(app.id))?.exclusionHits).toEqual([]);
    // A re-submission keeps them (they are the officer's, not the company's).
    await recordApplicationImport(
      {
        orgId: 'org-h',
        amountMnt: 120_000_000,
        womenLed: false,
        digest: 'c'.repeat(64),
        fileName: 'h2.json',
      },
      db,
    );
    expect((await db.applications.get(app.id))?.exclusionHits).toEqual([]);

    // Filed by the server under branch "darkhan": the organisation's branch is the records'.
    await db.syncRecords.put({
      table: 'organisations',
      recordId: encodeRecordId('org-h'),
      version: 3,
      branchId: 'darkhan',
    });
    const records = await readHeadOfficeRecords(db);
    expect(records.branchIds).toEqual(['darkhan']);
    const apps = records.rows.filter((r) => r.table === 'applications');
    expect(apps.map((r) => r.branchId)).toEqual(['darkhan']);
    expect(summarisePortfolio(apps).byBranch).toEqual([
      { key: 'darkhan', count: 1, amountMnt: 120_000_000 },
    ]);
    const report = buildAnnualEsReport({
      rows: records.rows,
      branches: [{ id: 'darkhan', name: 'Darkhan' }],
      year: Number(app.importedAt.slice(0, 4)),
      asOf: app.importedAt.slice(0, 10),
      language: 'en',
    });
    const summary = report.sheets[0]?.rows ?? [];
    // Screened (hits recorded, none applies): no "not screened" note, no hit.
    expect(summary.find((r) => r[0] === 'Applications with an exclusion-list hit')?.[1]).toBe(0);
    expect(report.sheets[0]?.notes.join(' ')).not.toMatch(/no exclusion-list result/);
  });

  it('an unsynced record belongs to this computer', async () => {
    const db = freshDb();
    await importPackage(samplePackage('org-u'), { mode: 'new' }, db);
    await recordApplicationImport(
      { orgId: 'org-u', amountMnt: 5, womenLed: false, digest: 'b'.repeat(64), fileName: 'u.json' },
      db,
    );
    expect((await readHeadOfficeRecords(db)).branchIds).toEqual([THIS_COMPUTER]);
  });
});
