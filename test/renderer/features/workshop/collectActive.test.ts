// The workshop's collect step reads participants' workbooks: one carrying active content (a link
// to another file, macros…) is flagged with what it holds, and the flag survives a reload.
import { collectOne } from '../../../../renderer/src/features/workshop/collectFiles';
import {
  clearCollected,
  collectedEntries,
  reloadCollected,
} from '../../../../renderer/src/features/workshop/collectStore';
import { activeWorkbooks } from '../../../corpus/activeCases';

describe('workshop collect', { timeout: 120_000 }, () => {
  it('flags each kind of active content and keeps the flag across a reload', async () => {
    for (const c of await activeWorkbooks()) {
      clearCollected();
      const entry = await collectOne({ name: `${c.id}.xlsx`, bytes: c.bytes });
      expect([c.id, entry.kind]).toEqual([c.id, 'changed']);
      if (entry.kind !== 'changed') continue;
      expect([c.id, entry.foreign]).toEqual([c.id, expect.arrayContaining([c.kind])]);
      reloadCollected();
      expect(collectedEntries()).toEqual([entry]);
    }
  });
});
