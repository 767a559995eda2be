import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { demoPackages } from '../../../../shared/demo';
import { participantFigures } from '../../../../shared/workshop';
import {
  COLLECTED_STORAGE_KEY,
  addCollected,
  clearCollected,
  collectedEntries,
  reloadCollected,
} from '../../../../renderer/src/features/workshop/collectStore';
import { RangeChart } from '../../../../renderer/src/features/workshop/RangeChart';

const figures = participantFigures(demoPackages(ACTIVE_PACK)[0]!, ACTIVE_PACK);

beforeEach(() => {
  clearCollected();
});

describe('collected workbooks', () => {
  it('survive a reload until the workshop is reset; refused files are not kept', () => {
    addCollected({ kind: 'ok', fileName: 'a.xlsx', participant: 1, digest: 'd1', figures });
    addCollected({ kind: 'duplicate', fileName: 'b.xlsx', sameAs: 1 });
    addCollected({ kind: 'refused', fileName: 'c.txt', refusal: { kind: 'notZip' } as never });
    reloadCollected(); // what a reload reads back
    expect(collectedEntries().map((e) => [e.kind, e.fileName])).toEqual([
      ['ok', 'a.xlsx'],
      ['duplicate', 'b.xlsx'],
    ]);
    clearCollected();
    expect(localStorage.getItem(COLLECTED_STORAGE_KEY)).toBeNull();
    reloadCollected();
    expect(collectedEntries()).toEqual([]);
  });

  it('read back nothing from a stored list that does not validate', () => {
    localStorage.setItem(
      COLLECTED_STORAGE_KEY,
      JSON.stringify([{ kind: 'ok', fileName: 'x', participant: -1, digest: 'd', figures }]),
    );
    reloadCollected();
    expect(collectedEntries()).toEqual([]);
    localStorage.setItem(COLLECTED_STORAGE_KEY, '{not json');
    reloadCollected();
    expect(collectedEntries()).toEqual([]);
  });
});

describe('group range chart', () => {
  it('draws a mark where every participant has the same value', () => {
    const same = { n: 3, min: 40, q1: 40, median: 40, q3: 40, max: 40 };
    const { container } = render(
      <RangeChart
        title="VCP"
        unit="%"
        max={100}
        width={600}
        rows={[{ label: 'Energy', summary: same }]}
      />,
    );
    // the transparent offset bar carries the bars to the value; only coloured bars are seen
    const seen = [...container.querySelectorAll('path.recharts-rectangle')].filter(
      (el) => el.getAttribute('fill') !== 'transparent' && Number(el.getAttribute('width')) > 0,
    );
    expect(seen.length).toBeGreaterThan(0);
  });
});
