import { exportBackup } from '../db/backup/exportBackup';
import { db } from '../db/db';
import { platform } from '../platform/platform';
import { todayIn } from '../../../shared/package/calendarDay';

const KEY = 'lastAutoBackupDay';

/**
 * The desktop build keeps a daily backup in its user-data folder (main keeps the last 7).
 * The browser build has no such folder and skips it. Never throws: a failed automatic backup
 * must not disturb the user's work; it is retried at the next start.
 */
export async function autoBackupIfDue(today = todayIn()): Promise<boolean> {
  if (!platform.writeAutoBackup) return false;
  try {
    const last = await db.settings.get(KEY);
    if (last?.value === today) return false;
    const blob = await exportBackup();
    await platform.writeAutoBackup(new Uint8Array(await blob.arrayBuffer()));
    await db.settings.put({ key: KEY, value: today });
    return true;
  } catch (error) {
    console.error('automatic backup failed', error);
    return false;
  }
}
