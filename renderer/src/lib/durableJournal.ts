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
  /** journalStamp() of the write; the localStorage copy carries the same stamp. */
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

/** A stamp that orders journal writes: later writes get larger stamps, also across windows. */
export function journalStamp(): number {
  counter += 1;
  return Date.now() * 1000 + (counter % 1000);
}

/** Puts the journal's text (null: cleared) with the stamp its localStorage copy carries. */
export function mirrorJournal(key: string, text: string | null, at: number = journalStamp()): void {
  const target = open();
  if (!target) return;
  // Never awaited by the keystroke; a failure leaves the localStorage copy as it was.
  target.entries.put({ key, text, at }).catch(() => undefined);
}

/**
 * Brings localStorage up to the newest journal writes IndexedDB holds. Run once at start-up,
 * before the first render. Each journal write stamps both copies (`stampPrefix` + key in
 * localStorage), so the newer copy wins whichever it is:
 * - a kill: localStorage reached the disk with an older text (or none), IndexedDB has the last
 *   keystrokes, so IndexedDB's text (or its "cleared") replaces it;
 * - an ordinary reload: localStorage is newer (IndexedDB's last put had not finished), so it stays.
 *   (Letting IndexedDB always win lost a pasted row; letting it only fill missing keys lost the
 *   last ~30 characters typed before a kill.)
 * A localStorage journal without a stamp (written by an older version) is kept as it is.
 */
export async function hydrateJournals(prefix: string, stampPrefix: string): Promise<number> {
  const source = open();
  if (!source) return 0;
  let restored = 0;
  try {
    const entries = await source.entries.toArray();
    for (const e of entries) {
      const full = prefix + e.key;
      const stampKey = stampPrefix + e.key;
      const local = localStorage.getItem(full);
      const stamp = localStorage.getItem(stampKey);
      const idbIsNewer = local === null || (stamp !== null && Number(stamp) < e.at);
      if (!idbIsNewer) continue;
      if (e.text === null) {
        if (local !== null) {
          localStorage.removeItem(full);
          localStorage.removeItem(stampKey);
        }
      } else if (e.text !== local) {
        localStorage.setItem(full, e.text);
        localStorage.setItem(stampKey, String(e.at));
        restored += 1;
      }
    }
  } catch {
    // No IndexedDB journal to read: localStorage's copy is all there is.
  }
  return restored;
}
