// The monthly grid open in window A while window B (a second connection to the same database)
// changes the same cells: A's figure never overwrites one it did not see, is kept aside in
// words, and the grid never says "All figures saved" beside a figure that is not stored.
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setMetricValue } from '../../../../renderer/src/db/repositories/periods';
import {
  openGrid,
  orgWithStoredFigure,
  storedFigure,
  withSecondWindow,
} from './gridWithStoredFigure';

configure({ asyncUtilTimeout: 10_000 });

const windowB = withSecondWindow();
const TWELVE = { value: 12, unit: 'kWh' };
const status = () => screen.getByTestId('metrics-save-status');

describe('metrics grid in two windows', { timeout: 30_000 }, () => {
  it('keeps a figure typed over one another window changed, and says so', async () => {
    const orgId = await orgWithStoredFigure(TWELVE);
    const feb = await openGrid(orgId, '12');
    fireEvent.focus(feb);
    fireEvent.change(feb, { target: { value: '13' } });
    // B corrects the same cell while A is still typing
    await setMetricValue(
      orgId,
      '2025-02',
      'energy.electricity',
      { value: 21, unit: 'kWh' },
      windowB(),
    );
    fireEvent.blur(feb);
    const kept = await screen.findByTestId('kept-figures');
    expect(kept).toHaveTextContent('Electricity (grid), Feb 2025');
    expect(kept).toHaveTextContent('Stored now: 21 kWh');
    expect(kept).toHaveTextContent('your figure is kept here');
    expect(kept).toHaveTextContent('Your figure: 13 kWh');
    await waitFor(() => expect(feb).toHaveValue('21'));
    expect((await storedFigure(orgId))?.value).toBe(21);
    expect(status()).not.toHaveTextContent('All figures saved');
    expect(status()).toHaveTextContent('1 figure of yours is not saved');
    fireEvent.click(within(kept).getByRole('button', { name: 'Apply mine again' }));
    await waitFor(async () => expect((await storedFigure(orgId))?.value).toBe(13));
    expect(screen.queryByTestId('kept-figures')).toBeNull();
    await waitFor(() => expect(status()).toHaveTextContent('All figures saved'));
    expect(feb).toHaveValue('13');
  });

  it('shows what another window stored after this one saved, never its own old figure', async () => {
    const orgId = await orgWithStoredFigure(TWELVE);
    const feb = await openGrid(orgId, '12');
    fireEvent.focus(feb);
    fireEvent.change(feb, { target: { value: '13' } });
    fireEvent.blur(feb);
    await waitFor(async () => expect((await storedFigure(orgId))?.value).toBe(13));
    await setMetricValue(
      orgId,
      '2025-02',
      'energy.electricity',
      { value: 21, unit: 'kWh' },
      windowB(),
    );
    await waitFor(() => expect(feb).toHaveValue('21'));
    expect(status()).toHaveTextContent('All figures saved');
  });

  it('writes a second figure typed before the first reached the database, without a conflict', async () => {
    const orgId = await orgWithStoredFigure(TWELVE);
    const feb = await openGrid(orgId, '12');
    fireEvent.focus(feb);
    fireEvent.change(feb, { target: { value: '13' } });
    fireEvent.blur(feb);
    fireEvent.focus(feb);
    fireEvent.change(feb, { target: { value: '14' } });
    fireEvent.blur(feb);
    await waitFor(async () => expect((await storedFigure(orgId))?.value).toBe(14));
    await waitFor(() => expect(status()).toHaveTextContent('All figures saved'));
    expect(screen.queryByTestId('kept-figures')).toBeNull();
  });
});
