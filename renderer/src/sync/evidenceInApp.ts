// Fetching an evidence file as the app does it: this installation's database, its signed-in
// device and the shell's transport to the bank server.
import type { EvidenceFileRef } from '../../../shared/sync/evidenceBytes';
import { db } from '../db/db';
import { bankServerNet } from './appSync';
import { getSyncDevice } from './device';
import { fetchEvidenceBytes } from './evidenceBytes';

export async function fetchEvidenceInApp(ref: EvidenceFileRef): Promise<void> {
  const device = await getSyncDevice(db);
  if (!device?.token) throw new Error('not signed in');
  await fetchEvidenceBytes(
    db,
    { baseUrl: device.serverUrl.replace(/\/+$/, ''), token: device.token, fetch: bankServerNet },
    ref,
  );
}
