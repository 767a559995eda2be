import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { ValidationError } from '../../../renderer/src/db/errors';
import { exportPackage } from '../../../renderer/src/db/package/exportPackage';
import { importPackage } from '../../../renderer/src/db/package/importPackage';
import { listActions, saveAction } from '../../../renderer/src/db/repositories/actions';
import { listAssessmentHistory } from '../../../renderer/src/db/repositories/assessmentHistory';
import { findAssessment, setAnswer } from '../../../renderer/src/db/repositories/assessments';
import { listEvidenceFor } from '../../../renderer/src/db/repositories/evidence';
import {
  listOrganisations,
  saveOrganisation,
} from '../../../renderer/src/db/repositories/organisations';
import { listPeriods, setMetricValue } from '../../../renderer/src/db/repositories/periods';
import { applicationPackageSchema, type ApplicationPackage } from '../../../shared/package/schema';
import { SHA_A, freshDb, samplePackage, sampleOrganisation } from './helpers';

const FIXED = {
  createdAt: '2026-02-01T08:00:00.000Z',
  appVersion: '0.1.0',
  preparedBy: 'Батаа',
  language: 'mn' as const,
};

describe('importPackage / exportPackage', () => {
  it('round-trips a package: import then export gives the same package', async () => {
    const db = freshDb();
    const pkg = samplePackage();
    const result = await importPackage(pkg, { mode: 'new' }, db);
    expect(result).toMatchObject({
      orgId: 'org-pkg',
      renamedId: false,
      periods: 2,
      actions: 2,
      evidence: 2,
    });
    const out = await exportPackage('org-pkg', FIXED, db);
    expect(applicationPackageSchema.safeParse(out).success).toBe(true);
    expect(out).toEqual(pkg);
  });

  it('links the evidence a package lists to its answers, metrics and actions', async () => {
    const db = freshDb();
    await importPackage(samplePackage(), { mode: 'new' }, db);
    const forAnswer = await listEvidenceFor('org-pkg', { kind: 'answer', itemId: 'VCP-EN-01' }, db);
    const forMetric = await listEvidenceFor(
      'org-pkg',
      { kind: 'metric', metricId: 'energy.electricity', period: '2025-01' },
      db,
    );
    expect(forAnswer.map((e) => e.sha)).toEqual([SHA_A]);
    expect(forMetric.map((e) => [e.sha, e.hasContent])).toEqual([[SHA_A, 0]]);
  });

  it('exports a database-built organisation with the default pack pin, valid against the schema', async () => {
    const db = freshDb();
    await saveOrganisation(sampleOrganisation('o1'), {}, db);
    await setMetricValue('o1', '2025-03', 'energy.coal', { value: 12, unit: 't' }, db);
    const out = await exportPackage('o1', {}, db);
    expect(applicationPackageSchema.safeParse(out).success).toBe(true);
    expect(out).toMatchObject({
      packId: 'gt-textile-mn',
      packVersion: '1.0.0',
      language: 'mn',
      preparedBy: '',
    });
    expect(out.vcp).toBeUndefined();
    expect(out.periods).toEqual([
      { period: '2025-03', values: { 'energy.coal': { value: 12, unit: 't' } } },
    ]);
  });

  it("'new' imports a copy under a fresh id when the organisation already exists", async () => {
    const db = freshDb();
    await importPackage(samplePackage(), { mode: 'new' }, db);
    const second = await importPackage(samplePackage(), { mode: 'new' }, db);
    expect(second.renamedId).toBe(true);
    expect(second.orgId).not.toBe('org-pkg');
    expect(await listOrganisations(db)).toHaveLength(2);
    expect(await listPeriods(second.orgId, db)).toHaveLength(2);
  });

  it("'replace' drops what the package does not have; 'merge' keeps it", async () => {
    const db = freshDb();
    await importPackage(samplePackage(), { mode: 'new' }, db);
    await setMetricValue('org-pkg', '2025-03', 'energy.coal', { value: 9, unit: 't' }, db);
    await saveAction(
      'org-pkg',
      { id: 'act-9', source: { kind: 'manual' }, action: 'Local', priority: 'low', status: 'open' },
      db,
    );

    const changed: ApplicationPackage = {
      ...samplePackage(),
      periods: [{ period: '2025-01', values: { 'energy.coal': { value: 60, unit: 't' } } }],
    };
    await importPackage(changed, { mode: 'merge' }, db);
    const merged = await listPeriods('org-pkg', db);
    expect(merged.map((p) => p.period)).toEqual(['2025-01', '2025-02', '2025-03']);
    // Package values win per metric; the metric it does not carry stays.
    expect(merged[0]!.values['energy.coal']?.value).toBe(60);
    expect(merged[0]!.values['energy.electricity']?.value).toBe(41_000);
    expect((await listActions('org-pkg', db)).map((a) => a.id).sort()).toEqual([
      'act-1',
      'act-2',
      'act-9',
    ]);

    await importPackage(changed, { mode: 'replace' }, db);
    expect((await listPeriods('org-pkg', db)).map((p) => p.period)).toEqual(['2025-01']);
    expect((await listActions('org-pkg', db)).map((a) => a.id).sort()).toEqual(['act-1', 'act-2']);
  });

  it('merging new answers into a submitted assessment opens the next version', async () => {
    const db = freshDb();
    const submitted = samplePackage();
    submitted.vcp = {
      ...submitted.vcp!,
      status: 'submitted',
      version: 1,
      submittedAt: '2026-01-20T00:00:00.000Z',
    };
    await importPackage(submitted, { mode: 'new' }, db);
    const a = await findAssessment('org-pkg', 'vcp', '2025', db);
    expect(a).toMatchObject({ status: 'submitted', version: 1 });
    const more = samplePackage();
    more.vcp = { ...more.vcp!, answers: { 'VCP-LA-01': { answer: 'yes' } } };
    await importPackage(more, { mode: 'merge' }, db);
    const history = await listAssessmentHistory(a!.id, db);
    expect(history.map((h) => [h.version, h.status])).toEqual([
      [1, 'submitted'],
      [2, 'draft'],
    ]);
    expect(Object.keys(history[1]!.answers ?? {}).sort()).toEqual([
      'VCP-EN-01',
      'VCP-LA-01',
      'VCP-WA-02',
    ]);
    expect(Object.keys(history[0]!.answers ?? {}).sort()).toEqual(['VCP-EN-01', 'VCP-WA-02']);
  });

  it('rolls back everything when a row fails validation midway', async () => {
    const db = freshDb();
    await importPackage(samplePackage('org-existing'), { mode: 'new' }, db);
    const before = await databaseDigest(db);
    const bad = samplePackage('org-new');
    // The organisation, periods and first action are valid and get written before this one fails.
    bad.actions.push({
      id: 'act-3',
      source: { kind: 'manual' },
      action: 'x',
      priority: 'urgent' as 'high',
      status: 'open',
    });
    const error = await importPackage(bad, { mode: 'new' }, db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/act-3[\s\S]*priority/);
    expect(await databaseDigest(db)).toBe(before);
    expect(await db.organisations.get('org-new')).toBeUndefined();
  });

  it('rolls back everything when a write fails midway (replace mode keeps the old data)', async () => {
    const db = freshDb();
    await importPackage(samplePackage(), { mode: 'new' }, db);
    await setAnswer(
      (await findAssessment('org-pkg', 'vcp', undefined, db))!.id,
      'VCP-X',
      { answer: 'no' },
      db,
    );
    const before = await databaseDigest(db);
    vi.spyOn(db.projects, 'put').mockImplementation(() => {
      throw new Error('write failed');
    });
    await expect(importPackage(samplePackage(), { mode: 'replace' }, db)).rejects.toThrow(
      'write failed',
    );
    expect(await databaseDigest(db)).toBe(before);
  });

  it('refuses a file of another format before touching anything', async () => {
    const db = freshDb();
    const wrong = { ...samplePackage(), format: 'something-else' } as unknown as ApplicationPackage;
    await expect(importPackage(wrong, { mode: 'new' }, db)).rejects.toThrow(
      /not a GreenThread application package/,
    );
    expect(await db.organisations.count()).toBe(0);
  });
});
