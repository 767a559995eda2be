// Where the visible, editable cells are, so the reader can compare them with the machine data.
// Recorded in `_gt_data` at export; rows are matched by the id column, never by position.
import { z } from 'zod';

const col = z.number().int().min(1).max(16_384);
const row = z.number().int().min(1).max(1_048_576);
const sheetName = z.string().min(1).max(31);

export const answerLayoutSchema = z.strictObject({
  sheet: sheetName,
  /** 1-based row of the header; data rows follow. */
  headerRow: row,
  idCol: col,
  answerCol: col,
  /** The free-text column beside the answer (comment or note), read back as the comment. */
  commentCol: col.optional(),
});

export const metricColumnSchema = z.strictObject({
  col,
  metric: z.string().max(80),
  unit: z.string().max(20),
});

export const metricsLayoutSchema = z.strictObject({
  sheet: sheetName,
  headerRow: row,
  periodCol: col,
  columns: z.array(metricColumnSchema).max(200),
});

export const visibleLayoutSchema = z.strictObject({
  vcp: answerLayoutSchema.optional(),
  es: answerLayoutSchema.optional(),
  metrics: metricsLayoutSchema.optional(),
});

export type AnswerLayout = z.infer<typeof answerLayoutSchema>;
export type MetricColumn = z.infer<typeof metricColumnSchema>;
export type MetricsLayout = z.infer<typeof metricsLayoutSchema>;
export type VisibleLayout = z.infer<typeof visibleLayoutSchema>;
