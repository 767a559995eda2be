// Recording a local write for the server. Called in the same transaction as the write itself.
import type { SyncTable } from '../../../shared/sync/protocol';
import type { OutboxEntry, SyncStore } from './store';

export async function enqueueWrite(
  store: SyncStore,
  table: SyncTable,
  recordId: string,
  data: Record<string, unknown> | null,
  now: string = new Date().toISOString(),
): Promise<OutboxEntry> {
  const pending = (await store.outbox()).filter(
    (e) => e.table === table && e.recordId === recordId,
  );
  const last = pending.at(-1);
  // A change never sent yet is replaced in place: one record edited fifty times offline is one
  // change. A change already sent keeps its id (a retry must mean the same thing) and the new
  // edit queues behind it.
  if (last && !last.sentAt) await store.removeOutbox([last.changeId]);
  const baseVersion =
    last && !last.sentAt ? last.baseVersion : await store.recordVersion(table, recordId);
  const common = { changeId: crypto.randomUUID(), table, recordId, baseVersion, queuedAt: now };
  const entry: OutboxEntry =
    data === null ? { ...common, op: 'delete' } : { ...common, op: 'put', data };
  await store.putOutbox([entry]);
  return entry;
}
