import { z } from 'zod';
import { DATA_QUALITIES } from '../../../../shared/package/enums';
import { id } from '../../../../shared/package/primitives';
import { metricValueSchema, periodSchema } from '../../../../shared/package/schema';
import { clearJournal, recoverJournal, writeJournal } from '../../lib/typingJournal';

/**
 * What the quick monthly form holds and has not stored yet, written on every change: a crash, a
 * closed window or a backup restored in another window (which reloads this one) loses at most
 * the last keystroke, and the form offers the typing back, over the figures it was based on.
 */
const quickTypingSchema = z.strictObject({
  orgId: id,
  month: periodSchema.shape.period,
  electricity: z.string().max(200),
  coal: z.string().max(200),
  ncv: z.string().max(200),
  electricityQuality: z.enum(DATA_QUALITIES).nullable(),
  coalQuality: z.enum(DATA_QUALITIES).nullable(),
  /** The stored figures the typing was based on (null: empty); putting it back writes over these only. */
  electricityBase: metricValueSchema.nullable(),
  coalBase: metricValueSchema.nullable(),
});
export type QuickTyping = z.infer<typeof quickTypingSchema>;

export const quickJournalKey = (orgId: string) => `quickEntry.${orgId}`;

export function journalQuickTyping(typing: QuickTyping): void {
  writeJournal(quickJournalKey(typing.orgId), typing);
}

export function clearQuickTyping(orgId: string): void {
  clearJournal(quickJournalKey(orgId));
}

/** The typing this organisation's quick form closed on: offered back, never written on its own. */
export function recoverQuickTyping(orgId: string): QuickTyping | undefined {
  const typing = recoverJournal(quickJournalKey(orgId), quickTypingSchema);
  if (typing === undefined || typing.orgId === orgId) return typing;
  clearQuickTyping(orgId);
  return undefined;
}
