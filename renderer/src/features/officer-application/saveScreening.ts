// Writes the officer's screening through the assessments repository (creating the E&S
// assessment on first use) and moves a received application into review.
import type { EsScreening } from '../../../../shared/package/schema';
import { assessmentPeriodOf } from '../../db/package/importAssessments';
import { setApplicationStatus } from '../../db/repositories/applications';
import { emptyScreening, openAssessment, setScreening } from '../../db/repositories/assessments';
import type { ApplicationData } from './useApplicationData';

export function currentScreening(data: ApplicationData): EsScreening {
  return data.pkg.es ?? emptyScreening();
}

export async function saveScreening(data: ApplicationData, next: EsScreening): Promise<void> {
  let id = data.esAssessment?.instrument === 'es' ? data.esAssessment.id : undefined;
  if (!id) {
    const row = await openAssessment({
      orgId: data.app.orgId,
      instrument: 'es',
      period: assessmentPeriodOf(data.pkg),
      packId: data.pkg.packId,
      packVersion: data.pkg.packVersion,
    });
    id = row.id;
  }
  await setScreening(id, next);
  const anyHit = Object.values(next.exclusions).some((x) => x.hit);
  if (anyHit && data.app.status !== 'declined') {
    await setApplicationStatus(data.app.id, 'declined');
  } else if (!anyHit && (data.app.status === 'received' || data.app.status === 'declined')) {
    await setApplicationStatus(data.app.id, 'in_review');
  }
}
