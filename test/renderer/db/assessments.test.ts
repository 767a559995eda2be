import {
  getAssessmentSnapshot,
  listAssessmentHistory,
} from '../../../renderer/src/db/repositories/assessmentHistory';
import {
  findAssessment,
  openAssessment,
  setAnswer,
  setAssessmentStatus,
  setScreening,
  submitAssessment,
} from '../../../renderer/src/db/repositories/assessments';
import { InvalidTransitionError, ValidationError } from '../../../renderer/src/db/errors';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { freshDb } from './helpers';

describe('assessment lifecycle', () => {
  it('creates one draft v1 per organisation, instrument and period, pinned to the default pack', async () => {
    const db = freshDb();
    const a = await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2025' }, db);
    const again = await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2025' }, db);
    expect(again.id).toBe(a.id);
    expect(a).toMatchObject({
      status: 'draft',
      version: 1,
      packId: 'gt-textile-mn',
      packVersion: '1.0.0',
    });
    const pinned = await openAssessment(
      { orgId: 'o1', instrument: 'es', period: '2025', packId: 'xacbank-es', packVersion: '2.1' },
      db,
    );
    expect(pinned).toMatchObject({ instrument: 'es', packId: 'xacbank-es', packVersion: '2.1' });
    const unset = await openAssessment(
      {
        orgId: 'o2',
        instrument: 'vcp',
        period: '2025-06',
        packId: undefined,
        packVersion: undefined,
      },
      db,
    );
    expect(unset).toMatchObject({
      packId: 'gt-textile-mn',
      packVersion: '1.0.0',
      period: '2025-06',
    });
  });

  it('submit freezes a snapshot; a later edit makes version 2 and v1 stays readable', async () => {
    const db = freshDb();
    await saveProfile({ name: 'Oyuna', role: 'msme', language: 'mn', affiliation: 'Gobi' }, db);
    const a = await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2025' }, db);
    await setAnswer(a.id, 'VCP-EN-01', { answer: 'yes' }, db);
    await setAnswer(a.id, 'VCP-EN-02', { answer: 'no' }, db);
    const snap = await submitAssessment(a.id, { overall: 62, level: 'targets' }, db);
    expect(snap).toMatchObject({
      version: 1,
      status: 'submitted',
      submittedBy: 'Oyuna',
      packVersion: '1.0.0',
    });
    expect((await findAssessment('o1', 'vcp', '2025', db))?.status).toBe('submitted');

    const edited = await setAnswer(a.id, 'VCP-EN-02', { answer: 'partly', comment: 'started' }, db);
    expect(edited).toMatchObject({ version: 2, status: 'draft' });
    expect(edited.submittedAt).toBeUndefined();

    const history = await listAssessmentHistory(a.id, db);
    expect(history.map((h) => [h.version, h.status, h.frozen])).toEqual([
      [1, 'submitted', true],
      [2, 'draft', false],
    ]);
    // The frozen version keeps its answers and results.
    expect(history[0]!.answers).toEqual({
      'VCP-EN-01': { answer: 'yes' },
      'VCP-EN-02': { answer: 'no' },
    });
    expect(history[0]!.results).toEqual({ overall: 62, level: 'targets' });
    expect(history[1]!.answers?.['VCP-EN-02']).toEqual({ answer: 'partly', comment: 'started' });

    await submitAssessment(a.id, { overall: 70 }, db);
    const v2 = await getAssessmentSnapshot(a.id, 2, db);
    expect(v2?.results).toEqual({ overall: 70 });
    expect((await listAssessmentHistory(a.id, db)).map((h) => h.version)).toEqual([1, 2]);
  });

  it('review: submitted → under_review → returned, then resubmission is the next version', async () => {
    const db = freshDb();
    const a = await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2025' }, db);
    await setAnswer(a.id, 'VCP-EN-01', { answer: 'yes' }, db);
    await submitAssessment(a.id, null, db);
    await setAssessmentStatus(a.id, 'under_review', undefined, db);
    await setAssessmentStatus(a.id, 'returned', 'Attach the water permit', db);
    const v1 = await getAssessmentSnapshot(a.id, 1, db);
    expect(v1).toMatchObject({ status: 'returned', statusNote: 'Attach the water permit' });

    const snap2 = await submitAssessment(a.id, null, db);
    expect(snap2.version).toBe(2);
    await setAssessmentStatus(a.id, 'accepted', undefined, db);
    const history = await listAssessmentHistory(a.id, db);
    expect(history.map((h) => [h.version, h.status])).toEqual([
      [1, 'returned'],
      [2, 'accepted'],
    ]);
  });

  it('refuses transitions the review does not allow', async () => {
    const db = freshDb();
    const a = await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2025' }, db);
    await expect(setAssessmentStatus(a.id, 'accepted', undefined, db)).rejects.toBeInstanceOf(
      InvalidTransitionError,
    );
    await submitAssessment(a.id, null, db);
    await expect(submitAssessment(a.id, null, db)).rejects.toBeInstanceOf(InvalidTransitionError);
    await setAssessmentStatus(a.id, 'accepted', undefined, db);
    await expect(setAssessmentStatus(a.id, 'returned', undefined, db)).rejects.toBeInstanceOf(
      InvalidTransitionError,
    );
  });

  it('validates answers and screenings before writing', async () => {
    const db = freshDb();
    const a = await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2025' }, db);
    await expect(
      setAnswer(a.id, 'VCP-EN-01', { answer: 'maybe' } as unknown as { answer: 'yes' }, db),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(
      (await findAssessment('o1', 'vcp', '2025', db))?.instrument === 'vcp' &&
        (await findAssessment('o1', 'vcp', '2025', db)),
    ).toMatchObject({ answers: {} });
    const es = await openAssessment({ orgId: 'o1', instrument: 'es', period: '2025' }, db);
    await expect(setAnswer(es.id, 'X', { answer: 'yes' }, db)).rejects.toBeInstanceOf(
      InvalidTransitionError,
    );
    const saved = await setScreening(
      es.id,
      {
        exclusions: {},
        checks: { 'ES-1': { result: 'finding', severity: 'high', confirmed: true } },
        documentsReceived: [],
      },
      db,
    );
    expect(saved.screening.checks['ES-1']?.severity).toBe('high');
  });

  it('clearing an answer removes it', async () => {
    const db = freshDb();
    const a = await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2025' }, db);
    await setAnswer(a.id, 'VCP-EN-01', { answer: 'yes' }, db);
    const cleared = await setAnswer(a.id, 'VCP-EN-01', null, db);
    expect(cleared.answers).toEqual({});
  });

  it('findAssessment without a period returns the latest period', async () => {
    const db = freshDb();
    await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2024' }, db);
    const b = await openAssessment({ orgId: 'o1', instrument: 'vcp', period: '2025' }, db);
    expect((await findAssessment('o1', 'vcp', undefined, db))?.id).toBe(b.id);
    expect(await findAssessment('o2', 'vcp', undefined, db)).toBeUndefined();
  });
});
