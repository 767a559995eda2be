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
