import {
  monitoringSchedule,
  type MonitoringItem,
} from '../../../../shared/officer-record/monitoring';
import { isEsapAction } from './screeningModel';
import type { ApplicationData } from './useApplicationData';

/**
 * The monitoring schedule of one application: the same rows on the Monitoring step and in the
 * decision memo. Without a signing date it counts from today.
 */
export function applicationSchedule(data: ApplicationData): MonitoringItem[] {
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
