import Dexie, { type Table } from 'dexie';

/**
 * The typing journal's copy that survives the browser process being killed. Chromium keeps
 * localStorage writes in the browser process and commits them to disk seconds later, so a kill
 * (a crash, a power cut of the app, SIGKILL) loses the last seconds of typing that localStorage
 * "had". An IndexedDB transaction is on disk once it completes (a few milliseconds), so every
 * journal write is also put here, and at start-up (hydrateJournals) entries newer than what
 * localStorage holds are copied back before any form reads its journal. A database of its own:
 * not part of the app's data, its backups or its schema versions.
 */
interface JournalEntry {
  key: string;
  /** The JSON text written to localStorage, or null for a cleared journal. */
  text: string | null;
  /** Order of writes in this window; across windows the later start-up wins. */
  at: number;
}

class JournalDb extends Dexie {
  entries!: Table<JournalEntry, string>;
  constructor() {
    super('greenthread-journal');
    this.version(1).stores({ entries: 'key' });
  }
}

let database: JournalDb | null | undefined;
let counter = 0;

function open(): JournalDb | null {
  if (database === undefined) {
    database = typeof indexedDB === 'undefined' ? null : new JournalDb();
  }
  return database;
}

/** Puts the journal's text (null: cleared); writes from one window land in the order made. */
export function mirrorJournal(key: string, text: string | null): void {
  const target = open();
  if (!target) return;
  counter += 1;
  // Never awaited by the keystroke; a failure leaves the localStorage copy as it was.
  target.entries
    .put({ key, text, at: Date.now() * 1000 + (counter % 1000) })
    .catch(() => undefined);
}

/**
 * Copies into localStorage every journal IndexedDB has and localStorage lost (a kill before
 * localStorage reached the disk). Run once at start-up, before the first render.
 *
 * localStorage is written synchronously and IndexedDB's copy a moment later, so on an ordinary
 * reload localStorage is the newer of the two: IndexedDB only fills a key localStorage does not
 * have, and never removes or replaces what localStorage holds. (Letting IndexedDB win lost a
 * pasted row: its last put had not finished before the reload, and its older "cleared" entry
 * removed the journal that held the paste.)
 */
export async function hydrateJournals(prefix: string): Promise<number> {
  const source = open();
  if (!source) return 0;
  let restored = 0;
  try {
    const entries = await source.entries.toArray();
    for (const e of entries) {
      const full = prefix + e.key;
      if (e.text !== null && localStorage.getItem(full) === null) {
        localStorage.setItem(full, e.text);
        restored += 1;
      }
    }
  } catch {
    // No IndexedDB journal to read: localStorage's copy is all there is.
  }
  return restored;
}
