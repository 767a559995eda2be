import type { MonitoringItem } from '../../../../shared/officer-record/monitoring';
import { effectiveSchedule } from '../../../../shared/monitoring/schedule';
import { generatedScheduleOf } from '../../../../shared/portfolio/applicationSummary';
import type { ApplicationData } from './useApplicationData';

/** The schedule the screening and terms generate. Without a signing date it counts from today. */
export function generatedSchedule(data: ApplicationData): MonitoringItem[] {
  return generatedScheduleOf(
    data.pkg,
    data.results,
    data.terms.signingDate ?? data.today,
    data.terms.termYears,
  );
}

/**
 * The monitoring schedule of one application: the officer's own once adopted or edited on the
 * Monitoring tab, otherwise the generated one. The same rows on the Monitoring step, the
 * Monitoring tab and in the decision memo.
 */
export function applicationSchedule(data: ApplicationData): MonitoringItem[] {
  return effectiveSchedule(data.app.monitoring, generatedSchedule(data));
}
