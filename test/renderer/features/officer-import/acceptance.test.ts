// The officer's import of a workbook that did not verify: nothing is written without a named
// acceptance; acceptance and key pins are audited under the officer's name.
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { keyFingerprint } from '../../../../shared/crypto/ed25519';
import { generatePackage } from '../../../../shared/engine/generatePackage';
import type { SignatureCheck } from '../../../../shared/workbook';
import { db } from '../../../../renderer/src/db/db';
import { saveProfile } from '../../../../renderer/src/db/repositories/profile';
import {
  acceptNewSigningKey,
  getKeyPin,
} from '../../../../renderer/src/db/repositories/signingKeyPins';
import {
  storeSubmission,
  UnacceptedSubmissionError,
  type SubmissionTrust,
} from '../../../../renderer/src/db/repositories/submissions';
import { OTHER_KEY, TEST_KEY } from '../../../shared/workbook/testKeys';

const valid = (publicKey: string): SignatureCheck => ({
  status: 'valid',
  publicKey,
  fingerprint: keyFingerprint(publicKey),
});

function trust(over: Partial<SubmissionTrust>): SubmissionTrust {
  return {
    verdict: 'intact',
    signature: valid(TEST_KEY.publicKey),
    differences: 0,
    accepted: false,
    acceptedCells: [],
    acceptNewKey: false,
    ...over,
  };
}

async function counts() {
  return {
    organisations: await db.organisations.count(),
    applications: await db.applications.count(),
    periods: await db.periods.count(),
    audit: await db.auditEvents.count(),
  };
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await saveProfile({ name: 'Officer Bat', role: 'officer', language: 'en', affiliation: '' });
});

describe('importing a workbook that did not verify', { timeout: 30_000 }, () => {
  it('writes nothing until the officer accepts, then audits the verdict under their name', async () => {
    const pkg = generatePackage(3, 6, ACTIVE_PACK);
    const before = await counts();
    for (const verdict of ['changed', 'unsigned', 'invalid'] as const) {
      await expect(
        storeSubmission(pkg, {
          fileName: 'edited.xlsx',
          trust: trust({ verdict, differences: 2 }),
        }),
      ).rejects.toBeInstanceOf(UnacceptedSubmissionError);
    }
    expect(await counts()).toEqual(before);

    const row = await storeSubmission(pkg, {
      fileName: 'edited.xlsx',
      trust: trust({
        verdict: 'changed',
        differences: 2,
        accepted: true,
        acceptedCells: ['Metrics!C5 2026-01 energy.electricity: 100 → 120'],
      }),
    });
    const events = await db.auditEvents
      .where('[entity+entityId]')
      .equals(['application', row.id])
      .toArray();
    const verification = events.find((e) => e.field === 'verification');
    expect(verification?.who).toBe('Officer Bat');
    expect(verification?.after).toMatchObject({
      verdict: 'changed',
      differences: 2,
      acceptedBy: 'Officer Bat',
      acceptedCells: ['Metrics!C5 2026-01 energy.electricity: 100 → 120'],
      signature: { status: 'valid', fingerprint: keyFingerprint(TEST_KEY.publicKey) },
    });
  });

  it('refuses an acceptance when the profile has no name', async () => {
    await saveProfile({ name: '', role: 'officer', language: 'en', affiliation: '' });
    const pkg = generatePackage(3, 2, ACTIVE_PACK);
    await expect(
      storeSubmission(pkg, {
        fileName: 'u.xlsx',
        trust: trust({ verdict: 'unsigned', accepted: true }),
      }),
    ).rejects.toBeInstanceOf(UnacceptedSubmissionError);
    expect(await db.applications.count()).toBe(0);
  });

  it('pins the key at the first import and flags a submission signed by another key', async () => {
    const pkg = generatePackage(4, 3, ACTIVE_PACK);
    const first = await storeSubmission(pkg, { fileName: 'a.xlsx', trust: trust({}) });
    expect((await getKeyPin(first.orgId))?.pinned.publicKey).toBe(TEST_KEY.publicKey);

    const again = { ...structuredClone(pkg), createdAt: '2030-01-01T00:00:00.000Z' };
    const other = trust({ signature: valid(OTHER_KEY.publicKey) });
    // an intact file from another key still needs the officer's named yes
    await expect(
      storeSubmission(again, { fileName: 'b.xlsx', existingOrgId: first.orgId, trust: other }),
    ).rejects.toBeInstanceOf(UnacceptedSubmissionError);
    expect((await getKeyPin(first.orgId))?.latest.publicKey).toBe(TEST_KEY.publicKey);

    await storeSubmission(again, {
      fileName: 'b.xlsx',
      existingOrgId: first.orgId,
      trust: { ...other, accepted: true },
    });
    const flagged = await getKeyPin(first.orgId);
    expect(flagged?.pinned.publicKey).toBe(TEST_KEY.publicKey);
    expect(flagged?.latest.publicKey).toBe(OTHER_KEY.publicKey);

    // the officer confirms with the company and accepts the new key on the application
    expect(await acceptNewSigningKey(first.orgId)).toBe(true);
    expect((await getKeyPin(first.orgId))?.pinned.publicKey).toBe(OTHER_KEY.publicKey);
    expect(await acceptNewSigningKey(first.orgId)).toBe(false);
    const pinEvents = (await db.auditEvents.toArray()).filter((e) =>
      e.field?.startsWith('signingKey'),
    );
    // pinned (create), latest from another key (update), accepted (update)
    expect(pinEvents.map((e) => [e.field, e.action, e.who])).toEqual([
      ['signingKeyPin', 'create', 'Officer Bat'],
      ['signingKeyPin', 'update', 'Officer Bat'],
      ['signingKeyAccepted', 'update', 'Officer Bat'],
    ]);
  });

  it('replaces the pin at import when the officer accepts the new key there', async () => {
    const pkg = generatePackage(5, 2, ACTIVE_PACK);
    const first = await storeSubmission(pkg, { fileName: 'a.xlsx', trust: trust({}) });
    const again = { ...structuredClone(pkg), createdAt: '2030-01-01T00:00:00.000Z' };
    await storeSubmission(again, {
      fileName: 'b.xlsx',
      existingOrgId: first.orgId,
      trust: trust({ signature: valid(OTHER_KEY.publicKey), accepted: true, acceptNewKey: true }),
    });
    const pin = await getKeyPin(first.orgId);
    expect(pin?.pinned.publicKey).toBe(OTHER_KEY.publicKey);
    expect(pin?.latest.publicKey).toBe(OTHER_KEY.publicKey);
  });
});
