import { z } from 'zod';
import { METRIC_IDS } from '../../../../shared/catalogue/metricIds';
import { id } from '../../../../shared/package/primitives';
import { metricValueSchema, periodSchema } from '../../../../shared/package/schema';
import { clearJournal, recoverJournal } from '../../lib/typingJournal';

/** One cell write the grid scheduled, as data, so it can be replayed after a reload. */
export const pendingCellSchema = z.strictObject({
  orgId: id,
  period: periodSchema.shape.period,
  metricId: z.enum(METRIC_IDS),
  /** null clears the cell. */
  entry: metricValueSchema.nullable(),
});
export type PendingCell = z.infer<typeof pendingCellSchema>;

export const metricsJournalKey = (orgId: string) => `metrics.${orgId}`;

/** Cell writes of this organisation's grid that had not completed when the page went away. */
export function recoverPendingCells(orgId: string): PendingCell[] {
  const key = metricsJournalKey(orgId);
  const cells = recoverJournal(key, z.array(pendingCellSchema).max(10_000));
  if (cells === undefined) return [];
  const own = cells.filter((c) => c.orgId === orgId);
  if (own.length === 0) clearJournal(key);
  return own;
}
