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

/** One metric's row in a year block of the Metrics sheet; the label finds it if rows move. */
export const gridRowSchema = z.strictObject({
  row,
  metric: z.string().max(80),
  unit: z.string().max(20),
  label: z.string().max(200),
});

/** One period's column in a year block; its header cell shows the period itself. */
export const gridPeriodSchema = z.strictObject({
  col,
  period: z.string().max(10),
});

/** A year of the Metrics sheet as printed: metrics as rows, the year's periods as columns. */
export const gridBlockSchema = z.strictObject({
  /** The block's header row; column A holds the title, the period columns their periods. */
  headerRow: row,
  title: z.string().max(40),
  periods: z.array(gridPeriodSchema).max(13),
  rows: z.array(gridRowSchema).max(200),
});

export const metricsGridLayoutSchema = z.strictObject({
  sheet: sheetName,
  blocks: z.array(gridBlockSchema).max(200),
});

export const visibleLayoutSchema = z.strictObject({
  vcp: answerLayoutSchema.optional(),
  es: answerLayoutSchema.optional(),
  /** A period per row: workbooks written before the Metrics sheet was laid out for print. */
  metrics: metricsLayoutSchema.optional(),
  metricsGrid: metricsGridLayoutSchema.optional(),
});

export type AnswerLayout = z.infer<typeof answerLayoutSchema>;
export type MetricColumn = z.infer<typeof metricColumnSchema>;
export type MetricsLayout = z.infer<typeof metricsLayoutSchema>;
export type MetricsGridLayout = z.infer<typeof metricsGridLayoutSchema>;
export type GridBlock = z.infer<typeof gridBlockSchema>;
export type VisibleLayout = z.infer<typeof visibleLayoutSchema>;
