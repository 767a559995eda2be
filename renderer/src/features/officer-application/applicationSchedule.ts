import {
  monitoringSchedule,
  type MonitoringItem,
} from '../../../../shared/officer-record/monitoring';
import { effectiveSchedule } from '../../../../shared/monitoring/schedule';
import { isEsapAction } from './screeningModel';
import type { ApplicationData } from './useApplicationData';

/** The schedule the screening and terms generate. Without a signing date it counts from today. */
export function generatedSchedule(data: ApplicationData): MonitoringItem[] {
  const es = data.results.es;
  return monitoringSchedule(
    es.finalCategory,
    data.terms.signingDate ?? data.today,
    data.terms.termYears,
    data.pkg.actions
      .filter((a) => isEsapAction(a) && a.status !== 'done' && a.status !== 'cancelled')
      .flatMap((a) => (a.deadline ? [a.deadline] : [])),
    es.documents.flatMap((d) =>
      d.expiresOn && d.permitKind ? [{ ref: d.id, expiresOn: d.expiresOn }] : [],
    ),
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
