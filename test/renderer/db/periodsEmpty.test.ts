import { describe, expect, it } from 'vitest';
import { exportPackage } from '../../../renderer/src/db/package/exportPackage';
import { importPackage } from '../../../renderer/src/db/package/importPackage';
import {
  listPeriods,
  listPeriodsOfYear,
  setMetricValue,
} from '../../../renderer/src/db/repositories/periods';
import { computePeriodIndicators } from '../../../shared/calc/periods';
import { factorsFor } from '../../../shared/factors/resolve';
import { applicationPackageSchema } from '../../../shared/package/schema';
import { freshDb, samplePackage } from './helpers';

// Issue 18 item 4: a visit to Quick monthly entry wrote an empty 2026 month, which the dashboard
// then showed as the year, the export counted and the green baseline used.
describe('empty periods', () => {
  it('clearing a figure that is not there writes nothing', async () => {
    const db = freshDb();
    await setMetricValue('o1', '2026-11', 'energy.electricity', null, db);
    expect(await db.periods.count()).toBe(0);
    expect(await db.auditEvents.count()).toBe(0);
  });

  it('a month emptied cell by cell is no period to list, count or roll up', async () => {
    const db = freshDb();
    await setMetricValue('o1', '2025-12', 'energy.coal', { value: 40, unit: 't' }, db);
    await setMetricValue('o1', '2026-01', 'energy.coal', { value: 5, unit: 't' }, db);
    await setMetricValue('o1', '2026-01', 'energy.coal', null, db);
    expect(await db.periods.count()).toBe(2);
    expect((await listPeriods('o1', db)).map((p) => p.period)).toEqual(['2025-12']);
    expect(await listPeriodsOfYear('o1', '2026', db)).toEqual([]);
  });

  it('the engine ignores a period without figures', () => {
    const results = computePeriodIndicators(
      [
        { period: '2025-12', values: { 'energy.coal': { value: 40, unit: 't' } } },
        { period: '2026-01', values: {} },
      ],
      ['scouring'],
      factorsFor(undefined),
    );
    expect(results.years.map((y) => y.year)).toEqual(['2025']);
    expect(results.periods.map((p) => p.period)).toEqual(['2025-12']);
  });
});

describe('data quality of a figure', () => {
  it('round-trips through a package, and older packages without it stay valid', async () => {
    const db = freshDb();
    const pkg = samplePackage();
    expect(applicationPackageSchema.safeParse(pkg).success).toBe(true);
    const first = pkg.periods[0];
    if (!first) throw new Error('sample package has periods');
    const [metricId, value] = Object.entries(first.values)[0] ?? [];
    if (!metricId || !value) throw new Error('sample period has a value');
    const marked = {
      ...pkg,
      periods: [
        { ...first, values: { ...first.values, [metricId]: { ...value, quality: 'estimated' } } },
        ...pkg.periods.slice(1),
      ],
    };
    expect(applicationPackageSchema.safeParse(marked).success).toBe(true);
    await importPackage(applicationPackageSchema.parse(marked), { mode: 'new' }, db);
    const out = await exportPackage(pkg.organisation.id, {}, db);
    const back = out.periods.find((p) => p.period === first.period);
    expect(back?.values[metricId as keyof typeof first.values]?.quality).toBe('estimated');
    // An unknown source word is refused rather than stored.
    const bad = structuredClone(marked) as { periods: { values: Record<string, object> }[] };
    (bad.periods[0] as { values: Record<string, object> }).values[metricId] = {
      ...value,
      quality: 'guess',
    };
    expect(applicationPackageSchema.safeParse(bad).success).toBe(false);
  });
});
