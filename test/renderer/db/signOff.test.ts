import { listAssessmentHistory } from '../../../renderer/src/db/repositories/assessmentHistory';
import { openAssessment, setScreening } from '../../../renderer/src/db/repositories/assessments';
import { saveOrganisation } from '../../../renderer/src/db/repositories/organisations';
import { saveProject, saveProjectFields } from '../../../renderer/src/db/repositories/projects';
import {
  amendSignedOff,
  isLocked,
  LockedError,
  signOff,
  SignOffOutdatedError,
} from '../../../renderer/src/db/repositories/signOff';
import { InvalidTransitionError } from '../../../renderer/src/db/errors';
import type { SignOff } from '../../../shared/officer-record/signOff';
import { freshDb, sampleOrganisation, samplePackage } from './helpers';

const screening = { exclusions: {}, checks: {}, documentsReceived: [] };
const record = (over: Partial<SignOff> = {}): SignOff => ({
  kind: 'signoff',
  name: 'Officer Bat',
  role: 'Loan officer',
  date: '2026-03-01',
  category: { suggested: 'B', final: 'B' },
  green: { suggested: 'not_eligible', final: 'not_eligible' },
  ...over,
});

describe('sign-off', () => {
  it('locks the screening; an amendment with a reason opens version 2; history keeps both', async () => {
    const db = freshDb();
    const es = await openAssessment({ orgId: 'o1', instrument: 'es', period: '2025' }, db);
    await setScreening(es.id, screening, db);
    await signOff(es.id, record(), db);
    const signed = await db.assessments.get(es.id);
    expect(isLocked(signed)).toBe(true);
    // No silent change: an edit is refused instead of quietly opening a new version.
    await expect(setScreening(es.id, screening, db)).rejects.toBeInstanceOf(LockedError);
    await expect(amendSignedOff(es.id, 'short', db)).rejects.toBeInstanceOf(InvalidTransitionError);
    const amended = await amendSignedOff(es.id, 'Permit renewal received late', db);
    expect(amended).toMatchObject({ version: 2, status: 'draft' });
    await setScreening(es.id, { ...screening, siteVisitNotes: 'second visit' }, db);
    await signOff(
      es.id,
      record({ date: '2026-04-01', amendmentReason: 'Permit renewal received late' }),
      db,
    );
    const history = await listAssessmentHistory(es.id, db);
    const frozen = history.filter((v) => v.frozen);
    expect(frozen.map((v) => v.version)).toEqual([1, 2]);
    expect(frozen[1]?.results).toMatchObject({ amendmentReason: 'Permit renewal received late' });
    expect(frozen[0]?.screening?.siteVisitNotes).toBeUndefined();
    const events = await db.auditEvents.toArray();
    expect(events.filter((e) => e.field === 'signOff')).toHaveLength(2);
    expect(events.filter((e) => e.field === 'amendment')).toHaveLength(1);
  });

  it('refuses "Eligible" against a not-eligible suggestion without a reason', async () => {
    const db = freshDb();
    const es = await openAssessment({ orgId: 'o1', instrument: 'es', period: '2025' }, db);
    const departing = record({ green: { suggested: 'not_eligible', final: 'eligible' } });
    await expect(signOff(es.id, departing, db)).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(isLocked(await db.assessments.get(es.id))).toBe(false);
    await signOff(
      es.id,
      record({
        green: {
          suggested: 'not_eligible',
          final: 'eligible',
          reason: 'Lab test received after the workbook was sent',
        },
      }),
      db,
    );
    expect(isLocked(await db.assessments.get(es.id))).toBe(true);
  });

  it('refuses to sign a screening or project other than the one the record was drawn up from', async () => {
    const db = freshDb();
    await saveOrganisation(sampleOrganisation('o1'), {}, db);
    const project = samplePackage().project;
    if (!project) throw new Error('no sample project');
    const row = await saveProject('o1', project, undefined, db);
    const es = await openAssessment({ orgId: 'o1', instrument: 'es', period: '2025' }, db);
    const shown = { exclusions: { 'EX-01': { hit: false } }, checks: {}, documentsReceived: [] };
    await setScreening(es.id, shown, db);
    // an override the screen had not shown yet when "sign" was pressed
    const overridden = {
      ...shown,
      categoryOverride: { category: 'A' as const, reason: 'Dye effluent to the river' },
    };
    await setScreening(es.id, overridden, db);
    const outdated = signOff(es.id, record(), db, { screening: shown, project });
    await expect(outdated).rejects.toBeInstanceOf(SignOffOutdatedError);
    expect(isLocked(await db.assessments.get(es.id))).toBe(false);
    // a green decision recorded after the screen was drawn
    const decision = { decision: 'eligible' as const, decidedAt: '2026-02-01T00:00:00.000Z' };
    await saveProjectFields('o1', row.id, { decision: undefined }, { decision }, db);
    await expect(
      signOff(es.id, record(), db, { screening: overridden, project }),
    ).rejects.toBeInstanceOf(SignOffOutdatedError);
    expect(await db.assessmentSnapshots.count()).toBe(0);
    // drawn up from what is stored: signed
    await signOff(es.id, record(), db, {
      screening: overridden,
      project: { ...project, decision },
    });
    expect(isLocked(await db.assessments.get(es.id))).toBe(true);
  });
});
