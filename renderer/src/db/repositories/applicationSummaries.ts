// Keeps each application's portfolio summary (shared/portfolio/applicationSummary.ts) on its row,
// so the portfolio lists 5,000 rows without re-scoring and never waits for a screen to be opened.
// Derived from records audited where they change, so not audited itself.
import { todayIn } from '../../../../shared/package/calendarDay';
import { applicationSummary } from '../../../../shared/portfolio/applicationSummary';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { omit } from '../omit';
import { SUMMARY_REFRESH_PENDING } from '../migrations';
import { exportPackage } from '../package/exportPackage';
import type { ApplicationRow } from '../types';
import { nextRev } from './recordVersion';
import { screeningPackFor } from './screeningPack';

/** The row fields the summary owns: each is replaced, or removed when the summary has none. */
const OWNED = [
  'category',
  'suggestedCategory',
  'findings',
  'co2AvoidedT',
  'generatedSchedule',
  'esapDue',
] as const satisfies readonly (keyof ApplicationRow)[];

/**
 * Recomputes the summary of the organisation's application, if it has one. Must run inside a
 * transaction covering every table (exportPackage reads them all): writeTransaction's does.
 */
export async function refreshApplicationSummary(
  database: GreenThreadDb,
  orgId: string,
): Promise<void> {
  const row = await database.applications.where('orgId').equals(orgId).first();
  if (!row || !(await database.organisations.get(orgId))) return;
  const pkg = await exportPackage(orgId, {}, database);
  const { pack } = await screeningPackFor(
    orgId,
    { packId: pkg.packId, packVersion: pkg.packVersion },
    database,
  );
  const summary = applicationSummary(
    pkg,
    pack,
    {
      ...(row.signingDate ? { signingDate: row.signingDate } : {}),
      ...(row.termYears !== undefined ? { termYears: row.termYears } : {}),
    },
    // The bank's day, as every screen counts it (from 16:00 UTC, Ulaanbaatar is a day ahead).
    todayIn(),
  );
  const next: ApplicationRow = omit(row, OWNED);
  // A decision is the officer's, recorded with the project, its taxonomy code with it; a row
  // without one keeps what it has (the code the company declared).
  if (summary.greenDecision !== undefined) delete next.taxonomyCode;
  Object.assign(next, summary);
  const changed = [...OWNED, 'greenDecision', 'taxonomyCode'].some(
    (k) =>
      JSON.stringify(row[k as keyof ApplicationRow]) !==
      JSON.stringify(next[k as keyof ApplicationRow]),
  );
  if (changed) await database.applications.put({ ...next, rev: nextRev(row) });
}

export async function refreshSummariesOf(
  database: GreenThreadDb,
  orgIds: Iterable<string>,
): Promise<void> {
  for (const orgId of orgIds) await refreshApplicationSummary(database, orgId);
}

/**
 * Refreshes every application's summary once when asked to (an upgrade to schema v7, a restore),
 * one application per transaction so screens stay responsive, then forgets the request. A run
 * cut short (the window closed) leaves the request for the next start.
 */
export async function refreshPendingSummaries(database: GreenThreadDb = defaultDb): Promise<void> {
  if (!(await database.settings.get(SUMMARY_REFRESH_PENDING))) return;
  const orgIds = (await database.applications.orderBy('orgId').keys()) as string[];
  for (const orgId of orgIds) {
    try {
      await database.transaction('rw', database.tables, () =>
        refreshApplicationSummary(database, orgId),
      );
    } catch {
      // One organisation's record that cannot be read keeps its old summary (its page says
      // why); the others are not held back by it, and its next write refreshes it again.
    }
  }
  await database.settings.delete(SUMMARY_REFRESH_PENDING);
}
