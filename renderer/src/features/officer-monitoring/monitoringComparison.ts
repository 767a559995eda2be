import {
  compareMeasuredToPromised,
  scoreMeasuredAndPromised,
  type MeasuredVsPromised,
} from '../../../../shared/monitoring/measuredVsPromised';
import type { MonitoringReport } from '../../../../shared/monitoring/record';
import { latestReport } from '../../../../shared/monitoring/reportIntake';
import type { ApplicationData } from '../officer-application/useApplicationData';

export interface MonitoringComparison {
  report: MonitoringReport;
  cmp: MeasuredVsPromised;
}

/**
 * The latest monitoring report against the promise, on the application as the bank holds it:
 * the Monitoring tab and the memo show this one comparison. Null without a report or project.
 */
export function monitoringComparison(data: ApplicationData): MonitoringComparison | null {
  const report = latestReport(data.app.monitoring);
  const project = data.pkg.project;
  if (!report || !project) return null;
  const scored = scoreMeasuredAndPromised(
    data.pkg,
    data.pack,
    {
      year: report.year,
      figures: report.measured,
      from: report.measuredFrom,
      to: report.measuredTo,
    },
    {
      asOf: data.today,
      ...(data.terms.signingDate ? { signingDate: data.terms.signingDate } : {}),
    },
  );
  if (!scored) return null;
  return {
    report,
    cmp: compareMeasuredToPromised(scored.promised, scored.measured, {
      baseline: project.baseline,
      projected: project.projected,
      measured: report.measured,
    }),
  };
}
