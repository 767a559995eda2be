import type { GreenThreadDb } from './db';

/**
 * One truth across windows while a backup is restored. A restore writes a new epoch into the
 * settings table in its own transaction; every window remembers the epoch its screens were read
 * under, and every write checks it inside the write's transaction: a write from a window that has
 * not yet seen the restore is refused instead of landing on the restored data. A window told by
 * the restore signal (backup/restoreSignal.ts) closes its writes at once.
 */
export const RESTORE_EPOCH_KEY = 'restoreEpoch';

/** A write refused because a backup was restored (or is being restored) in another window. */
export class RestoredElsewhereError extends Error {
  override name = 'RestoredElsewhereError';
  constructor() {
    super(
      'A backup was restored in another window, so this window’s copy is out of date; nothing was saved. The window reloads with the restored data; your unsaved text is kept and offered back.',
    );
  }
}

interface GateState {
  /** The epoch this window's screens were read under; undefined until first known. */
  epoch: string | null | undefined;
  closed: boolean;
}

const gates = new WeakMap<GreenThreadDb, GateState>();

function gate(database: GreenThreadDb): GateState {
  let state = gates.get(database);
  if (!state) {
    state = { epoch: undefined, closed: false };
    gates.set(database, state);
  }
  return state;
}

async function storedEpoch(database: GreenThreadDb): Promise<string | null> {
  const value = (await database.settings.get(RESTORE_EPOCH_KEY))?.value;
  return typeof value === 'string' ? value : null;
}

/** Reads the epoch at start-up, before any screen can write. */
export async function adoptRestoreEpoch(database: GreenThreadDb): Promise<void> {
  gate(database).epoch = await storedEpoch(database);
}

/** Another window has begun a restore: this window writes nothing more until it reloads. */
export function closeWrites(database: GreenThreadDb): void {
  gate(database).closed = true;
}

/** Called inside every write transaction (audit.ts writeTransaction), before the write. */
export async function checkWriteGate(database: GreenThreadDb): Promise<void> {
  const state = gate(database);
  if (state.closed) throw new RestoredElsewhereError();
  const stored = await storedEpoch(database);
  if (state.epoch === undefined) state.epoch = stored;
  else if (state.epoch !== stored) {
    state.closed = true;
    throw new RestoredElsewhereError();
  }
}

/** The restoring window's own writes continue under the epoch it wrote. */
export function setRestoreEpoch(database: GreenThreadDb, epoch: string): void {
  gate(database).epoch = epoch;
}
