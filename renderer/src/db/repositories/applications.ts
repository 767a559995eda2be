import type { z } from 'zod';
import type { GreenDecision, RiskCategory } from '../../../../shared/package/enums';
import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { NotFoundError, validate } from '../errors';
import { applicationInputSchema } from '../rowSchemas';
import type { ApplicationRow, ApplicationStatus } from '../types';

export type ApplicationInput = z.input<typeof applicationInputSchema>;

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
      ...(a.greenDecision ? { greenDecision: a.greenDecision } : {}),
      ...(a.taxonomyCode ? { taxonomyCode: a.taxonomyCode } : {}),
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
  await writeTransaction(database, [database.applications], async () => {
    const existing = await database.applications.get(applicationId);
    if (!existing) throw new NotFoundError(`Application ${applicationId} does not exist.`);
    await database.applications.update(applicationId, {
      status,
      updatedAt: new Date().toISOString(),
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
