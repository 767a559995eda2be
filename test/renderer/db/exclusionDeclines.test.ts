// "Any exclusion hit declines" on every path that saves a screening or records a decision (issue
// 15): each path asks the one shared rule (screeningDeclines) through declineOnExclusionHit or
// screeningHoldsDecliningHit. Each case starts from an application recorded as approved while the
// officer's screening holds a hit on an exclusion that declines.
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { exclusionDeclines } from '../../../shared/scoring/es';
import type { SignOff } from '../../../shared/officer-record/signOff';
import { InvalidTransitionError } from '../../../renderer/src/db/errors';
import { setApplicationStatus } from '../../../renderer/src/db/repositories/applications';
import { openAssessment, setScreening } from '../../../renderer/src/db/repositories/assessments';
import { openDemoScreening } from '../../../renderer/src/db/repositories/demoScreening';
import { amendSignedOff, signOff } from '../../../renderer/src/db/repositories/signOff';
import { storeSubmission } from '../../../renderer/src/db/repositories/submissions';
import { freshDb } from './helpers';

const HIT = ACTIVE_PACK.exclusions.find(exclusionDeclines)!.id;
// a check the officer confirmed whose linked VCP answer a re-submission changes: sent back
const LINK = ACTIVE_PACK.crosswalk.find((l) => l.esChecks.length > 0)!;
const CHECK = LINK.esChecks[0]!;
const record: SignOff = {
  kind: 'signoff',
  name: 'Officer Bat',
  role: 'Loan officer',
  date: '2026-03-01',
  category: { suggested: 'B', final: 'B' },
  green: null,
};

async function approvedWithHit() {
  const db = freshDb();
  const pkg = generatePackage(7, 24, ACTIVE_PACK);
  const row = await storeSubmission(pkg, { fileName: 'msme.json' }, db);
  const es = await openAssessment({ orgId: row.orgId, instrument: 'es', period: '2025' }, db);
  await setScreening(
    es.id,
    {
      exclusions: { [HIT]: { hit: true } },
      checks: { [CHECK]: { result: 'ok', confirmed: true } },
      documentsReceived: [],
    },
    db,
  );
  await db.applications.update(row.id, { status: 'approved' });
  const status = async () => (await db.applications.get(row.id))?.status;
  return { db, pkg, row, es, status };
}

describe('an exclusion hit declines on every path', { timeout: 30_000 }, () => {
  it('import: a re-submission declines the application', async () => {
    const { db, pkg, row, status } = await approvedWithHit();
    await storeSubmission(pkg, { fileName: 'again.json', existingOrgId: row.orgId }, db);
    expect(await status()).toBe('declined');
  });

  it('send-back: a re-submission that changes declarations (screening sent back) declines', async () => {
    const { db, pkg, row, status } = await approvedWithHit();
    const changed = structuredClone(pkg);
    const before = changed.vcp!.answers[LINK.vcpItem]?.answer;
    changed.vcp!.answers[LINK.vcpItem] = { answer: before === 'no' ? 'yes' : 'no' };
    await storeSubmission(changed, { fileName: 'changed.json', existingOrgId: row.orgId }, db);
    const sent = (await db.auditEvents.toArray()).filter((e) => e.field === 'declarationChanged');
    expect(sent).toHaveLength(1);
    expect(await status()).toBe('declined');
  });

  it('sign-off: the signed decision declines the application', async () => {
    const { db, es, status } = await approvedWithHit();
    await signOff(es.id, record, db);
    expect(await status()).toBe('declined');
  });

  it('amendment: reopening a signed screening declines the application', async () => {
    const { db, es, row, status } = await approvedWithHit();
    await signOff(es.id, record, db);
    await db.applications.update(row.id, { status: 'approved' });
    await amendSignedOff(es.id, 'Credit committee asked to look again', db);
    expect(await status()).toBe('declined');
  });

  it('a status the officer sets: anything but declined is refused', async () => {
    const { db, row, status } = await approvedWithHit();
    await expect(setApplicationStatus(row.id, 'approved', db)).rejects.toBeInstanceOf(
      InvalidTransitionError,
    );
    await setApplicationStatus(row.id, 'declined', db);
    expect(await status()).toBe('declined');
  });

  it('workshop: the demo entry of a company whose screening holds a hit is declined', async () => {
    const { db, row } = await approvedWithHit();
    await db.applications.delete(row.id);
    const id = await openDemoScreening(row.orgId, db);
    expect((await db.applications.get(id))?.status).toBe('declined');
  });
});
