import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { generatePackage } from '../../../../shared/engine/generatePackage';
import { db } from '../../../../renderer/src/db/db';
import { listActions, saveAction } from '../../../../renderer/src/db/repositories/actions';
import { storeSubmission } from '../../../../renderer/src/db/repositories/submissions';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('ESAP across a re-submission', () => {
  it("keeps the officer's edited item when the company's file carries one with the same id", async () => {
    const pkg = generatePackage(5, 12, ACTIVE_PACK);
    delete pkg.es;
    const row = await storeSubmission(pkg, { fileName: 'msme.xlsx' });
    const mine = {
      id: 'ESAP-DOC-FIRE-SAFETY',
      source: { kind: 'es' as const, ref: 'DOC-FIRE-SAFETY' },
      action: 'Officer: obtain the approval before signing',
      owner: 'B. Oyun',
      priority: 'high' as const,
      status: 'in_progress' as const,
    };
    await saveAction(row.orgId, mine);
    const again = structuredClone(pkg);
    again.createdAt = new Date(Date.parse(pkg.createdAt) + 86_400_000).toISOString();
    again.actions = [
      ...again.actions,
      { ...mine, action: 'Company text', owner: 'someone', status: 'done' },
    ];
    await storeSubmission(again, { fileName: 'msme-2.xlsx', existingOrgId: row.orgId });
    const after = (await listActions(row.orgId)).find((a) => a.id === mine.id);
    expect(after).toMatchObject({ action: mine.action, owner: 'B. Oyun', status: 'in_progress' });
  });
});
