import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { generatePackage } from '../../../../shared/engine/generatePackage';
import { db } from '../../../../renderer/src/db/db';
import { listActions, saveAction } from '../../../../renderer/src/db/repositories/actions';
import { updateApplicationMonitoring } from '../../../../renderer/src/db/repositories/applications';
import {
  getProject,
  projectFromRow,
  saveProject,
} from '../../../../renderer/src/db/repositories/projects';
import {
  changesSinceLastImport,
  findSameOrganisation,
} from '../../../../renderer/src/features/officer-import/previousSubmission';
import { readPackageBytes } from '../../../../renderer/src/features/officer-import/readSubmission';
import {
  OlderSubmissionError,
  storeSubmission,
} from '../../../../renderer/src/db/repositories/submissions';
import { getLastImport } from '../../../../renderer/src/db/repositories/lastImport';
import {
  findAssessment,
  openAssessment,
  setScreening,
} from '../../../../renderer/src/db/repositories/assessments';
import { getDeclarationFlags } from '../../../../renderer/src/db/repositories/declarationFlags';
import { indexPack } from '../../../../shared/scoring/packIndex';

const enc = (s: string) => new TextEncoder().encode(s);

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('readPackageBytes', () => {
  it('accepts a valid package and names the first invalid field of a bad one', () => {
    const pkg = generatePackage(3, 2, ACTIVE_PACK);
    expect(readPackageBytes(enc(JSON.stringify(pkg)), 'a.json', 'en').kind).toBe('package');
    const bad = { ...pkg, organisation: { ...pkg.organisation, employees: -1 } };
    const r = readPackageBytes(enc(JSON.stringify(bad)), 'b.json', 'en');
    expect(r.kind).toBe('unreadable');
    if (r.kind === 'unreadable') expect(r.reason).toContain('organisation.employees');
    const junk = readPackageBytes(enc('{ not json'), 'c.json', 'mn');
    expect(junk.kind === 'unreadable' && junk.reason.startsWith('файл зөв JSON биш')).toBe(true);
  });
});

describe('re-submissions', () => {
  it('match the same organisation by id or by registration number', () => {
    const pkg = generatePackage(3, 2, ACTIVE_PACK);
    const known = [
      { id: 'org-x', registrationNo: ` ${pkg.organisation.registrationNo} `, nameMn: 'X' },
    ];
    expect(findSameOrganisation(pkg, known)?.id).toBe('org-x');
    expect(
      findSameOrganisation(
        { ...pkg, organisation: { ...pkg.organisation, registrationNo: '' } },
        known,
      ),
    ).toBeUndefined();
    expect(
      findSameOrganisation(pkg, [{ id: pkg.organisation.id, registrationNo: '1', nameMn: 'Y' }])
        ?.nameMn,
    ).toBe('Y');
  });

  it('list exactly the changed answers, not the envelope', () => {
    const a = generatePackage(4, 6, ACTIVE_PACK);
    const b = structuredClone(a);
    const [id1 = '', id2 = ''] = Object.keys(b.vcp?.answers ?? {});
    b.vcp!.answers[id1] = { answer: b.vcp!.answers[id1]!.answer === 'no' ? 'yes' : 'no' };
    b.vcp!.answers[id2] = { answer: b.vcp!.answers[id2]!.answer === 'no' ? 'yes' : 'no' };
    b.createdAt = '2030-01-01T00:00:00Z';
    b.preparedBy = 'someone else';
    const diff = changesSinceLastImport(a, b);
    expect(diff.map((d) => d.path.join('.')).sort()).toEqual(
      [`vcp.answers.${id1}.answer`, `vcp.answers.${id2}.answer`].sort(),
    );
  });
});

describe('storeSubmission', { timeout: 30_000 }, () => {
  it('stores the package, the portfolio entry and a copy of what was imported together', async () => {
    const pkg = generatePackage(7, 12, ACTIVE_PACK);
    const row = await storeSubmission(pkg, { fileName: 'first.xlsx' });
    expect(row.orgId).toBe(pkg.organisation.id);
    expect(row.history).toHaveLength(1);
    expect(row.amountMnt).toBe(pkg.project?.investmentMnt);
    // The engine's category is kept as a suggestion: the application is not screened yet.
    expect(row.category).toBeUndefined();
    expect(row.suggestedCategory).toMatch(/^[ABC]$/);
    expect(await db.organisations.get(pkg.organisation.id)).toBeDefined();
    expect((await getLastImport(pkg.organisation.id))?.createdAt).toBe(pkg.createdAt);
  });

  it('keeps the officer’s decision, ESAP and loan amount on a re-submission', async () => {
    const pkg = generatePackage(7, 12, ACTIVE_PACK);
    const first = await storeSubmission(pkg, { fileName: 'first.xlsx' });
    const orgId = first.orgId;
    const project = await getProject(orgId);
    if (!project?.title) throw new Error('expected a project');
    const body = projectFromRow(project);
    const id = project.id;
    await saveProject(
      orgId,
      { ...body, decision: { decision: 'eligible', taxonomyCode: 'MGT-EE' } },
      id,
    );
    await db.applications.update(first.id, { amountMnt: 123_000_000, greenDecision: 'eligible' });
    const visit = { id: 'v1', date: '2026-05-04', by: 'B. Bold', findings: 'Drains clear.' };
    await updateApplicationMonitoring(first.id, () => ({ visits: [visit] }));
    await saveAction(orgId, {
      id: 'ESAP-X',
      source: { kind: 'es' },
      action: 'Fix',
      priority: 'high',
      status: 'open',
    });

    const again = structuredClone(pkg);
    again.organisation.id = 'org-other-id'; // same registration number, new id
    const row = await storeSubmission(again, { fileName: 'second.xlsx', existingOrgId: orgId });
    expect(row.id).toBe(first.id);
    expect(row.history.map((h) => h.fileName)).toEqual(['first.xlsx', 'second.xlsx']);
    expect(row.amountMnt).toBe(123_000_000);
    expect(row.greenDecision).toBe('eligible');
    expect(row.monitoring?.visits).toEqual([visit]);
    expect((await getProject(orgId))?.decision?.decision).toBe('eligible');
    expect((await listActions(orgId)).some((a) => a.id === 'ESAP-X')).toBe(true);
    expect(await db.organisations.get('org-other-id')).toBeUndefined();
  });

  it('a re-submission updates declarations and never the officer’s record', async () => {
    const pkg = generatePackage(7, 12, ACTIVE_PACK);
    // The company's own view of the checks is a declaration, never the officer's result.
    const ownView = Object.keys(pkg.es?.checks ?? {});
    expect(ownView.length).toBeGreaterThan(0);
    const first = await storeSubmission(pkg, { fileName: 'first.xlsx' });
    const orgId = first.orgId;
    expect(await findAssessment(orgId, 'es')).toBeUndefined();

    // The officer: a high finding with a note on a check linked to VCP answers, a correction.
    const links = indexPack(ACTIVE_PACK).vcpForEsCheck;
    const [checkId, items] = [...links].find(([, v]) => v.length > 0) ?? ['', []];
    const itemId = items[0] ?? '';
    const es = await openAssessment({ orgId, instrument: 'es', period: '2025' });
    await setScreening(es.id, {
      exclusions: { 'EX-01': { hit: false } },
      checks: {
        [checkId]: { result: 'finding', severity: 'high', note: 'drums', confirmed: true },
      },
      documentsReceived: [],
    });
    const project = await getProject(orgId);
    if (!project) throw new Error('expected a project');
    const corrected = projectFromRow(project);
    corrected.projected.waterM3 = 4321;
    await saveProject(orgId, corrected, project.id);

    // The company re-submits: the linked answer changed, a new electricity figure.
    const again = structuredClone(pkg);
    again.createdAt = new Date(Date.parse(pkg.createdAt) + 86_400_000).toISOString();
    const before = again.vcp!.answers[itemId]?.answer ?? null;
    const after = before === 'no' ? 'yes' : 'no';
    again.vcp!.answers[itemId] = { answer: after };
    again.project!.projected.electricityKwh += 10;
    await storeSubmission(again, { fileName: 'second.xlsx', existingOrgId: orgId });

    const screening = (await findAssessment(orgId, 'es')) as {
      screening: { checks: Record<string, unknown> };
    };
    expect(screening.screening.checks[checkId]).toEqual({
      result: 'finding',
      severity: 'high',
      note: 'drums',
      confirmed: false, // back to the officer
    });
    const flags = await getDeclarationFlags(orgId);
    expect(flags[checkId]?.changes).toContainEqual({ kind: 'vcp', itemId, before, after });
    const merged = await getProject(orgId);
    expect(merged?.projected.waterM3).toBe(4321);
    expect(merged?.projected.electricityKwh).toBe(pkg.project!.projected.electricityKwh + 10);
    // The company's figures came from its file: audited as an import, not as the officer's edit.
    const projectEvents = (await db.auditEvents.toArray()).filter((e) => e.entity === 'project');
    expect(projectEvents.at(-1)?.action).toBe('import');

    // An older file is refused and writes nothing.
    const old = structuredClone(pkg);
    old.createdAt = new Date(Date.parse(pkg.createdAt) - 86_400_000).toISOString();
    const count = await db.auditEvents.count();
    await expect(
      storeSubmission(old, { fileName: 'old.xlsx', existingOrgId: orgId }),
    ).rejects.toBeInstanceOf(OlderSubmissionError);
    expect(await db.auditEvents.count()).toBe(count);
    expect((await getLastImport(orgId))?.createdAt).toBe(again.createdAt);
  });

  it('stores nothing when the package cannot be written', async () => {
    const pkg = generatePackage(7, 2, ACTIVE_PACK);
    const broken = { ...pkg, formatVersion: 99 } as unknown as typeof pkg;
    await expect(storeSubmission(broken, { fileName: 'x.xlsx' })).rejects.toThrow();
    expect(await db.applications.count()).toBe(0);
    expect(await db.organisations.count()).toBe(0);
  });
});
