// Quick monthly entry open in window A while window B (a second connection to the same database)
// changes the same month: A's figure never overwrites one it did not see, is kept in words with
// "Apply mine again", and the page never says "Saved" beside a figure that is not stored.
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setMetricValue } from '../../../../renderer/src/db/repositories/periods';
import {
  MONTH,
  openQuickEntry,
  orgWithStoredFigure,
  storedFigure,
  withSecondWindow,
} from '../metrics/gridWithStoredFigure';

configure({ asyncUtilTimeout: 10_000 });

const METERED_12 = { value: 12, unit: 'kWh', quality: 'metered' } as const;
const windowB = withSecondWindow();
const status = () => screen.getByTestId('save-status');

describe('quick monthly entry in two windows', { timeout: 30_000 }, () => {
  it('keeps a figure typed over one another window changed, never saying Saved', async () => {
    const orgId = await orgWithStoredFigure(METERED_12);
    const input = await openQuickEntry(orgId, '12');
    // B corrects the figure while A's typing waits for its save
    await setMetricValue(
      orgId,
      MONTH,
      'energy.electricity',
      { value: 21, unit: 'kWh', quality: 'invoice' },
      windowB(),
    );
    fireEvent.change(input, { target: { value: '13' } });
    const kept = await screen.findByTestId('quick-kept-energy.electricity');
    expect(kept).toHaveTextContent('Stored now: 21 kWh');
    expect(kept).toHaveTextContent('your figure is kept here');
    expect(kept).toHaveTextContent('Your figure: 13 kWh');
    expect(input).toHaveValue('13');
    expect((await storedFigure(orgId))?.value).toBe(21);
    expect(status()).not.toHaveTextContent('Saved');

    fireEvent.click(within(kept).getByRole('button', { name: 'Apply mine again' }));
    await waitFor(async () => expect((await storedFigure(orgId))?.value).toBe(13));
    await waitFor(() => expect(status()).toHaveTextContent('Saved'));
    expect(screen.queryByTestId('quick-kept-energy.electricity')).toBeNull();
  });

  it('"Discard mine" shows the other window’s figure and writes nothing over it', async () => {
    const orgId = await orgWithStoredFigure(METERED_12);
    const input = await openQuickEntry(orgId, '12');
    await setMetricValue(orgId, MONTH, 'energy.electricity', { value: 21, unit: 'kWh' }, windowB());
    fireEvent.change(input, { target: { value: '13' } });
    const kept = await screen.findByTestId('quick-kept-energy.electricity');
    fireEvent.click(within(kept).getByRole('button', { name: 'Discard mine' }));
    await waitFor(() => expect(input).toHaveValue('21'));
    await waitFor(() => expect(status()).toHaveTextContent('Saved'));
    expect(await storedFigure(orgId)).toEqual({ value: 21, unit: 'kWh' });
  });

  it('a figure nobody else touched saves as before, keeping its source', async () => {
    const orgId = await orgWithStoredFigure(METERED_12);
    const input = await openQuickEntry(orgId, '12');
    fireEvent.change(input, { target: { value: '14' } });
    await waitFor(() => expect(status()).toHaveTextContent('Saved'));
    expect(await storedFigure(orgId)).toEqual({ value: 14, unit: 'kWh', quality: 'metered' });
    // a second edit is based on this form's own write, not refused as another window's
    fireEvent.change(input, { target: { value: '15' } });
    await waitFor(async () => expect((await storedFigure(orgId))?.value).toBe(15));
    expect(screen.queryByTestId('quick-kept-energy.electricity')).toBeNull();
  });
});
