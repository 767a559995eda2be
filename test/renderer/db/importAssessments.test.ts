import { afterEach, describe, expect, it } from 'vitest';
import type { GreenThreadDb } from '../../../renderer/src/db/db';
import { writeTransaction } from '../../../renderer/src/db/audit';
import { importVcp } from '../../../renderer/src/db/package/importAssessments';
import { importPackage } from '../../../renderer/src/db/package/importPackage';
import type { ApplicationPackage } from '../../../shared/package/schema';
import { freshDb, samplePackage } from './helpers';

// Pins what an import writes per instrument: the row, its frozen versions and its audit event.
const SUBMITTED_AT = '2026-01-15T09:00:00.000Z';
let db: GreenThreadDb;

afterEach(async () => {
  await db.delete();
});

function withVcp(pkg: ApplicationPackage, vcp: Partial<NonNullable<ApplicationPackage['vcp']>>) {
  return { ...pkg, vcp: { ...pkg.vcp!, ...vcp } };
}

async function rowsOf(instrument: 'vcp' | 'es') {
  const row = (await db.assessments.toArray()).find((r) => r.instrument === instrument)!;
  const snapshots = await db.assessmentSnapshots.where('assessmentId').equals(row.id).toArray();
  const audits = await db.auditEvents
    .filter((e) => e.entity === 'assessment' && e.entityId === row.id && e.action === 'import')
    .toArray();
  return { row, versions: snapshots.map((s) => s.version), audits };
}

describe('importing a package writes each assessment', () => {
  it('freezes a submitted VCP and audits its pack version; a screening stays a draft', async () => {
    db = freshDb();
    const pkg = withVcp(samplePackage(), { status: 'submitted', submittedAt: SUBMITTED_AT });
    await importPackage(pkg, { mode: 'new' }, db);
    const vcp = await rowsOf('vcp');
    expect(vcp.row).toMatchObject({ status: 'submitted', version: 1, submittedAt: SUBMITTED_AT });
    expect(vcp.versions).toEqual([1]);
    expect(vcp.audits.map((a) => [a.before, a.after])).toEqual([
      [undefined, { version: 1, status: 'submitted', packVersion: '1.0.0' }],
    ]);
    const es = await rowsOf('es');
    expect(es.row).toMatchObject({ status: 'draft', version: 1, period: vcp.row.period });
    expect(es.versions).toEqual([]);
    expect(es.audits.map((a) => [a.before, a.after])).toEqual([
      [undefined, { version: 1, status: 'draft' }],
    ]);
  });

  it('replace drops the frozen versions of the assessment it replaces', async () => {
    db = freshDb();
    const submitted = { status: 'submitted' as const, submittedAt: SUBMITTED_AT };
    const pkg = withVcp(samplePackage(), { ...submitted, version: 3 });
    await importPackage(pkg, { mode: 'new' }, db);
    expect((await rowsOf('vcp')).versions).toEqual([3]);
    // importPackage clears the organisation before a replace; called alone, importVcp still
    // must not leave the replaced assessment's history behind.
    const again = withVcp(samplePackage(), { ...submitted, version: 1 });
    await writeTransaction(db, db.tables, () =>
      importVcp(db, 'org-pkg', again, again.vcp, 'replace'),
    );
    const vcp = await rowsOf('vcp');
    expect(vcp.row.version).toBe(1);
    expect(vcp.versions).toEqual([1]);
    expect(vcp.audits.at(-1)?.before).toEqual({ version: 3, status: 'submitted' });
  });

  it('merging new answers into a frozen VCP opens its next draft; the screening merges', async () => {
    db = freshDb();
    const first = withVcp(samplePackage(), {
      status: 'submitted',
      submittedAt: SUBMITTED_AT,
      version: 2,
    });
    await importPackage(first, { mode: 'new' }, db);
    const more = {
      ...withVcp(samplePackage(), {
        version: 1,
        answers: { 'VCP-HS-01': { answer: 'no' as const } },
      }),
      es: { ...samplePackage().es!, documentsReceived: ['doc-other'] },
    };
    await importPackage(more, { mode: 'merge' }, db);
    const vcp = await rowsOf('vcp');
    expect(vcp.row).toMatchObject({ status: 'draft', version: 3 });
    expect(vcp.row).not.toHaveProperty('submittedAt');
    expect(vcp.row.instrument === 'vcp' && Object.keys(vcp.row.answers).sort()).toEqual([
      'VCP-EN-01',
      'VCP-HS-01',
      'VCP-WA-02',
    ]);
    expect(vcp.versions).toEqual([2]);
    expect(vcp.audits.at(-1)?.after).toEqual({ version: 3, status: 'draft', packVersion: '1.0.0' });
    const es = await rowsOf('es');
    expect(es.row.instrument === 'es' && es.row.screening.documentsReceived).toEqual([
      'doc-permit',
      'doc-other',
    ]);
    expect(es.row.version).toBe(1);
    expect(es.audits.at(-1)?.before).toEqual({ version: 1, status: 'draft' });
  });
});
