import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Process } from '../../../../shared/package/enums';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { setMetricValue } from '../../../../renderer/src/db/repositories/periods';
import { MetricsPage } from '../../../../renderer/src/features/metrics/MetricsPage';

async function setup(processes: Process[]) {
  localStorage.setItem('gt.language', 'en');
  await db.organisations.clear();
  await db.periods.clear();
  const org = { ...blankOrganisation('Ноос ХХК'), processes };
  await saveOrganisation(org);
  // A stored month fixes the year the page opens on.
  await setMetricValue(org.id, '2025-01', 'production.output_kg', { value: 4000, unit: 'kg' });
  render(
    <LanguageProvider>
      <MetricsPage orgId={org.id} />
    </LanguageProvider>,
  );
  await screen.findByLabelText('Electricity (grid), Jan', {}, { timeout: 5000 });
  return org;
}

const stored = async (orgId: string, period: string) =>
  (await db.periods.get([orgId, period]))?.values ?? {};

describe('MetricsPage', { timeout: 30_000 }, () => {
  beforeEach(() => localStorage.clear());

  it('shows only the metrics that apply to the processes', async () => {
    await setup(['garment']);
    expect(screen.queryByText('Sludge', { selector: 'th' })).toBeNull();
    expect(screen.queryByText('Detergents', { selector: 'th' })).toBeNull();
    expect(screen.getByText('Electricity (grid)', { selector: 'th' })).toBeInTheDocument();
  });

  it('validates as you type and saves valid cells', async () => {
    const org = await setup(['scouring', 'dehairing']);
    expect(screen.getByText('Sludge', { selector: 'th' })).toBeInTheDocument();
    const user = userEvent.setup();
    const feb = screen.getByLabelText('Electricity (grid), Feb');
    await user.click(feb);
    await user.keyboard('12a');
    expect(feb).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('cell-bar')).toHaveTextContent('Not a number');
    await user.keyboard('{Escape}');
    expect(feb).toHaveValue('');
    await user.keyboard('-4');
    expect(screen.getByTestId('cell-bar')).toHaveTextContent('Must not be negative');
    await user.clear(feb);
    await user.keyboard('12 500,5{Enter}');
    // Enter moves down to the next row, same month.
    expect(screen.getByLabelText('District heat, Feb')).toHaveFocus();
    await waitFor(
      async () =>
        expect((await stored(org.id, '2025-02'))['energy.electricity']).toEqual({
          value: 12500.5,
          unit: 'kWh',
        }),
      { timeout: 5000 },
    );
  });

  it('pastes a block from Excel across months and down rows', async () => {
    const org = await setup(['scouring']);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Electricity (grid), Jan'));
    await user.paste('10 000\t11 000\t12,5\r\n3,5\t4\t\r\n');
    expect(await screen.findByText('Pasted 6 cells.')).toBeInTheDocument();
    await waitFor(
      async () => {
        expect((await stored(org.id, '2025-01'))['energy.electricity']?.value).toBe(10_000);
        expect((await stored(org.id, '2025-03'))['energy.electricity']?.value).toBe(12.5);
        expect((await stored(org.id, '2025-02'))['energy.district_heat']?.value).toBe(4);
      },
      { timeout: 5000 },
    );
    expect(screen.getByTestId('total-energy.electricity')).toHaveTextContent('21,012.5');
  });

  it('flags an outlier and stores the explanation when kept', async () => {
    const org = await setup(['knitting']);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Electricity (grid), Mar'));
    await user.keyboard('2 000 000');
    const panel = (await screen.findByText('1 figure looks unusual')).closest('section')!;
    expect(panel).toHaveTextContent('Above the usual monthly maximum');
    await user.click(within(panel).getByRole('button', { name: 'Keep and explain' }));
    await user.type(within(panel).getByLabelText('Why is this figure right?'), 'Trial of new line');
    await user.click(within(panel).getByRole('button', { name: 'Keep this figure' }));
    await waitFor(
      async () =>
        expect((await stored(org.id, '2025-03'))['energy.electricity']).toEqual({
          value: 2_000_000,
          unit: 'kWh',
          outlierExplanation: 'Trial of new line',
        }),
      { timeout: 5000 },
    );
    expect(screen.getByText('0 figures look unusual').closest('section')).toHaveTextContent(
      '«Trial of new line»',
    );
  });

  it('relabels a row when its unit changes', async () => {
    const org = await setup(['scouring']);
    await setMetricValue(org.id, '2025-01', 'energy.district_heat', { value: 40, unit: 'Gcal' });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByLabelText('District heat, Jan')).toHaveValue('40'));
    await user.selectOptions(screen.getByLabelText('Unit for District heat'), 'GJ');
    await waitFor(
      async () =>
        expect((await stored(org.id, '2025-01'))['energy.district_heat']).toEqual({
          value: 40,
          unit: 'GJ',
        }),
      { timeout: 5000 },
    );
  });
});
