// Daily automatic backups in userData/backups: one file per day, newest 7 days kept.
// The renderer produces the bytes (a Dexie export); main only names, writes and rotates.
import { join } from 'node:path';
import type { AutoBackupInfo } from '../../shared/ipc/contract';

export const AUTO_BACKUP_KEEP = 7;
export const AUTO_BACKUP_NAME = /^greenthread-auto-(\d{4}-\d{2}-\d{2})\.json$/;

export interface BackupFs {
  readdir(dir: string): Promise<string[]>;
  mkdir(dir: string): Promise<void>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  size(path: string): Promise<number>;
}

/** Local calendar day, because "yesterday's backup" means the user's yesterday. */
export function localDay(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function autoBackupName(day: string): string {
  return `greenthread-auto-${day}.json`;
}

export async function listAutoBackups(fs: BackupFs, dir: string): Promise<AutoBackupInfo[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return []; // no backups folder yet
  }
  const found: AutoBackupInfo[] = [];
  for (const name of names) {
    const day = AUTO_BACKUP_NAME.exec(name)?.[1];
    if (day === undefined) continue;
    found.push({ name, day, size: await fs.size(join(dir, name)) });
  }
  // Newest first; ISO days sort as strings.
  return found.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

/**
 * Writes today's backup (replacing an earlier one from the same day) through a temporary file,
 * so a crash mid-write never leaves a truncated backup, then deletes all but the newest `keep`.
 */
export async function writeAutoBackup(
  fs: BackupFs,
  dir: string,
  bytes: Uint8Array,
  now: Date,
  keep: number = AUTO_BACKUP_KEEP,
): Promise<AutoBackupInfo> {
  await fs.mkdir(dir);
  const day = localDay(now);
  const name = autoBackupName(day);
  const finalPath = join(dir, name);
  const tempPath = `${finalPath}.tmp`;
  await fs.writeFile(tempPath, bytes);
  await fs.rename(tempPath, finalPath);

  const all = await listAutoBackups(fs, dir);
  for (const old of all.slice(keep)) {
    await fs.unlink(join(dir, old.name));
  }
  return { name, day, size: bytes.byteLength };
}
