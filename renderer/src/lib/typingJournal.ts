import type { z } from 'zod';
import { hydrateJournals, journalStamp, mirrorJournal } from './durableJournal';

/**
 * A synchronous safety net for autosave: IndexedDB writes started while a page unloads may never
 * complete, so a form also keeps its latest unsaved value in localStorage (written synchronously
 * on every change) and replays it on the next start. Cleared once the database has the value.
 */
const PREFIX = 'gt.journal.';
/** The stamp of each journal's last write, so start-up can tell which copy is newer. */
const STAMP_PREFIX = 'gt.journalAt.';

export function writeJournal(key: string, value: unknown): void {
  const text = JSON.stringify(value);
  const at = journalStamp();
  // Also in IndexedDB: localStorage reaches the disk seconds later, too late for a killed process.
  mirrorJournal(key, text, at);
  try {
    localStorage.setItem(PREFIX + key, text);
    localStorage.setItem(STAMP_PREFIX + key, String(at));
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
  mirrorJournal(key, null);
  try {
    localStorage.removeItem(PREFIX + key);
    localStorage.removeItem(STAMP_PREFIX + key);
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

/** The records of an organisation whose journals are keyed by their own id, not the org's. */
export interface OrgJournalOwners {
  assessmentIds: readonly string[];
  actionIds: readonly string[];
}

/**
 * Every journal key that belongs to an organisation, spelled as the forms write them
 * (features/{metrics,monthly-entry,green-project,profile,action-plan,self-assessment}/*Journal.ts). Exact keys
 * rather than a prefix match: ids may contain dots, so "action.a." also begins org "a.b"'s keys.
 */
function orgJournalKeys(orgId: string, owners: OrgJournalOwners): string[] {
  return [
    `metrics.${orgId}`,
    `metricsDrafts.${orgId}`,
    `metricsKept.${orgId}`,
    `quickEntry.${orgId}`,
    `green.${orgId}`,
    `org.profile.${orgId}`,
    ...owners.actionIds.map((a) => `action.${orgId}.${a}`),
    ...owners.assessmentIds.map((a) => `vcp.answers.${a}`),
  ];
}

/**
 * Drops the unsaved typing of an organisation that is gone for good (purged from the trash), so
 * its answers and figures do not stay in localStorage after its data left the database.
 */
export function clearJournalsFor(orgId: string, owners: OrgJournalOwners): void {
  for (const key of orgJournalKeys(orgId, owners)) clearJournal(key);
}

/** At start-up: brings back journals a killed process wrote to IndexedDB but not localStorage. */
export function recoverJournalsAfterCrash(): Promise<number> {
  return hydrateJournals(PREFIX, STAMP_PREFIX);
}
