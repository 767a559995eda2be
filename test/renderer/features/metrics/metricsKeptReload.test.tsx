// Figures kept aside because another window changed their cell first ("Your figure: 13 kWh")
// are journalled with the typing: a reload offers them back, and nothing is written until the
// user applies one.
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setMetricValue } from '../../../../renderer/src/db/repositories/periods';
import { metricsKeptKey } from '../../../../renderer/src/features/metrics/metricsJournal';
import { readJournal } from '../../../../renderer/src/lib/typingJournal';
import {
  openGrid,
  orgWithStoredFigure,
  storedFigure,
  withSecondWindow,
} from './gridWithStoredFigure';

configure({ asyncUtilTimeout: 10_000 });

const windowB = withSecondWindow();
const TWELVE = { value: 12, unit: 'kWh' };

describe('kept figures across a reload', { timeout: 40_000 }, () => {
  it('offers a kept figure back after the page is reloaded, writing nothing on its own', async () => {
    const orgId = await orgWithStoredFigure(TWELVE);
    const feb = await openGrid(orgId, '12');
    fireEvent.focus(feb);
    fireEvent.change(feb, { target: { value: '13' } });
    await setMetricValue(
      orgId,
      '2025-02',
      'energy.electricity',
      { value: 21, unit: 'kWh' },
      windowB(),
    );
    fireEvent.blur(feb);
    await screen.findByTestId('kept-figures');
    expect(readJournal(metricsKeptKey(orgId))).toEqual([
      {
        orgId,
        metricId: 'energy.electricity',
        period: '2025-02',
        mine: { value: 13, unit: 'kWh' },
        stored: { value: 21, unit: 'kWh' },
      },
    ]);

    // the reload: the page goes, its memory with it; the journal stays
    cleanup();
    await openGrid(orgId, '21');
    const kept = await screen.findByTestId('kept-figures');
    expect(kept).toHaveTextContent('Stored now: 21 kWh');
    expect(kept).toHaveTextContent('Your figure: 13 kWh');
    expect((await storedFigure(orgId))?.value).toBe(21);

    fireEvent.click(within(kept).getByRole('button', { name: 'Apply mine again' }));
    await waitFor(async () => expect((await storedFigure(orgId))?.value).toBe(13));
    expect(screen.queryByTestId('kept-figures')).toBeNull();
    expect(readJournal(metricsKeptKey(orgId))).toBeUndefined();
  });

  it('"Discard mine" after a reload drops the kept figure from the journal, writing nothing', async () => {
    const orgId = await orgWithStoredFigure(TWELVE);
    await setMetricValue(orgId, '2025-02', 'energy.electricity', { value: 21, unit: 'kWh' });
    localStorage.setItem(
      `gt.journal.${metricsKeptKey(orgId)}`,
      JSON.stringify([
        {
          orgId,
          metricId: 'energy.electricity',
          period: '2025-02',
          mine: { value: 13, unit: 'kWh' },
          stored: { value: 21, unit: 'kWh' },
        },
      ]),
    );
    await openGrid(orgId, '21');
    const kept = await screen.findByTestId('kept-figures');
    fireEvent.click(within(kept).getByRole('button', { name: 'Discard mine' }));
    await waitFor(() => expect(screen.queryByTestId('kept-figures')).toBeNull());
    expect(readJournal(metricsKeptKey(orgId))).toBeUndefined();
    expect((await storedFigure(orgId))?.value).toBe(21);
  });
});
