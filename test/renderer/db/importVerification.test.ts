import { beforeEach, describe, expect, it } from 'vitest';
import { recordAudit } from '../../../renderer/src/db/audit';
import { db } from '../../../renderer/src/db/db';
import { lastImportVerification } from '../../../renderer/src/db/repositories/importVerification';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

const event = (after: unknown) =>
  recordAudit(db, {
    orgId: 'org-1',
    entity: 'application',
    entityId: 'app-1',
    field: 'verification',
    action: 'import',
    after,
  });

describe('lastImportVerification', () => {
  it('is null when no import recorded a verdict', async () => {
    expect(await lastImportVerification('app-1', db)).toBeNull();
  });

  it('reads the newest well-formed verdict of that application only', async () => {
    await event({ verdict: 'intact', signature: { status: 'valid', fingerprint: 'AAAA' } });
    await event({
      verdict: 'changed',
      signature: { status: 'valid', fingerprint: 'BBBB' },
      acceptedBy: 'Officer Bat',
    });
    // A malformed event (the audit log is data too) is passed over, not trusted.
    await event({ verdict: 'fine', signature: 'x' });
    expect(await lastImportVerification('app-1', db)).toEqual({
      verdict: 'changed',
      fingerprint: 'BBBB',
      acceptedBy: 'Officer Bat',
    });
    expect(await lastImportVerification('app-2', db)).toBeNull();
  });
});
