import { z } from 'zod';
import { METRIC_IDS } from '../../../../shared/catalogue/metricIds';
import { id } from '../../../../shared/package/primitives';
import { metricValueSchema, periodSchema } from '../../../../shared/package/schema';
import { clearJournal, recoverJournal, writeJournal } from '../../lib/typingJournal';

/** One cell write the grid scheduled, as data, so it can be replayed after a reload. */
export const pendingCellSchema = z.strictObject({
  orgId: id,
  period: periodSchema.shape.period,
  metricId: z.enum(METRIC_IDS),
  /** null clears the cell. */
  entry: metricValueSchema.nullable(),
  /**
   * The figure the write is based on (null: the cell was empty); the write lands only while the
   * cell still holds it. Absent in records journalled before writes carried it.
   */
  base: metricValueSchema.nullable().optional(),
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

/** Text typed in a cell and not yet committed (the user had not left the cell). */
export const draftCellSchema = z.strictObject({
  orgId: id,
  period: periodSchema.shape.period,
  /** A metric id, or a metric id + "#ncv" for its calorific-value row. */
  row: z.string().min(1).max(80),
  text: z.string().max(200),
  /**
   * The figure stored (null: empty) when typing in the cell began: what the figure, once put
   * back, is written over. Absent in records journalled before drafts carried it.
   */
  base: metricValueSchema.nullable().optional(),
});
export type DraftCell = z.infer<typeof draftCellSchema>;

export const metricsDraftsKey = (orgId: string) => `metricsDrafts.${orgId}`;

/** Written synchronously on every keystroke, so a killed page loses at most the last one. */
export function journalDrafts(orgId: string, drafts: readonly DraftCell[]): void {
  if (drafts.length === 0) clearJournal(metricsDraftsKey(orgId));
  else writeJournal(metricsDraftsKey(orgId), drafts);
}

/** Typing of this organisation's grid the page closed on: offered back, never written silently. */
export function recoverDrafts(orgId: string): DraftCell[] {
  const key = metricsDraftsKey(orgId);
  const cells = recoverJournal(key, z.array(draftCellSchema).max(10_000));
  if (cells === undefined) return [];
  const rows = new Set<string>(METRIC_IDS.flatMap((m) => [m, `${m}#ncv`]));
  const own = cells.filter((c) => c.orgId === orgId && rows.has(c.row));
  if (own.length === 0) clearJournal(key);
  return own;
}

/** A figure refused because another window changed its cell first, kept for the user. */
const keptCellSchema = z.strictObject({
  orgId: id,
  period: periodSchema.shape.period,
  metricId: z.enum(METRIC_IDS),
  /** The user's figure (null: they had cleared the cell). */
  mine: metricValueSchema.nullable(),
  /** What the cell held when the figure was refused: applying it again writes over that only. */
  stored: metricValueSchema.nullable(),
});
export type KeptRecord = z.infer<typeof keptCellSchema>;

export const metricsKeptKey = (orgId: string) => `metricsKept.${orgId}`;

/** Kept with the typing: a reload or a killed window still offers the figures back. */
export function journalKept(orgId: string, kept: readonly KeptRecord[]): void {
  if (kept.length === 0) clearJournal(metricsKeptKey(orgId));
  else writeJournal(metricsKeptKey(orgId), kept);
}

/** Kept figures of this organisation from before the page closed: offered back, never written. */
export function recoverKept(orgId: string): KeptRecord[] {
  const key = metricsKeptKey(orgId);
  const cells = recoverJournal(key, z.array(keptCellSchema).max(10_000));
  if (cells === undefined) return [];
  const own = cells.filter((c) => c.orgId === orgId);
  if (own.length === 0) clearJournal(key);
  return own;
}
