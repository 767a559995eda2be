// The same organisation edited in two windows: two GreenThreadDb connections on one database,
// each saving a different field from what it loaded. Metric values are merged per field inside
// the write transaction; the organisation profile is saved as a whole row (see the report).
import { GreenThreadDb } from '../../../renderer/src/db/db';
import {
  getOrganisation,
  saveOrganisation,
} from '../../../renderer/src/db/repositories/organisations';
import { omit } from '../../../renderer/src/db/omit';
import { setMetricValue } from '../../../renderer/src/db/repositories/periods';
import { sampleOrganisation } from '../db/helpers';

function twoWindows(): [GreenThreadDb, GreenThreadDb] {
  const name = `t-${crypto.randomUUID()}`;
  return [new GreenThreadDb(name), new GreenThreadDb(name)];
}

describe('two windows on one database', () => {
  it('keeps both metric values when each window sets a different metric of one month', async () => {
    const [a, b] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    await Promise.all([
      setMetricValue('o1', '2025-03', 'energy.coal', { value: 12, unit: 't' }, a),
      setMetricValue('o1', '2025-03', 'energy.electricity', { value: 4000, unit: 'kWh' }, b),
    ]);
    const row = await a.periods.get(['o1', '2025-03']);
    expect(row?.values['energy.coal']?.value).toBe(12);
    expect(row?.values['energy.electricity']?.value).toBe(4000);
  });

  it('FINDING: the profile is last-write-wins on the whole row; the other window loses its field', async () => {
    const [a, b] = twoWindows();
    await saveOrganisation(sampleOrganisation('o1'), {}, a);
    // both windows load the profile
    const inA = await getOrganisation('o1', a);
    const inB = await getOrganisation('o1', b);
    if (!inA || !inB) throw new Error('not loaded');
    // window A renames the company; window B, still showing the old form, changes staff numbers
    await saveOrganisation({ ...stripped(inA), nameEn: 'Gobi Cashmere Group' }, {}, a);
    await saveOrganisation({ ...stripped(inB), employees: 140 }, {}, b);
    const now = await getOrganisation('o1', a);
    expect(now?.employees).toBe(140);
    // today the rename is silently lost (no conflict is raised), and because the audit trail
    // merges quick successive updates of one entity, not even the trail keeps it
    expect(now?.nameEn).toBe('Gobi Cashmere LLC');
    const audit = await a.auditEvents.toArray();
    expect(JSON.stringify(audit)).not.toContain('Gobi Cashmere Group');
  });
});

/** The form fields of a stored row (what a profile form holds and saves). */
function stripped(row: NonNullable<Awaited<ReturnType<typeof getOrganisation>>>) {
  return omit(row, ['createdAt', 'updatedAt', 'deletedAt', 'isDemo', 'rev']);
}
