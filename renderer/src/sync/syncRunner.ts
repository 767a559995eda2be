// When to sync: soon after start, every few minutes while signed in, and sooner after a failure
// is over — waits double after each failure (30 s up to 15 min), so a desktop offline for days
// keeps working and tries now and then. One sync at a time. A failure is stored in words.
import { db as defaultDb, type GreenThreadDb } from '../db/db';
import {
  SyncClient,
  SyncRefused,
  type FetchLike,
  type ServerRefusal,
  type SyncReport,
} from './client';
import { getSyncDevice, getSyncState, SYNC_STATE_KEY } from './device';
import { DexieSyncStore } from './dexieStore';
import { sendEvidenceBytes, type SendReport } from './evidenceBytes';

export const RETRY_FIRST_MS = 30_000;
export const RETRY_MAX_MS = 15 * 60_000;
export const SYNC_EVERY_MS = 2 * 60_000;

/** The wait before the next attempt after `failures` failures in a row (0: the regular pause). */
export function nextDelay(failures: number): number {
  if (failures <= 0) return SYNC_EVERY_MS;
  return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (failures - 1));
}

export type SyncOutcome =
  | { ok: true; report: SyncReport; evidence: SendReport }
  | { ok: false; error: string; signedOut: boolean; refusal?: ServerRefusal };

function describe(error: unknown): string {
  // The shell's refusals (renderer/src/platform/bankServerFetch.ts) already say it in words.
  if (error instanceof Error && 'refusal' in error) return error.message;
  if (error instanceof SyncRefused) {
    if (error.status === 401)
      return 'The bank server no longer accepts this device; sign in again.';
    return `The bank server refused the changes: ${error.message}`;
  }
  if (error instanceof TypeError) return 'The bank server cannot be reached.';
  return error instanceof Error ? error.message : String(error);
}

async function noteAttempt(
  database: GreenThreadDb,
  error: string | null,
  refusal: ServerRefusal | null = null,
): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    const state = await getSyncState(database);
    await database.settings.put({
      key: SYNC_STATE_KEY,
      value: {
        ...state,
        lastError: error,
        lastRefusal: refusal,
        lastAttemptAt: new Date().toISOString(),
      },
    });
  });
}

const running = new WeakMap<GreenThreadDb, Promise<SyncOutcome>>();

/** Pushes the outbox and pulls, once; a second call while one runs waits for that one. */
/**
 * `fetchFn` is the shell's transport in the app (renderer/src/sync/appSync.ts); there is no
 * default: the renderer's own fetch cannot reach the server (connect-src 'self').
 */
export function syncNow(
  database: GreenThreadDb = defaultDb,
  fetchFn: FetchLike,
): Promise<SyncOutcome> {
  const current = running.get(database);
  if (current) return current;
  const run = (async (): Promise<SyncOutcome> => {
    const device = await getSyncDevice(database);
    if (!device?.token) return { ok: false, error: 'Not signed in.', signedOut: true };
    const link = {
      baseUrl: device.serverUrl.replace(/\/+$/, ''),
      token: device.token,
      fetch: fetchFn,
    };
    const client = new SyncClient({ ...link, store: new DexieSyncStore(database) });
    try {
      const report = await client.sync();
      // After the push: a file's organisation reaches the server before the file's bytes.
      const evidence = await sendEvidenceBytes(database, link);
      await noteAttempt(database, null);
      return { ok: true, report, evidence };
    } catch (error) {
      const words = describe(error);
      const refusal = error instanceof SyncRefused ? error.refusal : undefined;
      await noteAttempt(database, words, refusal);
      return {
        ok: false,
        error: words,
        signedOut: error instanceof SyncRefused && error.status === 401,
        ...(refusal ? { refusal } : {}),
      };
    }
  })().finally(() => running.delete(database));
  running.set(database, run);
  return run;
}

/** Keeps syncing in the background; returns the function that stops it. */
export function startSyncLoop(database: GreenThreadDb = defaultDb, fetchFn: FetchLike): () => void {
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = (ms: number) => {
    if (!stopped) timer = setTimeout(() => void tick(), ms);
  };
  const tick = async () => {
    const outcome = await syncNow(database, fetchFn);
    failures = outcome.ok || outcome.signedOut ? 0 : failures + 1;
    schedule(nextDelay(failures));
  };
  const online = () => {
    if (timer !== undefined) clearTimeout(timer);
    void tick();
  };
  globalThis.addEventListener?.('online', online);
  schedule(2_000);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    globalThis.removeEventListener?.('online', online);
  };
}
