// Thin adapter over the data layer for the officer's application: the portfolio row, the loan
// terms the package has no field for (signing date, term), and the row's screening outcome.
// The data layer has no "update application" call yet, so this writes through writeTransaction
// + recordAudit like the repositories do (reported to the lead).
import { useLiveQuery } from 'dexie-react-hooks';
import type { GreenDecision, RiskCategory } from '../../../../shared/package/enums';
import { recordAudit, writeTransaction } from '../../db/audit';
import { db as defaultDb, type GreenThreadDb } from '../../db/db';
import { NotFoundError } from '../../db/errors';
import type { ApplicationRow } from '../../db/types';

export interface LoanTerms {
  /** YYYY-MM-DD; ESAP deadlines count from it. null until the officer sets it. */
  signingDate: string | null;
  termYears: number;
}

export const DEFAULT_TERMS: LoanTerms = { signingDate: null, termYears: 3 };

function termsKey(applicationId: string): string {
  return `officer:terms:${applicationId}`;
}

function parseTerms(value: unknown): LoanTerms {
  if (typeof value !== 'object' || value === null) return DEFAULT_TERMS;
  const v = value as Partial<LoanTerms>;
  return {
    signingDate:
      typeof v.signingDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.signingDate)
        ? v.signingDate
        : null,
    termYears:
      typeof v.termYears === 'number' && v.termYears >= 1 && v.termYears <= 30
        ? Math.round(v.termYears)
        : DEFAULT_TERMS.termYears,
  };
}

/** undefined while loading, null when there is no such application. */
export function useApplicationRow(
  applicationId: string,
  database: GreenThreadDb = defaultDb,
): ApplicationRow | null | undefined {
  return useLiveQuery(
    async () => (await database.applications.get(applicationId)) ?? null,
    [applicationId, database],
  );
}

export function useLoanTerms(
  applicationId: string,
  database: GreenThreadDb = defaultDb,
): LoanTerms | undefined {
  return useLiveQuery(
    async () => parseTerms((await database.settings.get(termsKey(applicationId)))?.value),
    [applicationId, database],
  );
}

export async function saveLoanTerms(
  applicationId: string,
  orgId: string,
  terms: LoanTerms,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  const clean = parseTerms(terms);
  await writeTransaction(database, [database.settings], async () => {
    const before = parseTerms((await database.settings.get(termsKey(applicationId)))?.value);
    await database.settings.put({ key: termsKey(applicationId), value: clean });
    await recordAudit(database, {
      orgId,
      entity: 'application',
      entityId: applicationId,
      action: 'update',
      before: { terms: before },
      after: { terms: clean },
    });
  });
}

export interface ApplicationPatch {
  category?: RiskCategory;
  greenDecision?: GreenDecision | null;
  taxonomyCode?: string | null;
  amountMnt?: number;
}

/** Updates the portfolio row's screening outcome or amount; audited with before and after. */
export async function updateApplication(
  applicationId: string,
  patch: ApplicationPatch,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  await writeTransaction(database, [database.applications], async () => {
    const row = await database.applications.get(applicationId);
    if (!row) throw new NotFoundError(`Application ${applicationId} does not exist.`);
    const next: ApplicationRow = { ...row, updatedAt: new Date().toISOString() };
    if (patch.category !== undefined) next.category = patch.category;
    if (patch.amountMnt !== undefined) next.amountMnt = Math.max(0, Math.round(patch.amountMnt));
    if (patch.greenDecision === null) delete next.greenDecision;
    else if (patch.greenDecision !== undefined) next.greenDecision = patch.greenDecision;
    if (patch.taxonomyCode === null) delete next.taxonomyCode;
    else if (patch.taxonomyCode !== undefined) next.taxonomyCode = patch.taxonomyCode;
    await database.applications.put(next);
    const pick = (r: ApplicationRow) => ({
      category: r.category,
      greenDecision: r.greenDecision,
      taxonomyCode: r.taxonomyCode,
      amountMnt: r.amountMnt,
    });
    await recordAudit(database, {
      orgId: row.orgId,
      entity: 'application',
      entityId: applicationId,
      action: 'update',
      before: pick(row),
      after: pick(next),
    });
  });
}
