// Writes the officer's screening through the assessments repository (creating the E&S
// assessment on first use) and moves a received application into review.
// Every change is a function of the screening AS STORED, applied one after another: a note
// saved on blur and a click that lands in the same instant (bulk confirm) both survive.
import type { EsScreening } from '../../../../shared/package/schema';
import { screeningDeclines } from '../../../../shared/scoring/es';
import { assessmentPeriodOf } from '../../db/package/importAssessments';
import { setApplicationStatus } from '../../db/repositories/applications';
import { openAssessment, updateScreening } from '../../db/repositories/assessments';
import { getDeclarationFlags, setDeclarationFlags } from '../../db/repositories/declarationFlags';
import type { ApplicationData } from './useApplicationData';

let queue: Promise<unknown> = Promise.resolve();

async function apply(
  data: ApplicationData,
  change: (stored: EsScreening) => EsScreening,
  field: string | undefined,
): Promise<void> {
  let id = data.esAssessment?.instrument === 'es' ? data.esAssessment.id : undefined;
  if (!id) {
    const row = await openAssessment({
      orgId: data.app.orgId,
      instrument: 'es',
      period: assessmentPeriodOf(data.pkg),
      // The first screening pins the pack it was shown with (the one chosen for new screenings).
      packId: data.pack.id,
      packVersion: data.pack.version,
    });
    id = row.id;
  }
  const { screening: next } = await updateScreening(id, change, field);
  await clearReconfirmedFlags(data.app.orgId, next);
  const anyHit = screeningDeclines(data.pack, next);
  if (anyHit && data.app.status !== 'declined') {
    await setApplicationStatus(data.app.id, 'declined');
  } else if (!anyHit && (data.app.status === 'received' || data.app.status === 'declined')) {
    await setApplicationStatus(data.app.id, 'in_review');
  }
}

/** A "declaration changed" flag ends when the officer confirms the check again. */
async function clearReconfirmedFlags(orgId: string, screening: EsScreening): Promise<void> {
  const flags = await getDeclarationFlags(orgId);
  const left = Object.fromEntries(
    Object.entries(flags).filter(([id]) => screening.checks[id]?.confirmed !== true),
  );
  if (Object.keys(left).length !== Object.keys(flags).length) {
    await setDeclarationFlags(orgId, left);
  }
}

/** Queues one change of the officer's screening; `field` names a bulk act in the audit trail. */
export function saveScreening(
  data: ApplicationData,
  change: (stored: EsScreening) => EsScreening,
  field?: string,
): Promise<void> {
  const run = queue.then(() => apply(data, change, field));
  queue = run.catch(() => undefined);
  return run;
}

/** Settles once every change queued so far has been written (or refused). */
export function screeningSaved(): Promise<void> {
  return queue.then(() => undefined);
}
