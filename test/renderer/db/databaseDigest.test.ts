import fc from 'fast-check';
import { databaseDigest } from '../../../renderer/src/db/backup/databaseDigest';
import type { PeriodRow } from '../../../renderer/src/db/types';
import { freshDb } from './helpers';

const periodRow = fc.record({
  orgId: fc.constantFrom('o1', 'o2', 'o3'),
  period: fc.constantFrom('2024-01', '2024-02', '2025', '2025-07'),
  value: fc.double({ min: 0, max: 1e6, noNaN: true }),
});

function toRows(items: { orgId: string; period: string; value: number }[]): PeriodRow[] {
  // One row per key: the last one wins, as a put would.
  const byKey = new Map<string, PeriodRow>();
  for (const i of items) {
    byKey.set(`${i.orgId}|${i.period}`, {
      orgId: i.orgId,
      period: i.period,
      year: i.period.slice(0, 4),
      values: { 'energy.coal': { value: i.value, unit: 't' } },
      updatedAt: 'x',
    });
  }
  return [...byKey.values()];
}

describe('databaseDigest', () => {
  it('depends on the data, not on the order rows were written in (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(periodRow, { minLength: 1, maxLength: 8 }),
        fc.integer(),
        async (items, seed) => {
          const rows = toRows(items);
          const shuffled = [...rows].sort(
            (a, b) => ((a.period.length * 31 + seed) % 7) - ((b.period.length * 17 + seed) % 5),
          );
          const a = freshDb();
          const b = freshDb();
          await a.periods.bulkPut(rows);
          for (const r of shuffled)
            await b.periods.put({
              updatedAt: r.updatedAt,
              values: r.values,
              year: r.year,
              period: r.period,
              orgId: r.orgId,
            });
          expect(await databaseDigest(a)).toBe(await databaseDigest(b));
          // Any change to one value changes the digest.
          const first = rows[0]!;
          await b.periods.put({
            ...first,
            values: { 'energy.coal': { value: first.values['energy.coal']!.value + 1, unit: 't' } },
          });
          expect(await databaseDigest(a)).not.toBe(await databaseDigest(b));
          await Promise.all([a.delete(), b.delete()]);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('counts files by their content', async () => {
    const a = freshDb();
    const b = freshDb();
    await a.evidenceData.put({ id: 'f'.repeat(64), bytes: new Uint8Array([1, 2, 3]).buffer });
    await b.evidenceData.put({ id: 'f'.repeat(64), bytes: new Uint8Array([1, 2, 3]).buffer });
    expect(await databaseDigest(a)).toBe(await databaseDigest(b));
    await b.evidenceData.put({ id: 'f'.repeat(64), bytes: new Uint8Array([1, 2, 4]).buffer });
    expect(await databaseDigest(a)).not.toBe(await databaseDigest(b));
  });

  it('is the digest of an empty database for an empty one, and differs once a row exists', async () => {
    const a = freshDb();
    const b = freshDb();
    expect(await databaseDigest(a)).toBe(await databaseDigest(b));
    await b.settings.put({ key: 'k', value: 1 });
    expect(await databaseDigest(a)).not.toBe(await databaseDigest(b));
  });
});
