import type { MetricId } from '../../../../shared/catalogue/metricIds';
import type { MetricValue, PeriodData } from '../../../../shared/package/schema';
import { metricValueSchema, periodSchema } from '../../../../shared/package/schema';
import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { validate } from '../errors';
import { omit } from '../omit';
import type { PeriodRow } from '../types';
import { hasFigures } from '../../../../shared/calc/periods';
import { checkBasis, nextRev, sameValue } from './recordVersion';

/** Sets one metric value (or clears it with null) for one organisation and period. */
export function setMetricValue(
  orgId: string,
  period: string,
  metricId: MetricId,
  value: MetricValue | null,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  return writeMetric(orgId, period, metricId, value, undefined, database);
}

/**
 * Like setMetricValue, but only over the figure the editor showed: `base` is the cell as it was
 * read (null for empty). If another window stored something else in that cell meanwhile, the
 * write is refused with ConflictError carrying the stored figure (or null); other cells of the
 * month are independent and never conflict.
 */
export function setMetricValueIfUnchanged(
  orgId: string,
  period: string,
  metricId: MetricId,
  value: MetricValue | null,
  base: MetricValue | null,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  return writeMetric(orgId, period, metricId, value, { value: base }, database);
}

async function writeMetric(
  orgId: string,
  period: string,
  metricId: MetricId,
  value: MetricValue | null,
  base: { value: MetricValue | null } | undefined,
  database: GreenThreadDb,
): Promise<void> {
  validate(periodSchema.shape.period, period, 'The period');
  const parsed =
    value === null ? null : validate(metricValueSchema, value, `The value of ${metricId}`);
  await writeTransaction(database, [database.periods], async () => {
    const existing = await database.periods.get([orgId, period]);
    const kept = omit(existing?.values ?? {}, [metricId]);
    const before = existing?.values[metricId];
    // A write that changes nothing writes nothing: no empty month from a mere visit, and a
    // figure another window already stored as typed here is no conflict.
    if (sameValue(before ?? null, parsed)) return;
    // The one version check of every editor's write (checkBasis); the refusal carries the
    // figure stored now (undefined: the cell is empty).
    await checkBasis(
      database,
      orgId,
      before,
      { value: before ?? null },
      base && { fields: { value: base.value } },
      `The ${metricId} figure of ${period}`,
    );
    const values = parsed === null ? kept : { ...kept, [metricId]: parsed };
    const row: PeriodRow = {
      orgId,
      period,
      year: period.slice(0, 4),
      values,
      updatedAt: new Date().toISOString(),
      rev: nextRev(existing),
    };
    await database.periods.put(row);
    await recordAudit(database, {
      orgId,
      entity: 'metric',
      entityId: `${orgId}/${period}/${metricId}`,
      action: before === undefined ? 'create' : parsed === null ? 'delete' : 'update',
      before,
      after: parsed ?? undefined,
    });
  });
}

/**
 * Writes whole periods (an import). Values are replaced per metric; metrics absent from
 * `data` are kept when `merge` is true. One audit event for the batch, not one per cell.
 */
export async function putPeriods(
  orgId: string,
  data: readonly PeriodData[],
  merge: boolean,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  const parsed = data.map((p, i) => validate(periodSchema, p, `Period ${String(i + 1)}`));
  await writeTransaction(database, [database.periods], async () => {
    const now = new Date().toISOString();
    // Read even when not merging: a replaced row's rev still moves forward, never back.
    const existing = await database.periods.bulkGet(
      parsed.map((p) => [orgId, p.period] as [string, string]),
    );
    const rows = parsed.map((p, i): PeriodRow => ({
      orgId,
      period: p.period,
      year: p.period.slice(0, 4),
      values: { ...(merge ? (existing[i]?.values ?? {}) : {}), ...p.values },
      updatedAt: now,
      rev: nextRev(existing[i]),
    }));
    await database.periods.bulkPut(rows);
    await recordAudit(database, {
      orgId,
      entity: 'period',
      entityId: orgId,
      action: 'import',
      after: { periods: rows.map((r) => r.period) },
    });
  });
}

/**
 * The periods of an organisation that hold at least one figure. A month emptied cell by cell
 * keeps its row (and its audit trail) but is no year to show, no baseline month and no period
 * to export.
 */
export async function listPeriods(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<PeriodRow[]> {
  const rows = await database.periods.where('orgId').equals(orgId).sortBy('period');
  return rows.filter(hasFigures);
}

/**
 * Rewrites the unit of one metric across months in one transaction and one audit event:
 * `how` records whether the numbers were converted or were meant in the new unit all along.
 */
export async function setUnitOfValues(
  orgId: string,
  metricId: MetricId,
  before: readonly { period: string; value: MetricValue }[],
  after: readonly { period: string; value: MetricValue }[],
  how: 'convert' | 'relabel',
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  const parsed = after.map((a) => ({
    period: validate(periodSchema.shape.period, a.period, 'The period'),
    value: validate(metricValueSchema, a.value, `The value of ${metricId}`),
  }));
  await writeTransaction(database, [database.periods], async () => {
    const now = new Date().toISOString();
    for (const a of parsed) {
      const existing = await database.periods.get([orgId, a.period]);
      await database.periods.put({
        orgId,
        period: a.period,
        year: a.period.slice(0, 4),
        values: { ...(existing?.values ?? {}), [metricId]: a.value },
        updatedAt: now,
        rev: nextRev(existing),
      });
    }
    await recordAudit(database, {
      orgId,
      entity: 'metric',
      entityId: `${orgId}/${metricId}`,
      field: 'unit',
      action: 'update',
      before: { unit: before[0]?.value.unit, values: before },
      after: { unit: parsed[0]?.value.unit, how, values: parsed },
    });
  });
}

/** The months and the year row of one year that hold figures, for roll-ups. */
export async function listPeriodsOfYear(
  orgId: string,
  year: string,
  database: GreenThreadDb = defaultDb,
): Promise<PeriodRow[]> {
  const rows = await database.periods.where('[orgId+year]').equals([orgId, year]).sortBy('period');
  return rows.filter(hasFigures);
}
