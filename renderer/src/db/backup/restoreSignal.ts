/**
 * Tells the app's other windows (and tabs) that a backup restore is starting or has ended, so
 * they close their editors before the database is replaced and reload afterwards. The message
 * is a courtesy that makes the change visible at once; correctness does not depend on it: every
 * write also checks the restore epoch inside its own transaction (db/writeGate.ts).
 */
export type RestorePhase = 'started' | 'finished' | 'failed';

const CHANNEL = 'greenthread.restore';

interface RestoreMessage {
  kind: 'greenthread-restore';
  phase: RestorePhase;
}

// One channel object per window: a BroadcastChannel never hears its own messages, so the
// restoring window does not react to its own restore.
let channel: BroadcastChannel | null | undefined;

function open(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  }
  return channel;
}

export function announceRestore(phase: RestorePhase): void {
  const message: RestoreMessage = { kind: 'greenthread-restore', phase };
  open()?.postMessage(message);
}

function isRestoreMessage(data: unknown): data is RestoreMessage {
  const m = data as Partial<RestoreMessage> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.kind === 'greenthread-restore' &&
    (m.phase === 'started' || m.phase === 'finished' || m.phase === 'failed')
  );
}

/** Calls `onPhase` for every restore announced by another window; returns the unsubscribe. */
export function onRestoreElsewhere(onPhase: (phase: RestorePhase) => void): () => void {
  const ch = open();
  if (!ch) return () => undefined;
  const listener = (event: MessageEvent) => {
    if (isRestoreMessage(event.data)) onPhase(event.data.phase);
  };
  ch.addEventListener('message', listener);
  return () => ch.removeEventListener('message', listener);
}
