// Issue 17's "every reader" rule, for the app's readers: each hostile file of the corpus —
// huge records, deep JSON, prototype ids, oversized packages, cells and inflated sheets,
// escape sequences in part names, crafted backups per table — is fed to the officer's import
// and the company's preview of a file opened from the desktop (both read with readSubmission,
// and store nothing unless it reads) and to restore, in both modes. Each is refused in words
// naming what is wrong, and the database digest (every table) is the same afterwards.
// The command line's side is test/node/corpus/hostileInput.test.ts; the time and peak memory of
// each refusal are printed by `npm run bench` (bench/hostile.bench.ts).
import { Blob as NodeBlob } from 'node:buffer';
import { restoreBackup } from '../../../renderer/src/db/backup/restoreBackup';
import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import { exportBackup } from '../../../renderer/src/db/backup/exportBackup';
import { BackupError } from '../../../renderer/src/db/errors';
import { SCHEMA_VERSION } from '../../../renderer/src/db/migrations';
import { readSubmission } from '../../../renderer/src/features/officer-import/readSubmission';
import { refusedBackups } from '../../corpus/backupCases';
import { hostilePackages, hostileWorkbooks, type HostileFile } from '../../corpus/hostileCases';
import { generateDatabase } from '../db/generateDatabase';
import { freshDb } from '../db/helpers';

// Control characters must never reach the screen (issue 17 item 3).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

interface Case {
  id: string;
  /** The name the file arrives under: it decides the reader (.json package, .xlsx workbook). */
  name: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
  /** What the import's refusal names; null when only "unreadable" is asserted. */
  mentions: RegExp | null;
}

const fromHostile =
  (ext: string) =>
  (c: HostileFile): Case => ({
    id: c.id,
    name: `${c.id}.${ext}`,
    bytes: c.bytes,
    mentions: c.mentions,
  });

async function seededDb(seed: number) {
  const db = freshDb();
  await generateDatabase(db, { orgs: 2, months: 3, evidenceFiles: 1, seed });
  return db;
}

// jsdom's Blob has no stream(), which the workbook reader inflates through (Chromium's has):
// Node's Blob is the browser's in everything the readers use.
vi.stubGlobal('Blob', NodeBlob);

describe('every hostile file through every reader of the app', { timeout: 600_000 }, () => {
  it('import and preview refuse it, restore refuses it in both modes, nothing changes', async () => {
    const db = await seededDb(7);
    const valid = await (await exportBackup(undefined, await seededDb(8))).text();
    const cases: Case[] = [
      ...hostilePackages().map(fromHostile('json')),
      ...hostileWorkbooks().map(fromHostile('xlsx')),
      // Crafted backups (per table, orphans, prototype answers, bombs) handed to import by
      // mistake: not a package, whatever they hold.
      ...refusedBackups(valid, SCHEMA_VERSION + 1).map((c): Case => ({
        id: `backup-${c.id}`,
        name: `${c.id}.json`,
        bytes: () => c.bytes,
        mentions: null,
      })),
    ];
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const before = await databaseDigest(db);

    for (const c of cases) {
      const bytes = await c.bytes();
      // The officer's import and the company's preview: one reader, nothing stored unless read.
      const seen = await readSubmission({ name: c.name, bytes }, 'en');
      expect([c.id, seen.kind]).toEqual([c.id, 'unreadable']);
      if (seen.kind === 'unreadable') {
        if (c.mentions)
          expect([c.id, seen.reason]).toEqual([c.id, expect.stringMatching(c.mentions)]);
        expect([c.id, CONTROL.test(seen.reason)]).toEqual([c.id, false]);
      }
      // Restore, both ways: refused before anything is replaced or merged.
      for (const mode of ['replace', 'merge'] as const) {
        const error = await restoreBackup(
          new Blob([new Uint8Array(bytes)]),
          { mode },
          undefined,
          db,
        ).then(
          () => null,
          (e: unknown) => e,
        );
        expect([c.id, mode, error instanceof BackupError]).toEqual([c.id, mode, true]);
        expect([c.id, CONTROL.test((error as Error).message)]).toEqual([c.id, false]);
      }
    }
    expect(await databaseDigest(db)).toBe(before);
  });
});
