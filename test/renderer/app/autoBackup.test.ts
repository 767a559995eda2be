import { afterEach, describe, expect, it, vi } from 'vitest';
import { autoBackupIfDue } from '../../../renderer/src/app/autoBackup';
import { db } from '../../../renderer/src/db/db';
import { platform } from '../../../renderer/src/platform/platform';

describe('daily automatic backup', () => {
  afterEach(() => {
    delete (platform as { writeAutoBackup?: unknown }).writeAutoBackup;
  });

  it('is skipped where the platform keeps no backups (browser build)', async () => {
    delete (platform as { writeAutoBackup?: unknown }).writeAutoBackup;
    expect(await autoBackupIfDue('2026-11-24')).toBe(false);
  });

  it('writes one backup a day, a GreenThread backup file', async () => {
    await db.settings.delete('lastAutoBackupDay');
    const write = vi.fn((bytes: Uint8Array) =>
      Promise.resolve({ name: 'b.json', day: '2026-11-24', size: bytes.byteLength }),
    );
    (platform as { writeAutoBackup?: typeof write }).writeAutoBackup = write;
    expect(await autoBackupIfDue('2026-11-24')).toBe(true);
    expect(await autoBackupIfDue('2026-11-24')).toBe(false);
    expect(await autoBackupIfDue('2026-11-25')).toBe(true);
    expect(write).toHaveBeenCalledTimes(2);
    const text = new TextDecoder().decode(write.mock.calls[0]![0]);
    expect(JSON.parse(text)).toMatchObject({ app: 'GreenThread' });
  });

  it('never throws when writing fails, and retries next time', async () => {
    await db.settings.delete('lastAutoBackupDay');
    (platform as { writeAutoBackup?: () => Promise<never> }).writeAutoBackup = () =>
      Promise.reject(new Error('disk full'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await autoBackupIfDue('2026-11-26')).toBe(false);
    expect(await db.settings.get('lastAutoBackupDay')).toBeUndefined();
  });
});
