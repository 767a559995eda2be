// The package corpus against the app's package readers and importPackage on a real database:
// every file refused with the field named, and the database digest unchanged.
import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { exportPackage } from '../../../renderer/src/db/package/exportPackage';
import { importPackage } from '../../../renderer/src/db/package/importPackage';
import { readPackageBytes } from '../../../renderer/src/features/officer-import/readSubmission';
import { formatIssues, parsePackage } from '../../../shared/package/parsePackage';
import type { ApplicationPackage } from '../../../shared/package/schema';
import { INJECTIONS, injectedPackage, refusedPackages } from '../../corpus/packageCases';
import { generateDatabase } from '../db/generateDatabase';
import { freshDb } from '../db/helpers';

async function seededDb() {
  const db = freshDb();
  await generateDatabase(db, { orgs: 2, months: 6, evidenceFiles: 2, seed: 5 });
  return db;
}

function parsedOrNull(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return null;
  }
}

describe('package corpus', { timeout: 60_000 }, () => {
  it('readPackageBytes and parsePackage refuse every bad package, naming the field', () => {
    for (const c of refusedPackages()) {
      for (const lang of ['en', 'mn'] as const) {
        const s = readPackageBytes(c.bytes, 'p.json', lang);
        expect([c.id, s.kind]).toEqual([c.id, 'unreadable']);
        if (s.kind === 'unreadable') expect(s.reason.length).toBeGreaterThan(10);
      }
      const s = readPackageBytes(c.bytes, 'p.json', 'en');
      if (s.kind === 'unreadable')
        expect([c.id, s.reason]).toEqual([c.id, expect.stringMatching(c.mentions)]);
      const json = parsedOrNull(c.bytes);
      if (json === null) continue;
      const parsed = parsePackage(json);
      expect([c.id, parsed.ok]).toEqual([c.id, false]);
      if (!parsed.ok) expect(formatIssues(parsed.issues)).toMatch(c.mentions);
    }
  });

  it('importPackage refuses every bad package handed to it unparsed, changing nothing', async () => {
    const db = await seededDb();
    const before = await databaseDigest(db);
    const accepted: string[] = [];
    for (const c of refusedPackages()) {
      const json = parsedOrNull(c.bytes);
      // an unknown TOP-level field is dropped by importPackage (checked below), not refused
      if (json === null || typeof json !== 'object' || c.id === 'extra-field') continue;
      for (const mode of ['new', 'replace', 'merge'] as const) {
        const error = await importPackage(json as ApplicationPackage, { mode }, db).then(
          () => null,
          (e: unknown) => e,
        );
        if (error === null) accepted.push(`${c.id}/${mode}`);
        else expect((error as Error).message.length).toBeGreaterThan(10);
      }
    }
    // importPackage trusts its caller to parse first (every app path does); these are the
    // cases where a skipped parse would let a bad package in (see the corpus report)
    expect(accepted).toEqual([]);
    expect(await databaseDigest(db)).toBe(before);
  });

  it('importPackage given an unknown top-level field stores nothing of it', async () => {
    const db = freshDb();
    const c = refusedPackages().find((x) => x.id === 'extra-field');
    const json = parsedOrNull(c!.bytes) as ApplicationPackage;
    const { orgId } = await importPackage(json, { mode: 'new' }, db);
    const back = await exportPackage(orgId, {}, db);
    expect(Object.keys(back)).not.toContain('shareholders');
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('shareholders');
  });

  it('stores injection strings as text and exports them back unchanged', async () => {
    const db = await seededDb();
    const pkg = injectedPackage();
    const parsed = parsePackage(JSON.parse(JSON.stringify(pkg)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { orgId } = await importPackage(parsed.value, { mode: 'new' }, db);
    const back = await exportPackage(orgId, {}, db);
    expect(back.organisation.nameMn).toBe(INJECTIONS[0]);
    expect(back.organisation.nameEn).toBe(INJECTIONS[1]);
    const comments = Object.values(back.vcp?.answers ?? {}).map((a) => a.comment);
    for (const inj of INJECTIONS) expect(comments).toContain(inj);
  });
});
