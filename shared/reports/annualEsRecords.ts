// The synced fields the annual E&S report reads, checked row by row: a row that does not fit is
// counted and named in the report, never silently left out. Other fields are ignored, so the
// desktop may sync more than this without breaking the report.
import { z } from 'zod';
import { GREEN_DECISIONS, PROCESSES, RISK_CATEGORIES } from '../package/enums';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/);

export const reportApplicationSchema = z.object({
  status: z.string().min(1).max(40),
  amountMnt: z.number().min(0),
  orgId: z.string().max(300).optional(),
  category: z.enum(RISK_CATEGORIES).optional(),
  greenDecision: z.enum(GREEN_DECISIONS).optional(),
  taxonomyCode: z.string().min(1).max(80).optional(),
  /** When the application reached the bank; later years are left out of a year's report. */
  importedAt: isoDate.optional(),
  /** Exclusion-list ids the screening found; [] screened with no hit; absent: not recorded. */
  exclusionHits: z.array(z.string().min(1).max(80)).max(100).optional(),
});
export type ReportApplication = z.infer<typeof reportApplicationSchema>;

export const reportOrganisationSchema = z.object({
  nameMn: z.string().max(300).optional(),
  nameEn: z.string().max(300).optional(),
  processes: z.array(z.enum(PROCESSES)).max(PROCESSES.length).optional(),
});

const bilingual = z.union([
  z.string().max(2_000),
  z.object({ en: z.string().max(2_000), mn: z.string().max(2_000) }),
]);
/** done, closed, verified (server items) and cancelled (the desktop's ESAP) are not open. */
export const ESAP_CLOSED_STATUSES = ['done', 'closed', 'verified', 'cancelled'] as const;
export const reportEsapItemSchema = z.object({
  applicationId: z.string().min(1).max(300),
  action: bilingual,
  /** YYYY-MM-DD; an item without a deadline cannot be overdue. */
  deadline: isoDate.optional(),
  /** done, closed or verified close an item; anything else is open. */
  status: z.string().min(1).max(40),
  conditionPrecedent: z.boolean().optional(),
});
export type ReportEsapItem = z.infer<typeof reportEsapItemSchema>;

/**
 * The desktop's ESAP as it syncs: an `actions` row of source "es", kept per organisation (the
 * application it belongs to is the organisation's application).
 */
export const reportActionSchema = z.object({
  orgId: z.string().min(1).max(300),
  source: z.object({ kind: z.string().max(40) }),
  action: z.string().max(2_000),
  deadline: isoDate.optional(),
  status: z.string().min(1).max(40),
  conditionPrecedent: z.boolean().optional(),
});

/** A row of the server's records table: what every report starts from. */
export interface SyncedRow {
  table: string;
  branchId: string;
  recordId: string;
  data: unknown;
}
