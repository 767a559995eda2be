// What the bank records after the loan is signed: the officer's own monitoring schedule (the
// generated one, adopted and then edited) and the site visits made. Stored on the application
// row; validated here so the app, a backup restore and the bank server read the same shape.
import { z } from 'zod';
import { id, isoDate, isoDateTime, longText, periodKey, shortText } from '../package/primitives';
import { projectFiguresSchema } from '../package/schema';
import { MONITORING_KINDS } from '../officer-record/monitoring';

export const scheduleEntrySchema = z.strictObject({
  id,
  kind: z.enum(MONITORING_KINDS),
  due: isoDate,
  /** For a permit renewal: the permit's document id. */
  ref: id.optional(),
  /** The officer's own words on what is checked, beside the kind. */
  note: longText.optional(),
  /** The day the item was done (report received, visit made, review held). */
  doneOn: isoDate.optional(),
});

/** A generated schedule item as stored on the application row (a snapshot, re-made on scoring). */
export const monitoringItemSchema = z.strictObject({
  kind: z.enum(MONITORING_KINDS),
  due: isoDate,
  ref: id.optional(),
  note: longText.optional(),
  doneOn: isoDate.optional(),
});

export const siteVisitSchema = z.strictObject({
  id,
  date: isoDate,
  /** Who visited: names and roles, as the officer writes them. */
  by: shortText.min(1),
  findings: longText.min(1),
  /** The scheduled visit this one counts as, if any. */
  scheduleId: id.optional(),
});

/**
 * A monitoring report the company sent for a year after the loan, as the officer imported it:
 * the year's measured totals (the report's own records summed) and where they came from.
 */
export const monitoringReportSchema = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  measured: projectFiguresSchema,
  measuredFrom: periodKey,
  measuredTo: periodKey,
  /** When the company exported the file: a later file for the year replaces it. */
  exportedAt: isoDateTime,
  importedAt: isoDateTime,
  fileName: shortText.optional(),
  /** What the file's check said (intact, changed, unsigned), in the verifier's word. */
  verdict: z.string().min(1).max(40),
  /** The file did not say it is a report (exported before reports were marked): the officer confirmed its year. */
  yearConfirmed: z.literal(true).optional(),
});

export const monitoringRecordSchema = z.strictObject({
  /** Absent until the officer adopts or edits the schedule: the generated one applies. */
  schedule: z.array(scheduleEntrySchema).max(1_000).optional(),
  visits: z.array(siteVisitSchema).max(1_000),
  /** Monitoring reports by year, one per year (absent on rows stored before reports). */
  reports: z.array(monitoringReportSchema).max(100).optional(),
});

export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;
export type SiteVisit = z.infer<typeof siteVisitSchema>;
export type MonitoringRecord = z.infer<typeof monitoringRecordSchema>;
export type MonitoringReport = z.infer<typeof monitoringReportSchema>;
