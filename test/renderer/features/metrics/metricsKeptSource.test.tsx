// A figure put back into the grid — typing offered back from the journal, or a kept figure
// applied again — keeps the source it was typed with (metered, invoice, estimated), even when
// the cell now holds a figure without one (a restore, another window).
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setMetricValue } from '../../../../renderer/src/db/repositories/periods';
import { metricsDraftsKey } from '../../../../renderer/src/features/metrics/metricsJournal';
import { writeJournal } from '../../../../renderer/src/lib/typingJournal';
import {
  openGrid,
  orgWithStoredFigure,
  storedFigure,
  withSecondWindow,
} from './gridWithStoredFigure';

configure({ asyncUtilTimeout: 10_000 });

const METERED_12 = { value: 12, unit: 'kWh', quality: 'metered' as const };
const windowB = withSecondWindow();

async function applyMine() {
  const kept = await screen.findByTestId('kept-figures');
  expect(kept).toHaveTextContent('Stored now: 21 kWh');
  fireEvent.click(within(kept).getByRole('button', { name: 'Apply mine again' }));
}

describe('a figure put back keeps its source', { timeout: 30_000 }, () => {
  it('typing offered back from the journal, applied over what a restore brought', async () => {
    const orgId = await orgWithStoredFigure(METERED_12);
    // before the reload: 13 typed over the metered 12; the restore brought 21 with no source
    writeJournal(metricsDraftsKey(orgId), [
      { orgId, period: '2025-02', row: 'energy.electricity', text: '13', base: METERED_12 },
    ]);
    await setMetricValue(orgId, '2025-02', 'energy.electricity', { value: 21, unit: 'kWh' });
    const feb = await openGrid(orgId);
    expect(feb).toHaveValue('13');
    fireEvent.click(screen.getByRole('button', { name: 'Save them' }));
    await applyMine();
    await waitFor(async () =>
      expect(await storedFigure(orgId)).toEqual({ value: 13, unit: 'kWh', quality: 'metered' }),
    );
  });

  it('a kept figure applied again over another window’s figure without a source', async () => {
    const orgId = await orgWithStoredFigure(METERED_12);
    const feb = await openGrid(orgId);
    await waitFor(() => expect(feb).toHaveValue('12'));
    fireEvent.focus(feb);
    fireEvent.change(feb, { target: { value: '13' } });
    await setMetricValue(
      orgId,
      '2025-02',
      'energy.electricity',
      { value: 21, unit: 'kWh' },
      windowB(),
    );
    // then March: once this window shows it, its live query holds B's February too, as it does
    // a moment later for a user still typing
    await setMetricValue(
      orgId,
      '2025-03',
      'energy.electricity',
      { value: 5, unit: 'kWh' },
      windowB(),
    );
    await waitFor(() => expect(screen.getByLabelText('Electricity (grid), Mar')).toHaveValue('5'));
    fireEvent.blur(feb);
    await applyMine();
    await waitFor(async () =>
      expect(await storedFigure(orgId)).toEqual({ value: 13, unit: 'kWh', quality: 'metered' }),
    );
  });
});
