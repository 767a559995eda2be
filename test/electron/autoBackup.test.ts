import fc from 'fast-check';
import {
  AUTO_BACKUP_KEEP,
  listAutoBackups,
  localDay,
  writeAutoBackup,
} from '../../electron/backup/autoBackup';
import { createMemoryFs } from './fakes/memoryFs';

const DIR = '/ud/backups';

function day(offset: number): Date {
  // Noon avoids DST edges; offset counts days from 1 Nov 2026.
  return new Date(2026, 10, 1 + offset, 12, 0);
}

describe('automatic backups', () => {
  it('formats the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('keeps the newest 7 days after 10 daily runs', async () => {
    const fs = createMemoryFs();
    for (let i = 0; i < 10; i += 1) await writeAutoBackup(fs, DIR, new Uint8Array([i]), day(i));
    const list = await listAutoBackups(fs, DIR);
    expect(AUTO_BACKUP_KEEP).toBe(7);
    expect(list.map((b) => b.day)).toEqual([
      '2026-11-10',
      '2026-11-09',
      '2026-11-08',
      '2026-11-07',
      '2026-11-06',
      '2026-11-05',
      '2026-11-04',
    ]);
    // Oldest kept is day index 3, whose content byte is 3.
    expect(fs.files.get(`${DIR}/greenthread-auto-2026-11-04.json`)?.[0]).toBe(3);
    expect(fs.files.has(`${DIR}/greenthread-auto-2026-11-03.json`)).toBe(false);
  });

  it('replaces the same day backup instead of adding one', async () => {
    const fs = createMemoryFs();
    await writeAutoBackup(fs, DIR, new Uint8Array([1]), new Date(2026, 10, 24, 9));
    await writeAutoBackup(fs, DIR, new Uint8Array([2, 2]), new Date(2026, 10, 24, 17));
    const list = await listAutoBackups(fs, DIR);
    expect(list).toEqual([
      { name: 'greenthread-auto-2026-11-24.json', day: '2026-11-24', size: 2 },
    ]);
    expect([...fs.files.keys()].some((p) => p.endsWith('.tmp'))).toBe(false);
  });

  it('leaves unrelated files in the folder alone', async () => {
    const fs = createMemoryFs({
      [`${DIR}/my-manual-backup.json`]: '{}',
      [`${DIR}/notes.txt`]: 'x',
    });
    for (let i = 0; i < 9; i += 1) await writeAutoBackup(fs, DIR, new Uint8Array([i]), day(i));
    expect(fs.files.has(`${DIR}/my-manual-backup.json`)).toBe(true);
    expect(fs.files.has(`${DIR}/notes.txt`)).toBe(true);
    expect(await listAutoBackups(fs, DIR)).toHaveLength(7);
  });

  it('property: after any sequence of days, at most 7 remain and they are the newest', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 25 }),
        async (offsets) => {
          const fs = createMemoryFs();
          for (const o of offsets) await writeAutoBackup(fs, DIR, new Uint8Array([o]), day(o));
          const kept = (await listAutoBackups(fs, DIR)).map((b) => b.day);
          const distinct = [...new Set(offsets.map((o) => localDay(day(o))))].sort().reverse();
          expect(kept).toEqual(distinct.slice(0, 7));
        },
      ),
      { numRuns: 60 },
    );
  });
});
