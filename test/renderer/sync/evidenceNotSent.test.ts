// Evidence files the bank server does not get: a file over its 25 MB limit is never sent (the
// shell would refuse the upload and, before, that refusal stopped every file after it), and the
// files not sent are kept in this computer's settings, so a restart still shows them.
import { describe, expect, it } from 'vitest';
import { GreenThreadDb } from '../../../renderer/src/db/db';
import { addEvidence } from '../../../renderer/src/db/repositories/evidence';
import { saveOrganisation } from '../../../renderer/src/db/repositories/organisations';
import { bankServerFetch } from '../../../renderer/src/platform/bankServerFetch';
import { readNotSent, sendEvidenceBytes } from '../../../renderer/src/sync/evidenceBytes';
import { forgetDevice } from '../../../renderer/src/sync/device';
import { listNotSentEvidence } from '../../../renderer/src/sync/evidenceNotSent';
import { encodeRecordId } from '../../../renderer/src/sync/recordKey';
import type { BankServerReply, BankServerRequest } from '../../../shared/ipc/bankServer';
import { EVIDENCE_LIMITS } from '../../../shared/limits';
import { sampleOrganisation } from '../db/helpers';

const BIG_SHA = '0'.repeat(64);

/** A shell that answers like the bank server: holds nothing, takes what it is sent. */
function shell(puts: string[]) {
  return bankServerFetch({
    bankServerRequest: (request: BankServerRequest): Promise<BankServerReply> => {
      if (request.method === 'POST') {
        return Promise.resolve({ ok: true, status: 200, body: { held: [] } });
      }
      puts.push(request.path);
      const sha = request.path.split('/').pop() ?? '';
      const answer = { sha, size: 1, stored: 'new' };
      return Promise.resolve({ ok: true, status: 201, body: answer });
    },
  });
}

async function desktopWithTwoFiles(name: string) {
  const db = new GreenThreadDb(name);
  await saveOrganisation(sampleOrganisation('org-a', 'Дархан Ноолуур ХХК'), {}, db);
  await db.syncRecords.put({
    table: 'organisations',
    recordId: encodeRecordId('org-a'),
    version: 1,
  });
  // An old scan kept from before the limit: its bytes really are over 25 MB.
  const big = new Uint8Array(EVIDENCE_LIMITS.maxFileBytes + 1024);
  await db.evidenceData.put({ id: BIG_SHA, bytes: big.buffer });
  await db.evidenceFiles.put({
    orgId: 'org-a',
    sha: BIG_SHA,
    name: 'old-survey.pdf',
    type: 'application/pdf',
    size: big.byteLength,
    createdAt: '2024-05-01T00:00:00.000Z',
    hasContent: 1,
  });
  const small = await addEvidence(
    'org-a',
    new Blob(['water permit']),
    'permit.pdf',
    'application/pdf',
    db,
  );
  return { db, small };
}

describe('evidence files not sent to the bank server', () => {
  it('does not send a file over 25 MB, still sends the others, and names it after a restart', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const { db, small } = await desktopWithTwoFiles(name);
    const puts: string[] = [];

    const report = await sendEvidenceBytes(db, {
      baseUrl: 'https://esrm.bank.mn',
      token: 't',
      fetch: shell(puts),
    });

    expect(report.sent).toBe(1);
    expect(puts).toEqual([`/api/evidence/org-a/${small.sha}`]);
    expect(report.refused).toEqual([{ orgId: 'org-a', sha: BIG_SHA, tooLarge: true }]);
    db.close();

    // A restart: a new connection to the same database, nothing carried in memory.
    const reopened = new GreenThreadDb(name);
    const listed = await listNotSentEvidence(reopened);
    expect(listed).toEqual([
      {
        orgId: 'org-a',
        sha: BIG_SHA,
        name: 'old-survey.pdf',
        size: EVIDENCE_LIMITS.maxFileBytes + 1024,
        organisation: { mn: 'Дархан Ноолуур ХХК', en: 'Gobi Cashmere LLC' },
      },
    ]);
    reopened.close();
  });

  it('keeps the reason of a file the server refused across a restart, and forgets it once sent', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const { db, small } = await desktopWithTwoFiles(name);
    const refusing = bankServerFetch({
      bankServerRequest: (request) =>
        Promise.resolve(
          request.method === 'POST'
            ? { ok: true, status: 200, body: { held: [] } }
            : {
                ok: true,
                status: 403,
                body: { error: 'organisation org-a belongs to another branch' },
              },
        ),
    });
    await sendEvidenceBytes(db, { baseUrl: 'https://esrm.bank.mn', token: 't', fetch: refusing });
    db.close();

    const reopened = new GreenThreadDb(name);
    const listed = await listNotSentEvidence(reopened);
    expect(listed.map((f) => [f.name, f.reason])).toEqual([
      ['old-survey.pdf', undefined],
      ['permit.pdf', expect.stringContaining('another branch')],
    ]);
    expect(listed[1]?.sha).toBe(small.sha);

    // The next sync sends it: it is no longer listed; the large one still is.
    await sendEvidenceBytes(reopened, {
      baseUrl: 'https://esrm.bank.mn',
      token: 't',
      fetch: shell([]),
    });
    expect((await listNotSentEvidence(reopened)).map((f) => f.name)).toEqual(['old-survey.pdf']);

    // Forgetting the bank server forgets what it refused too.
    await sendEvidenceBytes(reopened, {
      baseUrl: 'https://esrm.bank.mn',
      token: 't',
      fetch: refusing,
    });
    expect(await readNotSent(reopened)).toHaveLength(2);
    await forgetDevice(reopened);
    expect(await readNotSent(reopened)).toEqual([]);
    reopened.close();
  });
});
