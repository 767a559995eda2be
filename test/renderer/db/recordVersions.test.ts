// Several windows, one truth (issue 17 item 4, issue 20 item 4): every editable row carries a
// record version raised in the write's own transaction, and an editor's write based on an older
// copy is refused with ConflictError, writing nothing. Two GreenThreadDb connections on one
// database stand for two windows.
import { GreenThreadDb } from '../../../renderer/src/db/db';
import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { exportBackup } from '../../../renderer/src/db/backup/exportBackup';
import { restoreBackup } from '../../../renderer/src/db/backup/restoreBackup';
import { NotFoundError } from '../../../renderer/src/db/errors';
import {
  actionFromRow,
  saveAction,
  saveActionFields,
  saveActionIfUnchanged,
} from '../../../renderer/src/db/repositories/actions';
import {
  recordApplicationImport,
  setApplicationTerms,
} from '../../../renderer/src/db/repositories/applications';
import {
  openAssessment,
  setAnswer,
  setAnswerMerged,
} from '../../../renderer/src/db/repositories/assessments';
import { ConflictError } from '../../../renderer/src/db/repositories/conflictError';
import {
  getOrganisation,
  saveOrganisation,
  updateOrganisation,
} from '../../../renderer/src/db/repositories/organisations';
import {
  setMetricValue,
  setMetricValueIfUnchanged,
} from '../../../renderer/src/db/repositories/periods';
import {
  getProfile,
  getProfileRev,
  saveProfile,
  saveProfileFields,
  saveProfileIfUnchanged,
} from '../../../renderer/src/db/repositories/profile';
import {
  projectFromRow,
  saveProject,
  saveProjectFields,
  saveProjectIfUnchanged,
} from '../../../renderer/src/db/repositories/projects';
import { deleteForever, moveToTrash } from '../../../renderer/src/db/repositories/trash';
import { adoptRestoreEpoch, RestoredElsewhereError } from '../../../renderer/src/db/writeGate';
import type { VcpAssessmentRow } from '../../../renderer/src/db/types';
import type { ActionItem } from '../../../shared/package/schema';
import { samplePackage, sampleOrganisation } from './helpers';

function twoWindows(): [GreenThreadDb, GreenThreadDb] {
  const name = `t-${crypto.randomUUID()}`;
  return [new GreenThreadDb(name), new GreenThreadDb(name)];
}

async function refused(write: Promise<unknown>): Promise<unknown> {
  const error = await write.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error === undefined) throw new Error('the write was not refused');
  return error;
}

const ACTION: ActionItem = {
  id: 'act-1',
  source: { kind: 'manual' },
  action: 'Install a water meter',
  priority: 'high',
  status: 'open',
};

describe('record versions', () => {
  it('raises rev by one on every write of an organisation, in the same write', async () => {
    const [a] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    expect((await getOrganisation('o1', a))?.rev).toBe(1);
    await updateOrganisation('o1', (o) => ({ ...o, employees: 121 }), a);
    await updateOrganisation('o1', (o) => ({ ...o, employees: 122 }), a);
    expect((await getOrganisation('o1', a))?.rev).toBe(3);
  });

  it('refuses an action saved on a stale rev, writing nothing, and keeps the newer one', async () => {
    const [a, b] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    const first = await saveActionIfUnchanged('o1', ACTION, 0, a);
    expect(first.rev).toBe(1);
    // both windows show rev 1; B saves first
    await saveActionIfUnchanged('o1', { ...ACTION, owner: 'Bold' }, 1, b);
    const before = await databaseDigest(a);
    const error = await refused(
      saveActionIfUnchanged('o1', { ...ACTION, action: 'Install two meters' }, 1, a),
    );
    expect(error).toBeInstanceOf(ConflictError);
    const current = (error as ConflictError<{ owner?: string; rev?: number }>).current;
    expect(current.owner).toBe('Bold');
    expect(current.rev).toBe(2);
    expect(await databaseDigest(a)).toBe(before);
    // a new action is expected at rev 0: creating one that exists is a conflict too
    expect(await refused(saveActionIfUnchanged('o1', ACTION, 0, b))).toBeInstanceOf(ConflictError);
    // the plain save (imports) still writes, and the rev moves on
    expect((await saveAction('o1', ACTION, a)).rev).toBe(3);
    expect(actionFromRow(await saveAction('o1', ACTION, a))).toEqual(ACTION);
  });

  it('refuses a green project saved on a stale rev', async () => {
    const [a, b] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    const project = samplePackage().project;
    if (!project) throw new Error('no sample project');
    const created = await saveProjectIfUnchanged('o1', project, undefined, 0, a);
    await saveProjectIfUnchanged('o1', { ...project, title: 'From B' }, created.id, 1, b);
    const before = await databaseDigest(a);
    const error = await refused(
      saveProjectIfUnchanged('o1', { ...project, title: 'From A' }, created.id, 1, a),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<{ title: string }>).current.title).toBe('From B');
    expect(await databaseDigest(a)).toBe(before);
    expect((await saveProject('o1', project, created.id, a)).rev).toBe(3);
  });

  it('keeps one form’s project fields when another form of the same window saves its own', async () => {
    // The officer's Green tab: the inputs form and the decision form each took the project at
    // rev 1. The decision saved after the inputs must not undo the corrected water (it wrote the
    // whole project from its copy before), and a field another window changed is refused.
    const [a, b] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    const project = samplePackage().project;
    if (!project) throw new Error('no sample project');
    const row = await saveProject('o1', project, undefined, a);
    const projected = { ...project.projected, waterM3: 4321 };
    await saveProjectFields('o1', row.id, { projected: project.projected }, { projected }, a);
    const decision = { decision: 'eligible' as const, decidedAt: '2026-02-01T00:00:00.000Z' };
    await saveProjectFields('o1', row.id, { decision: undefined }, { decision }, a);
    const stored = projectFromRow((await a.projects.get(row.id))!);
    expect(stored.projected.waterM3).toBe(4321);
    expect(stored.decision).toEqual(decision);

    // Window B still shows water as first stored: its correction is refused, nothing written.
    const before = await databaseDigest(a);
    const error = await refused(
      saveProjectFields(
        'o1',
        row.id,
        { projected: project.projected },
        { projected: { ...project.projected, waterM3: 1 } },
        b,
      ),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(
      (error as ConflictError<{ projected: { waterM3: number } }>).current.projected.waterM3,
    ).toBe(4321);
    expect(await databaseDigest(a)).toBe(before);
  });

  it('refuses the profile saved on a stale rev', async () => {
    const [a, b] = twoWindows();
    const profile = {
      name: 'Saraa',
      role: 'msme' as const,
      language: 'mn' as const,
      affiliation: '',
    };
    await saveProfile(profile, a);
    const rev = await getProfileRev(a);
    expect(rev).toBe(1);
    await saveProfileIfUnchanged({ ...profile, name: 'Saraa B.' }, rev, b);
    const before = await databaseDigest(a);
    const error = await refused(saveProfileIfUnchanged({ ...profile, name: 'Saraa A.' }, rev, a));
    expect(error).toBeInstanceOf(ConflictError);
    expect(await databaseDigest(a)).toBe(before);
  });

  it('writes an action field-wise: another field merges, the same field changed first is refused', async () => {
    const [a, b] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    await saveAction('o1', ACTION, a);
    // Window B sets the owner; window A, still showing no owner, changes the text: both kept.
    await saveActionFields('o1', 'act-1', { owner: undefined }, { owner: 'Bold' }, b);
    await saveActionFields('o1', 'act-1', { action: ACTION.action }, { action: 'Fit two' }, a);
    const row = await a.actions.get(['o1', 'act-1']);
    expect([row?.action, row?.owner, row?.rev]).toEqual(['Fit two', 'Bold', 3]);
    // Window A, still showing no owner, sets one: refused, nothing written, the stored row carried.
    const before = await databaseDigest(a);
    const error = await refused(
      saveActionFields('o1', 'act-1', { owner: undefined }, { owner: 'Dorj' }, a),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toMatchObject({ owner: 'Bold' });
    expect(await databaseDigest(a)).toBe(before);
    // A cleared optional field is left out, never stored empty.
    await saveActionFields('o1', 'act-1', { owner: 'Bold' }, { owner: undefined }, a);
    expect(await a.actions.get(['o1', 'act-1'])).not.toHaveProperty('owner');
  });

  it('writes the profile field-wise, refusing a field another window changed first', async () => {
    const [a, b] = twoWindows();
    const profile = {
      name: 'Saraa',
      role: 'msme' as const,
      language: 'mn' as const,
      affiliation: '',
    };
    await saveProfile(profile, a);
    await saveProfileFields({ affiliation: '' }, { affiliation: 'Wool LLC' }, b);
    await saveProfileFields({ name: 'Saraa' }, { name: 'Saraa B.' }, a);
    expect(await getProfile(a)).toEqual({ ...profile, name: 'Saraa B.', affiliation: 'Wool LLC' });
    const before = await databaseDigest(a);
    const error = await refused(saveProfileFields({ name: 'Saraa' }, { name: 'Saraa C.' }, b));
    expect(error).toBeInstanceOf(ConflictError);
    expect(await databaseDigest(a)).toBe(before);
  });

  it("refuses the officer's loan terms saved on a stale rev", async () => {
    const [a, b] = twoWindows();
    const app = await recordApplicationImport(
      { orgId: 'o1', amountMnt: 100_000_000, womenLed: false, digest: 'd'.repeat(64) },
      a,
    );
    expect(app.rev).toBe(1);
    await setApplicationTerms(app.id, { termYears: 5 }, b, 1);
    const before = await databaseDigest(a);
    const error = await refused(setApplicationTerms(app.id, { termYears: 7 }, a, 1));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<{ termYears?: number }>).current.termYears).toBe(5);
    expect(await databaseDigest(a)).toBe(before);
  });

  it('refuses a monthly figure typed over a value another window stored; other cells merge', async () => {
    const [a, b] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    await setMetricValue('o1', '2025-03', 'energy.coal', { value: 12, unit: 't' }, a);
    // both windows show coal 12; B corrects it to 13
    const shown = { value: 12, unit: 't' };
    await setMetricValueIfUnchanged(
      'o1',
      '2025-03',
      'energy.coal',
      { value: 13, unit: 't' },
      shown,
      b,
    );
    // A's own cell (electricity, empty when read) is independent and lands
    await setMetricValueIfUnchanged(
      'o1',
      '2025-03',
      'energy.electricity',
      { value: 4000, unit: 'kWh' },
      null,
      a,
    );
    const before = await databaseDigest(a);
    const error = await refused(
      setMetricValueIfUnchanged('o1', '2025-03', 'energy.coal', { value: 21, unit: 't' }, shown, a),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<{ value: number }>).current.value).toBe(13);
    expect(await databaseDigest(a)).toBe(before);
    const row = await a.periods.get(['o1', '2025-03']);
    expect(row?.values['energy.electricity']?.value).toBe(4000);
    // three writes of the month: 12, B's 13, A's electricity
    expect(row?.rev).toBe(3);
  });

  it("keeps window A's comment when window B changes the same item's answer at the same moment", async () => {
    const [a, b] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    const asm = await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2025' }, a);
    await setAnswer(asm.id, 'VCP-EN-01', { answer: 'partly' }, a);
    const shown = { answer: 'partly' as const };
    // A types a comment while B, showing the same entry, changes the answer; both write at once
    await Promise.all([
      setAnswerMerged(
        asm.id,
        'VCP-EN-01',
        shown,
        { answer: 'partly', comment: 'Meter since May' },
        a,
      ),
      setAnswerMerged(asm.id, 'VCP-EN-01', shown, { answer: 'yes' }, b),
    ]);
    const row = (await a.assessments.get(asm.id)) as VcpAssessmentRow;
    expect(row.answers['VCP-EN-01']).toEqual({ answer: 'yes', comment: 'Meter since May' });
    // opened (1), the first answer (2), then both merged writes
    expect(row.rev).toBe(4);
  });

  it('refuses the same field changed differently in two windows, writing nothing', async () => {
    const [a, b] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    const asm = await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2025' }, a);
    const shown = { answer: 'partly' as const, comment: 'Meter' };
    await setAnswer(asm.id, 'VCP-EN-01', shown, a);
    await setAnswerMerged(asm.id, 'VCP-EN-01', shown, { ...shown, comment: 'Meter since May' }, b);
    const before = await databaseDigest(a);
    const error = await refused(
      setAnswerMerged(asm.id, 'VCP-EN-01', shown, { ...shown, comment: 'Meter since June' }, a),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<{ comment?: string }>).current.comment).toBe('Meter since May');
    expect(await databaseDigest(a)).toBe(before);
  });
});

describe('a restore in another window', () => {
  it('refuses every later write from a window that read the data before the restore', async () => {
    const [a, b] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    await adoptRestoreEpoch(b);
    const backup = await exportBackup(undefined, a);
    await setMetricValue('o1', '2025-03', 'energy.coal', { value: 12, unit: 't' }, b);
    await restoreBackup(backup, { mode: 'replace' }, undefined, a);
    const before = await databaseDigest(a);
    // B's screen still shows coal 12 from before the restore: its autosave must not land
    const error = await refused(
      setMetricValue('o1', '2025-03', 'energy.coal', { value: 13, unit: 't' }, b),
    );
    expect(error).toBeInstanceOf(RestoredElsewhereError);
    expect(await databaseDigest(a)).toBe(before);
    // the restoring window itself goes on writing
    await setMetricValue('o1', '2025-04', 'energy.coal', { value: 9, unit: 't' }, a);
  });

  it('refuses an editor write for an organisation that no longer exists: no orphan row, no event', async () => {
    const [a, b] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    await moveToTrash('o1', a);
    await deleteForever('o1', a);
    const before = await databaseDigest(a);
    const writes = [
      setMetricValueIfUnchanged('o1', '2025-03', 'energy.coal', { value: 1, unit: 't' }, null, b),
      saveActionIfUnchanged('o1', ACTION, 0, b),
    ];
    for (const w of writes) expect(await refused(w)).toBeInstanceOf(NotFoundError);
    expect(await databaseDigest(a)).toBe(before);
    expect(await a.periods.where('orgId').equals('o1').count()).toBe(0);
  });
});
