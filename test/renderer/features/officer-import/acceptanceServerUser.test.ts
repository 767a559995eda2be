// The officer's name for an acceptance when the profile has none: the bank-server user signed in
// on this computer (its own file: a signed-in link changes how every later write is recorded).
import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { generatePackage } from '../../../../shared/engine/generatePackage';
import { db } from '../../../../renderer/src/db/db';
import { saveProfile } from '../../../../renderer/src/db/repositories/profile';
import {
  storeSubmission,
  UnacceptedSubmissionError,
  type SubmissionTrust,
} from '../../../../renderer/src/db/repositories/submissions';
import { SYNC_DEVICE_KEY } from '../../../../renderer/src/sync/outboxMiddleware';

const trust = (over: Partial<SubmissionTrust>): SubmissionTrust => ({
  verdict: 'intact',
  signature: { status: 'unsigned' },
  differences: 0,
  accepted: false,
  acceptedCells: [],
  acceptNewKey: false,
  ...over,
});

describe('accepting a workbook without a profile name', { timeout: 30_000 }, () => {
  it('audits under the signed-in bank-server user when the profile has no name', async () => {
    await saveProfile({ name: '', role: 'officer', language: 'en', affiliation: '' });
    const device = {
      serverUrl: 'https://bank.example',
      deviceId: 'd1',
      deviceName: 'GreenThread desktop',
      token: 'secret',
      user: { id: 7, username: 'dbold', displayName: 'D. Bold', role: 'officer', branchId: null },
      signedInAt: '2026-03-01T09:00:00.000Z',
    };
    await db.settings.put({ key: SYNC_DEVICE_KEY, value: device });
    const row = await storeSubmission(generatePackage(3, 2, ACTIVE_PACK), {
      fileName: 'u.xlsx',
      trust: trust({ verdict: 'unsigned', signature: { status: 'unsigned' }, accepted: true }),
    });
    const events = await db.auditEvents
      .where('[entity+entityId]')
      .equals(['application', row.id])
      .toArray();
    expect(events.find((e) => e.field === 'verification')?.after).toMatchObject({
      acceptedBy: 'D. Bold',
    });
    // signed out, the server user is no longer the one at this desk: no name, no acceptance
    await db.settings.put({ key: SYNC_DEVICE_KEY, value: { ...device, token: null } });
    await expect(
      storeSubmission(generatePackage(4, 2, ACTIVE_PACK), {
        fileName: 'v.xlsx',
        trust: trust({ verdict: 'unsigned', signature: { status: 'unsigned' }, accepted: true }),
      }),
    ).rejects.toBeInstanceOf(UnacceptedSubmissionError);
  });
});
