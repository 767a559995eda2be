import type { z } from 'zod';

/**
 * A synchronous safety net for autosave: IndexedDB writes started while a page unloads may never
 * complete, so a form also keeps its latest unsaved value in localStorage (written synchronously
 * on every change) and replays it on the next start. Cleared once the database has the value.
 */
const PREFIX = 'gt.journal.';

export function writeJournal(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or unavailable: the IndexedDB autosave still runs.
  }
}

export function readJournal(key: string): unknown {
  try {
    const text = localStorage.getItem(PREFIX + key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

export function clearJournal(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // nothing to clear
  }
}

/**
 * The value journalled under `key`, if it passes `schema`. localStorage is anyone's to edit (and
 * may hold a value from an older app version), so a journal that does not parse is discarded
 * rather than let into a form.
 */
export function recoverJournal<S extends z.ZodType>(
  key: string,
  schema: S,
): z.output<S> | undefined {
  const raw = readJournal(key);
  const parsed = raw === undefined ? undefined : schema.safeParse(raw);
  if (parsed?.success) return parsed.data;
  // Also drops text that is not JSON at all (readJournal reads it as absent).
  clearJournal(key);
  return undefined;
}
