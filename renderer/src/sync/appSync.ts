// Sync as the app runs it: this installation's database and the shell's transport to the bank
// server (Electron main or the browser build's local server). Screens call these; tests call
// syncNow and friends with their own database and fetch.
import type { BankServerAddressResult } from '../../../shared/ipc/bankServer';
import { bankServerFetch, refusalWords } from '../platform/bankServerFetch';
import { platform } from '../platform/platform';
import { fetchDirectory, signIn, SyncClient } from './client';
import { getSyncDevice } from './device';
import { DexieSyncStore } from './dexieStore';
import { resolveSyncConflict, type ConflictChoice } from './resolveConflict';
import { startSyncLoop, syncNow, type SyncOutcome } from './syncRunner';
import { db } from '../db/db';

export const bankServerNet = bankServerFetch(platform);

export const syncNowInApp = (): Promise<SyncOutcome> => syncNow(db, bankServerNet);

export const startAppSyncLoop = (): (() => void) => startSyncLoop(db, bankServerNet);

export const resolveConflictInApp = (id: number, choice: ConflictChoice): Promise<void> =>
  resolveSyncConflict(id, choice, db, bankServerNet);

/** Tells the shell which server it may send to; the refusal comes back in words. */
export async function setBankServerAddress(
  address: string,
): Promise<{ ok: true; origin: string } | { ok: false; words: string }> {
  if (!platform.setBankServerAddress) return { ok: false, words: refusalWords('no-transport') };
  const result: BankServerAddressResult = await platform.setBankServerAddress(address);
  return result.ok ? result : { ok: false, words: refusalWords(result.refusal, result.detail) };
}

/** Signs in, and reads the name of the user's branch to keep with the device (null: not said). */
export async function signInInApp(
  serverUrl: string,
  credentials: { username: string; password: string; deviceName: string },
) {
  const res = await signIn(bankServerNet, serverUrl, credentials);
  const directory = await fetchDirectory(bankServerNet, serverUrl, res.token);
  const branchName = directory?.branches.find((b) => b.id === res.user.branchId)?.name ?? null;
  return { ...res, user: { ...res.user, branchName } };
}

/** The bank server's annual E&S report for `year`, as a file to save; needs a signed-in device. */
export async function annualReportFromServer(
  year: number,
  language: 'en' | 'mn',
): Promise<{ bytes: Uint8Array; name: string | null }> {
  const device = await getSyncDevice(db);
  if (!device?.token) throw new Error('not signed in');
  const client = new SyncClient({
    baseUrl: device.serverUrl.replace(/\/+$/, ''),
    token: device.token,
    store: new DexieSyncStore(db),
    fetch: bankServerNet,
  });
  return client.annualReport(year, language);
}
