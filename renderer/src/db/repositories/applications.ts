import type { z } from 'zod';
import type { GreenDecision, RiskCategory } from '../../../../shared/package/enums';
import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { InvalidTransitionError, NotFoundError, validate } from '../errors';
import {
  monitoringRecordSchema,
  type MonitoringRecord,
} from '../../../../shared/monitoring/record';
import {
  applicationInputSchema,
  applicationOutcomeSchema,
  applicationTermsSchema,
} from '../rowSchemas';
import type { ApplicationRow, ApplicationStatus } from '../types';
import { screeningHoldsDecliningHit } from './exclusionDecline';
import { expectRev, nextRev } from './recordVersion';
import { withOwnErrors } from './unwrapError';

export type ApplicationInput = z.input<typeof applicationInputSchema>;
export type ApplicationTerms = z.input<typeof applicationTermsSchema>;
export type ApplicationOutcome = z.input<typeof applicationOutcomeSchema>;

/**
 * Records that a workbook or package of an organisation was imported into the portfolio.
 * One entry per organisation: a re-import updates the figures and appends to its history.
 */
export async function recordApplicationImport(
  input: ApplicationInput,
  database: GreenThreadDb = defaultDb,
): Promise<ApplicationRow> {
  const a = validate(applicationInputSchema, input, 'The application');
  return writeTransaction(database, [database.applications], async () => {
    const existing = await database.applications.where('orgId').equals(a.orgId).first();
    const importedAt = a.importedAt ?? new Date().toISOString();
    const entry = { importedAt, digest: a.digest, ...(a.fileName ? { fileName: a.fileName } : {}) };
    const row: ApplicationRow = {
      id: existing?.id ?? `app-${a.orgId}`,
      orgId: a.orgId,
      status: a.status ?? existing?.status ?? 'received',
      amountMnt: a.amountMnt,
      womenLed: a.womenLed ? 1 : 0,
      importedAt,
      digest: a.digest,
      history: [...(existing?.history ?? []), entry],
      updatedAt: new Date().toISOString(),
      ...(a.category ? { category: a.category } : {}),
      ...(a.suggestedCategory ? { suggestedCategory: a.suggestedCategory } : {}),
      ...(a.co2AvoidedT !== undefined ? { co2AvoidedT: a.co2AvoidedT } : {}),
      ...(a.greenDecision ? { greenDecision: a.greenDecision } : {}),
      ...(a.taxonomyCode ? { taxonomyCode: a.taxonomyCode } : {}),
      // The officer's loan terms are not in the package; a re-import keeps them.
      ...(existing?.signingDate !== undefined ? { signingDate: existing.signingDate } : {}),
      ...(existing?.termYears !== undefined ? { termYears: existing.termYears } : {}),
      // Nor the officer's findings, schedule and monitoring records.
      ...(existing?.findings !== undefined ? { findings: existing.findings } : {}),
      ...(existing?.generatedSchedule ? { generatedSchedule: existing.generatedSchedule } : {}),
      ...(existing?.monitoring ? { monitoring: existing.monitoring } : {}),
      // The screening's exclusion hits are the officer's, written with the screening.
      ...(existing?.exclusionHits ? { exclusionHits: existing.exclusionHits } : {}),
      rev: nextRev(existing),
    };
    await database.applications.put(row);
    await recordAudit(database, {
      orgId: a.orgId,
      entity: 'application',
      entityId: row.id,
      action: 'import',
      before: existing ? { digest: existing.digest, amountMnt: existing.amountMnt } : undefined,
      after: { digest: row.digest, amountMnt: row.amountMnt, category: row.category },
    });
    return row;
  });
}

export async function setApplicationStatus(
  applicationId: string,
  status: ApplicationStatus,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  const tables = [database.applications, database.assessments, database.settings];
  await writeTransaction(database, tables, async () => {
    const existing = await database.applications.get(applicationId);
    if (!existing) throw new NotFoundError(`Application ${applicationId} does not exist.`);
    if (status !== 'declined' && (await screeningHoldsDecliningHit(existing.orgId, database)))
      throw new InvalidTransitionError(
        'The screening holds an exclusion-list hit: the application is declined.',
      );
    await database.applications.update(applicationId, {
      status,
      updatedAt: new Date().toISOString(),
      rev: nextRev(existing),
    });
    await recordAudit(database, {
      orgId: existing.orgId,
      entity: 'application',
      entityId: applicationId,
      action: 'status',
      before: { status: existing.status },
      after: { status },
    });
  });
}

/** Applies `change` to the stored row in one transaction and audits the fields it names. */
async function changeApplication(
  database: GreenThreadDb,
  applicationId: string,
  field: string,
  fields: readonly (keyof ApplicationRow)[],
  change: (row: ApplicationRow) => ApplicationRow,
  expectedRev?: number,
): Promise<ApplicationRow> {
  return withOwnErrors(() =>
    writeTransaction(database, [database.applications], async () => {
      const row = await database.applications.get(applicationId);
      if (!row) throw new NotFoundError(`Application ${applicationId} does not exist.`);
      expectRev(row, expectedRev, `Application ${applicationId}`);
      const next = change({ ...row });
      const pick = (r: ApplicationRow) => Object.fromEntries(fields.map((f) => [f, r[f]]));
      const before = pick(row);
      const after = pick(next);
      if (JSON.stringify(before) === JSON.stringify(after)) return row;
      const saved = { ...next, updatedAt: new Date().toISOString(), rev: nextRev(row) };
      await database.applications.put(saved);
      await recordAudit(database, {
        orgId: row.orgId,
        entity: 'application',
        entityId: applicationId,
        field,
        action: 'update',
        before,
        after,
      });
      return saved;
    }),
  );
}

/**
 * Sets the loan terms the officer agrees (amount, signing date, tenor) on the portfolio row.
 * Fields left out stay as they are; signingDate null clears it. Validated and audited; a call
 * that changes nothing writes nothing.
 */
export async function setApplicationTerms(
  applicationId: string,
  terms: ApplicationTerms,
  database: GreenThreadDb = defaultDb,
  /** The rev of the row the officer edited: refused with ConflictError if it moved since. */
  expectedRev?: number,
): Promise<ApplicationRow> {
  const t = validate(applicationTermsSchema, terms, 'The loan terms');
  return changeApplication(
    database,
    applicationId,
    'terms',
    ['amountMnt', 'signingDate', 'termYears'],
    (row) => {
      if (t.amountMnt !== undefined) row.amountMnt = t.amountMnt;
      if (t.termYears !== undefined) row.termYears = t.termYears;
      if (t.signingDate === null) delete row.signingDate;
      else if (t.signingDate !== undefined) row.signingDate = t.signingDate;
      return row;
    },
    expectedRev,
  );
}

/** Sets the green decision and taxonomy code shown in the portfolio. */
export async function setApplicationOutcome(
  applicationId: string,
  outcome: ApplicationOutcome,
  database: GreenThreadDb = defaultDb,
  /** The rev of the row the officer edited: refused with ConflictError if it moved since. */
  expectedRev?: number,
): Promise<ApplicationRow> {
  const o = validate(applicationOutcomeSchema, outcome, 'The screening outcome');
  return changeApplication(
    database,
    applicationId,
    'outcome',
    ['greenDecision', 'taxonomyCode'],
    (row) => {
      if (o.greenDecision === null) delete row.greenDecision;
      else if (o.greenDecision !== undefined) row.greenDecision = o.greenDecision;
      if (o.taxonomyCode === null) delete row.taxonomyCode;
      else if (o.taxonomyCode !== undefined) row.taxonomyCode = o.taxonomyCode;
      return row;
    },
    expectedRev,
  );
}

/**
 * Changes the officer's monitoring record (own schedule, site visits) as stored: `change` gets
 * the stored record, so two quick edits both survive. Validated and audited with before and after.
 */
export async function updateApplicationMonitoring(
  applicationId: string,
  change: (current: MonitoringRecord) => MonitoringRecord,
  database: GreenThreadDb = defaultDb,
): Promise<ApplicationRow> {
  return changeApplication(database, applicationId, 'monitoring', ['monitoring'], (row) => {
    const next = validate(
      monitoringRecordSchema,
      change(row.monitoring ?? { visits: [] }),
      'The monitoring record',
    );
    // Back to the generated schedule with no visits or reports: nothing of the officer's left.
    if (!next.schedule && next.visits.length === 0 && !next.reports?.length) {
      const cleared = { ...row };
      delete cleared.monitoring;
      return cleared;
    }
    return { ...row, monitoring: next };
  });
}

export interface ApplicationFilter {
  status?: ApplicationStatus;
  category?: RiskCategory;
  greenDecision?: GreenDecision;
  taxonomyCode?: string;
  womenLed?: boolean;
  minAmountMnt?: number;
  maxAmountMnt?: number;
}

/** The portfolio, newest import first; the most selective indexed filter narrows the scan. */
export async function listApplications(
  filter: ApplicationFilter = {},
  database: GreenThreadDb = defaultDb,
): Promise<ApplicationRow[]> {
  const t = database.applications;
  const base =
    filter.status !== undefined
      ? t.where('status').equals(filter.status)
      : filter.category !== undefined
        ? t.where('category').equals(filter.category)
        : filter.greenDecision !== undefined
          ? t.where('greenDecision').equals(filter.greenDecision)
          : filter.taxonomyCode !== undefined
            ? t.where('taxonomyCode').equals(filter.taxonomyCode)
            : filter.womenLed !== undefined
              ? t.where('womenLed').equals(filter.womenLed ? 1 : 0)
              : t.toCollection();
  const rows = await base
    .filter(
      (r) =>
        (filter.status === undefined || r.status === filter.status) &&
        (filter.category === undefined || r.category === filter.category) &&
        (filter.greenDecision === undefined || r.greenDecision === filter.greenDecision) &&
        (filter.taxonomyCode === undefined || r.taxonomyCode === filter.taxonomyCode) &&
        (filter.womenLed === undefined || r.womenLed === (filter.womenLed ? 1 : 0)) &&
        (filter.minAmountMnt === undefined || r.amountMnt >= filter.minAmountMnt) &&
        (filter.maxAmountMnt === undefined || r.amountMnt <= filter.maxAmountMnt),
    )
    .toArray();
  return rows.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}
