// A backup restored in another window while this window's grid has a figure on its way: the
// write gate refuses it, and the grid turns it back into typing (shown, journalled with the
// figure it was typed over) instead of losing it; offered back after the reload, it is written
// only over that figure, never over what the restore brought.
import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setMetricValue } from '../../../../renderer/src/db/repositories/periods';
import { RESTORE_EPOCH_KEY } from '../../../../renderer/src/db/writeGate';
import { metricsDraftsKey } from '../../../../renderer/src/features/metrics/metricsJournal';
import { readJournal, writeJournal } from '../../../../renderer/src/lib/typingJournal';
import {
  openGrid,
  orgWithStoredFigure,
  storedFigure,
  withSecondWindow,
} from './gridWithStoredFigure';

configure({ asyncUtilTimeout: 10_000 });

const windowB = withSecondWindow();
const TWELVE = { value: 12, unit: 'kWh' };

// In file order: the last test closes this connection's writes, as a restore elsewhere does.
describe('metrics grid and a restore in another window', { timeout: 30_000 }, () => {
  it('writes typing offered back after the reload only over the figure it was typed over', async () => {
    const orgId = await orgWithStoredFigure(TWELVE);
    // before the reload: 13 typed over 12; the restore brought 21 into the cell
    writeJournal(metricsDraftsKey(orgId), [
      {
        orgId,
        period: '2025-02',
        row: 'energy.electricity',
        text: '13',
        base: { value: 12, unit: 'kWh' },
      },
    ]);
    await setMetricValue(orgId, '2025-02', 'energy.electricity', { value: 21, unit: 'kWh' });
    const feb = await openGrid(orgId);
    expect(feb).toHaveValue('13');
    fireEvent.click(screen.getByRole('button', { name: 'Save them' }));
    const kept = await screen.findByTestId('kept-figures');
    expect(kept).toHaveTextContent('Stored now: 21 kWh');
    expect(kept).toHaveTextContent('13 kWh');
    expect((await storedFigure(orgId))?.value).toBe(21);
  });

  it('turns a refused write back into typing, journalled with its base, and loses nothing', async () => {
    const orgId = await orgWithStoredFigure(TWELVE);
    const feb = await openGrid(orgId);
    await waitFor(() => expect(feb).toHaveValue('12'));
    fireEvent.focus(feb);
    fireEvent.change(feb, { target: { value: '13' } });
    // window B restores a backup: a new epoch, and the restored data
    await windowB().settings.put({ key: RESTORE_EPOCH_KEY, value: 'restore-1' });
    await setMetricValue(
      orgId,
      '2025-02',
      'energy.electricity',
      { value: 21, unit: 'kWh' },
      windowB(),
    );
    fireEvent.blur(feb);
    await waitFor(() =>
      expect(readJournal(metricsDraftsKey(orgId))).toEqual([
        {
          orgId,
          period: '2025-02',
          row: 'energy.electricity',
          text: '13',
          base: { value: 12, unit: 'kWh' },
        },
      ]),
    );
    expect(feb).toHaveValue('13');
    expect(screen.getByTestId('questions')).toHaveTextContent('not saved');
    expect((await storedFigure(orgId))?.value).toBe(21);
  });
});
