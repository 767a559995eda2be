// The File → Recent files list: paths the user opened through a dialog or the OS, newest first.
// Stored in userData; the renderer never sees these paths, only the base names in the menu.

export const MAX_RECENT_FILES = 8;

export interface RecentFilesFs {
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
}

/** Moves `filePath` to the front, drops duplicates and trims to `max`. */
export function addRecentFile(
  list: readonly string[],
  filePath: string,
  max: number = MAX_RECENT_FILES,
): string[] {
  return [filePath, ...list.filter((p) => p !== filePath)].slice(0, max);
}

export async function loadRecentFiles(fs: RecentFilesFs, file: string): Promise<string[]> {
  try {
    const raw: unknown = JSON.parse(await fs.readFile(file));
    if (!Array.isArray(raw)) return [];
    return raw.filter((p): p is string => typeof p === 'string').slice(0, MAX_RECENT_FILES);
  } catch {
    return [];
  }
}

export async function saveRecentFiles(
  fs: RecentFilesFs,
  file: string,
  list: readonly string[],
): Promise<void> {
  await fs.writeFile(file, JSON.stringify(list));
}
