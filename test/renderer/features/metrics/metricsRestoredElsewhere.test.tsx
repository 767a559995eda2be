// A backup restored in another window while this window's grid has a figure on its way: the
// write gate refuses it, and the grid turns it back into typing (shown, journalled with the
// figure it was typed over) instead of losing it; offered back after the reload, it is written
// only over that figure, never over what the restore brought.
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db, GreenThreadDb } from '../../../../renderer/src/db/db';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { setMetricValue } from '../../../../renderer/src/db/repositories/periods';
import { RESTORE_EPOCH_KEY } from '../../../../renderer/src/db/writeGate';
import { MetricsPage } from '../../../../renderer/src/features/metrics/MetricsPage';
import { metricsDraftsKey } from '../../../../renderer/src/features/metrics/metricsJournal';
import { readJournal, writeJournal } from '../../../../renderer/src/lib/typingJournal';

configure({ asyncUtilTimeout: 10_000 });

let windowB: GreenThreadDb;

async function storedOrg(): Promise<string> {
  const org = { ...blankOrganisation('Ноос ХХК'), processes: ['scouring' as const] };
  await saveOrganisation(org);
  await setMetricValue(org.id, '2025-01', 'production.output_kg', { value: 4000, unit: 'kg' });
  await setMetricValue(org.id, '2025-02', 'energy.electricity', { value: 12, unit: 'kWh' });
  return org.id;
}

function open(orgId: string) {
  render(
    <LanguageProvider>
      <MetricsPage orgId={orgId} />
    </LanguageProvider>,
  );
  return screen.findByLabelText('Electricity (grid), Feb');
}

const storedFeb = async (orgId: string) =>
  (await db.periods.get([orgId, '2025-02']))?.values['energy.electricity']?.value;

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('gt.language', 'en');
  await db.organisations.clear();
  await db.periods.clear();
  windowB = new GreenThreadDb(db.name);
});
afterEach(() => windowB.close());

// In file order: the last test closes this connection's writes, as a restore elsewhere does.
describe('metrics grid and a restore in another window', { timeout: 30_000 }, () => {
  it('writes typing offered back after the reload only over the figure it was typed over', async () => {
    const orgId = await storedOrg();
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
    const feb = await open(orgId);
    expect(feb).toHaveValue('13');
    fireEvent.click(screen.getByRole('button', { name: 'Save them' }));
    const kept = await screen.findByTestId('kept-figures');
    expect(kept).toHaveTextContent('Stored now: 21 kWh');
    expect(kept).toHaveTextContent('13 kWh');
    expect(await storedFeb(orgId)).toBe(21);
  });

  it('turns a refused write back into typing, journalled with its base, and loses nothing', async () => {
    const orgId = await storedOrg();
    const feb = await open(orgId);
    await waitFor(() => expect(feb).toHaveValue('12'));
    fireEvent.focus(feb);
    fireEvent.change(feb, { target: { value: '13' } });
    // window B restores a backup: a new epoch, and the restored data
    await windowB.settings.put({ key: RESTORE_EPOCH_KEY, value: 'restore-1' });
    await setMetricValue(
      orgId,
      '2025-02',
      'energy.electricity',
      { value: 21, unit: 'kWh' },
      windowB,
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
    expect(await storedFeb(orgId)).toBe(21);
  });
});
