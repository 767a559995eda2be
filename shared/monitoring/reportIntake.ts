// Taking a company's monitoring report into the application it belongs to: the same company
// (by registration number), a whole year after the loan was signed, and never older than what
// is on file. Anything else is refused in words and nothing is stored.
import type { ApplicationPackage } from '../package/schema';
import type { ForeignContent } from '../workbook';
import { submissionOrder } from '../officer-record/submissionOrder';
import { measuredYear } from './measuredVsPromised';
import type { MonitoringRecord, MonitoringReport } from './record';

export type ReportRefusal =
  | {
      reason: 'otherCompany';
      offered: { name: string; registrationNo: string };
      onFile: { name: string; registrationNo: string };
    }
  /** Exported before the report (same year) or the submission already on file. */
  | { reason: 'older'; offered: string; onFile: string }
  | { reason: 'partYear'; year: number; months: number }
  | { reason: 'noPeriods' }
  /** The year ends before the loan was signed: that is the baseline, not monitoring. */
  | { reason: 'beforeSigning'; year: number; signingDate: string }
  /** The application has no green project: nothing was promised to measure against. */
  | { reason: 'noProject' }
  /** Macros, links to other files, DDE, script hyperlinks or objects: never in a report. */
  | { reason: 'activeContent'; kinds: ForeignContent['kind'][] };

export interface ReportIntake {
  /** The application's borrower and what is on file for it. */
  application: {
    name: string;
    registrationNo: string;
    signingDate?: string;
    hasProject: boolean;
    reports: readonly MonitoringReport[];
    /** Export date-time of the submission on file, if any. */
    submissionExportedAt?: string;
  };
  report: ApplicationPackage;
  /** Content GreenThread never writes, found in the workbook (none for a .json package). */
  foreign: readonly ForeignContent[];
  fileName: string;
  verdict: string;
  importedAt: string;
  /** An unmarked file (purpose.ts unmarkedReportYear) whose year the officer confirmed. */
  yearConfirmed?: true;
}

export function takeReport(
  input: ReportIntake,
): { ok: true; report: MonitoringReport } | { ok: false; refusal: ReportRefusal } {
  const { application: app, report } = input;
  // first: the officer must not be told to open such a file for any other reason
  if (input.foreign.length > 0)
    return {
      ok: false,
      refusal: { reason: 'activeContent', kinds: [...new Set(input.foreign.map((f) => f.kind))] },
    };
  const reg = report.organisation.registrationNo.trim();
  if (reg === '' || reg !== app.registrationNo.trim())
    return {
      ok: false,
      refusal: {
        reason: 'otherCompany',
        offered: {
          name: report.organisation.nameMn || report.organisation.nameEn,
          registrationNo: reg,
        },
        onFile: { name: app.name, registrationNo: app.registrationNo.trim() },
      },
    };
  if (!app.hasProject) return { ok: false, refusal: { reason: 'noProject' } };
  const y = measuredYear(report);
  if (!y.ok)
    return {
      ok: false,
      refusal:
        y.reason === 'partYear'
          ? { reason: 'partYear', year: y.year, months: y.months }
          : { reason: 'noPeriods' },
    };
  const { year } = y.value;
  if (app.signingDate && `${String(year)}-12-31` < app.signingDate)
    return { ok: false, refusal: { reason: 'beforeSigning', year, signingDate: app.signingDate } };
  const sameYear = app.reports.find((r) => r.year === year);
  for (const onFile of [sameYear?.exportedAt, app.submissionExportedAt]) {
    if (onFile === undefined) continue;
    const order = submissionOrder({ createdAt: onFile }, report);
    if (order.older)
      return { ok: false, refusal: { reason: 'older', offered: order.offered, onFile } };
  }
  return {
    ok: true,
    report: {
      year,
      measured: y.value.figures,
      measuredFrom: y.value.from,
      measuredTo: y.value.to,
      exportedAt: report.createdAt,
      importedAt: input.importedAt,
      ...(input.fileName ? { fileName: input.fileName.slice(0, 200) } : {}),
      verdict: input.verdict,
      ...(input.yearConfirmed ? { yearConfirmed: true as const } : {}),
    },
  };
}

/** Stores a report in the record: one per year, a newer file replacing its year's. */
export function withReport(record: MonitoringRecord, report: MonitoringReport): MonitoringRecord {
  const reports = [...(record.reports ?? []).filter((r) => r.year !== report.year), report].sort(
    (a, b) => a.year - b.year,
  );
  return { ...record, reports };
}

/** The latest year's report, which the Monitoring tab and the memo compare. */
export function latestReport(record: MonitoringRecord | undefined): MonitoringReport | null {
  const reports = record?.reports ?? [];
  return reports.length === 0 ? null : (reports[reports.length - 1] ?? null);
}
