import type { MetricId } from '../../../../shared/catalogue/metricIds';
import type { MetricValue } from '../../../../shared/package/schema';
import { metricValueSchema, periodSchema } from '../../../../shared/package/schema';
import { db as defaultDb, type GreenThreadDb } from '../db';
import type { PeriodRow } from '../types';

/** Sets one metric value (or clears it with null) for one organisation and period. */
export async function setMetricValue(
  orgId: string,
  period: string,
  metricId: MetricId,
  value: MetricValue | null,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  periodSchema.shape.period.parse(period);
  const parsed = value === null ? null : metricValueSchema.parse(value);
  await database.transaction('rw', database.periods, async () => {
    const existing = await database.periods.get([orgId, period]);
    const values = { ...(existing?.values ?? {}) };
    if (parsed === null) delete values[metricId];
    else values[metricId] = parsed;
    const row: PeriodRow = { orgId, period, values, updatedAt: new Date().toISOString() };
    await database.periods.put(row);
  });
}

export function listPeriods(orgId: string, database: GreenThreadDb = defaultDb): Promise<PeriodRow[]> {
  return database.periods.where('orgId').equals(orgId).sortBy('period');
}
