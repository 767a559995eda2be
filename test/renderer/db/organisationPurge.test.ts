// "Delete forever" leaves nothing of the organisation anywhere in the database. The check reads
// every table the database has (db.tables), not a list, so a table added later is covered too;
// and organisationScope.ts must classify every table.
import { describe, expect, it } from 'vitest';
import { TABLE_SCOPES } from '../../../renderer/src/db/organisationScope';
import { setDeclarationFlags } from '../../../renderer/src/db/repositories/declarationFlags';
import { addEvidence, linkEvidence } from '../../../renderer/src/db/repositories/evidence';
import {
  openAssessment,
  submitAssessment,
} from '../../../renderer/src/db/repositories/assessments';
import { importPackage } from '../../../renderer/src/db/package/importPackage';
import { deleteForever, moveToTrash } from '../../../renderer/src/db/repositories/trash';
import { storeSubmission } from '../../../renderer/src/db/repositories/submissions';
import type { GreenThreadDb } from '../../../renderer/src/db/db';
import { freshDb, samplePackage } from './helpers';

const GONE = {
  id: 'org-purged',
  nameMn: 'Устгах Ноос ХХК',
  registrationNo: '9990001',
  file: 'content only org-purged has',
};

function text(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof ArrayBuffer ? new TextDecoder().decode(v) : v,
  );
}

/** Every row of every table that mentions the organisation, as "table: row". */
async function traces(db: GreenThreadDb, markers: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of db.tables) {
    for (const row of await table.toArray()) {
      const t = text(row);
      if (markers.some((m) => t.includes(m))) found.push(`${table.name}: ${t}`);
    }
  }
  return found;
}

async function companyWithEverything(
  db: GreenThreadDb,
  orgId: string,
  regNo: string,
  name: string,
) {
  const pkg = samplePackage(orgId);
  pkg.organisation = { ...pkg.organisation, nameMn: name, registrationNo: regNo };
  // The company's package (factor overrides), then the officer's import of it.
  await importPackage(pkg, { mode: 'new' }, db);
  await storeSubmission(pkg, { fileName: `${orgId}.json`, existingOrgId: orgId }, db);
  await setDeclarationFlags(
    orgId,
    { 'ES-LAB-02': { changes: [], submittedAt: '2026-02-01T08:00:00.000Z' } },
    db,
  );
  const own = await addEvidence(
    orgId,
    new Blob([`${name} ${orgId}`]),
    `${orgId}.pdf`,
    'application/pdf',
    db,
  );
  await linkEvidence(orgId, own.sha, { kind: 'answer', itemId: 'VCP-EN-01' }, db);
  const vcp = await openAssessment({ orgId, instrument: 'vcp', period: '2025' }, db);
  await submitAssessment(vcp.id, { score: 1 }, db);
  return own.sha;
}

describe('purging an organisation', { timeout: 30_000 }, () => {
  it('classifies every table of the database', () => {
    const db = freshDb();
    expect(Object.keys(TABLE_SCOPES).sort()).toEqual(db.tables.map((t) => t.name).sort());
  });

  it('leaves no row that names it, in any table, except the record of the purge', async () => {
    const db = freshDb();
    const ownFile = await companyWithEverything(db, GONE.id, GONE.registrationNo, GONE.nameMn);
    await companyWithEverything(db, 'org-kept', '5012345', 'Үлдэх Ноос ХХК');
    const markers = [GONE.id, GONE.nameMn, GONE.registrationNo, ownFile];

    // The fixture reaches every table that holds organisation data, so the check below means
    // something for each of them.
    for (const [name, scope] of Object.entries(TABLE_SCOPES)) {
      // sync tables fill only on a device signed in to a bank server (test/renderer/sync)
      if (scope.scope === 'installation' || scope.scope === 'sync') continue;
      const rows = await db.table(name).toArray();
      expect(
        rows.some((r) => markers.some((m) => text(r).includes(m))),
        name,
      ).toBe(true);
    }
    expect(
      (await db.organisationSettings.where('orgId').equals(GONE.id).toArray())
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['declarationFlags', 'factorOverrides', 'lastImport']);

    await moveToTrash(GONE.id, db);
    await deleteForever(GONE.id, db);

    const left = await traces(db, markers);
    // Only the record of the purge itself: the organisation's id and when it was trashed.
    expect(left).toHaveLength(1);
    const purge = await db.auditEvents
      .where('[entity+entityId]')
      .equals(['organisation', GONE.id])
      .toArray();
    expect(purge).toMatchObject([{ action: 'purge' }]);
    expect(purge[0]).not.toHaveProperty('orgId');
    expect(text(purge[0])).not.toContain(GONE.nameMn);

    // The other organisation keeps all of its data.
    expect(await traces(db, ['org-kept'])).not.toHaveLength(0);
    expect(await db.organisationSettings.where('orgId').equals('org-kept').count()).toBe(3);
    expect(await db.applications.where('orgId').equals('org-kept').count()).toBe(1);
  });
});
