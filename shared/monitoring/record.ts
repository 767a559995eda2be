// What the bank records after the loan is signed: the officer's own monitoring schedule (the
// generated one, adopted and then edited) and the site visits made. Stored on the application
// row; validated here so the app, a backup restore and the bank server read the same shape.
import { z } from 'zod';
import { id, isoDate, longText, shortText } from '../package/primitives';
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

export const monitoringRecordSchema = z.strictObject({
  /** Absent until the officer adopts or edits the schedule: the generated one applies. */
  schedule: z.array(scheduleEntrySchema).max(1_000).optional(),
  visits: z.array(siteVisitSchema).max(1_000),
});

export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;
export type SiteVisit = z.infer<typeof siteVisitSchema>;
export type MonitoringRecord = z.infer<typeof monitoringRecordSchema>;
