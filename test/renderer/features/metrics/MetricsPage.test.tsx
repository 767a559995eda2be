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
    await user.keyboard('2 000 000{Tab}');
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

  it('writes nothing while typing; an invalid entry left keeps the stored figure', async () => {
    const org = await setup(['scouring']);
    await setMetricValue(org.id, '2025-05', 'energy.diesel', { value: 1800, unit: 'L' });
    const user = userEvent.setup();
    const may = screen.getByLabelText('Diesel, May');
    await waitFor(() => expect(may).toHaveValue('1,800'));
    await user.click(may);
    // The lone "-" was read as empty and queued a delete (issue 18).
    await user.keyboard('-');
    await user.keyboard('1800{Tab}');
    expect(screen.getByLabelText('Diesel, Jun')).toHaveFocus();
    expect(may).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/1 cell needs fixing/)).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 400));
    expect((await stored(org.id, '2025-05'))['energy.diesel']).toEqual({ value: 1800, unit: 'L' });
    expect(screen.getByTestId('total-energy.diesel')).toHaveTextContent('1,800');

    // Typing a valid figure writes nothing until the cell is left.
    const jun = screen.getByLabelText('Diesel, Jun');
    await user.keyboard('250');
    await new Promise((r) => setTimeout(r, 400));
    expect((await stored(org.id, '2025-06'))['energy.diesel']).toBeUndefined();
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect((await stored(org.id, '2025-06'))['energy.diesel']?.value).toBe(250),
    );
    expect(jun).not.toHaveFocus();
  });

  it('clears a figure only on purpose', async () => {
    const org = await setup(['scouring']);
    await setMetricValue(org.id, '2025-05', 'energy.diesel', { value: 1800, unit: 'L' });
    await setMetricValue(org.id, '2025-06', 'energy.diesel', { value: 900, unit: 'L' });
    const user = userEvent.setup();
    const may = screen.getByLabelText('Diesel, May');
    await waitFor(() => expect(may).toHaveValue('1,800'));
    // Emptied by editing, then left: asked, not cleared.
    await user.click(may);
    await user.keyboard('{End}{Backspace}{Backspace}{Backspace}{Backspace}{Tab}');
    const panel = screen.getByTestId('questions');
    expect(panel).toHaveTextContent('Clear the stored 1,800 L?');
    await new Promise((r) => setTimeout(r, 400));
    expect((await stored(org.id, '2025-05'))['energy.diesel']?.value).toBe(1800);
    await user.click(within(panel).getByRole('button', { name: 'Keep 1,800' }));
    expect(may).toHaveValue('1,800');
    // Delete on a selected cell is the deliberate clear.
    await user.click(screen.getByLabelText('Diesel, Jun'));
    await user.keyboard('{Delete}');
    await waitFor(async () =>
      expect((await stored(org.id, '2025-06'))['energy.diesel']).toBeUndefined(),
    );
  });

  it('holds a figure far outside the range until the user keeps it', async () => {
    const org = await setup(['scouring']);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Detergents, Jan'));
    // Scouring detergents: plausible up to 20 000 kg a month, so above 200 000 is held.
    await user.keyboard('540000000000{Tab}');
    const panel = screen.getByTestId('questions');
    expect(panel).toHaveTextContent(
      '540,000,000,000 kg of detergents in one month, far more than a factory like yours uses. Keep it?',
    );
    expect(screen.getByTestId('total-chemicals.detergents')).toHaveTextContent(/^$/);
    await new Promise((r) => setTimeout(r, 400));
    expect((await stored(org.id, '2025-01'))['chemicals.detergents']).toBeUndefined();
    await user.click(within(panel).getByRole('button', { name: 'Keep it' }));
    await waitFor(async () =>
      expect((await stored(org.id, '2025-01'))['chemicals.detergents']?.value).toBe(540e9),
    );
    expect(screen.getByTestId('total-chemicals.detergents')).toHaveTextContent('540,000,000,000');
  });

  it('marks the source of a row of figures and counts the estimates', async () => {
    const org = await setup(['scouring']);
    await setMetricValue(org.id, '2025-01', 'energy.diesel', { value: 100, unit: 'L' });
    await setMetricValue(org.id, '2025-02', 'energy.diesel', { value: 100, unit: 'L' });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByLabelText('Diesel, Feb')).toHaveValue('100'));
    await user.click(screen.getByLabelText('Diesel, Jan'));
    await user.selectOptions(screen.getByLabelText('Source of this figure:'), 'estimated');
    await waitFor(() =>
      expect(screen.getByTestId('estimated-energy.diesel')).toHaveTextContent('50% est.'),
    );
    await user.click(screen.getByRole('button', { name: 'Use for the whole row' }));
    await waitFor(async () =>
      expect((await stored(org.id, '2025-02'))['energy.diesel']).toEqual({
        value: 100,
        unit: 'L',
        quality: 'estimated',
      }),
    );
    expect(screen.getByTestId('estimated-energy.diesel')).toHaveTextContent('100% est.');
  });

  it('marks the source of a Shift-selected block of figures at once', async () => {
    const org = await setup(['scouring']);
    for (const p of ['2025-01', '2025-02', '2025-03'])
      await setMetricValue(org.id, p, 'energy.diesel', { value: 100, unit: 'L' });
    await setMetricValue(org.id, '2025-02', 'energy.coal', { value: 5, unit: 't' });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByLabelText('Diesel, Mar')).toHaveValue('100'));
    // From Coal Jan to Diesel Feb: the calorific-value and briquette rows between hold no
    // figure, so the block holds three: Coal Feb, Diesel Jan, Diesel Feb.
    await user.click(screen.getByLabelText('Coal, Jan'));
    await user.keyboard('{Shift>}{ArrowRight}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{/Shift}');
    expect(screen.getByLabelText('Diesel, Feb')).toHaveFocus();
    expect(screen.getByTestId('selection-size')).toHaveTextContent('3 figures selected');
    await user.selectOptions(screen.getByLabelText('Source of the 3 selected figures:'), 'invoice');
    await waitFor(
      async () =>
        expect((await stored(org.id, '2025-02'))['energy.diesel']?.quality).toBe('invoice'),
      { timeout: 5000 },
    );
    expect((await stored(org.id, '2025-01'))['energy.diesel']?.quality).toBe('invoice');
    expect((await stored(org.id, '2025-02'))['energy.coal']?.quality).toBe('invoice');
    // Outside the block: March keeps no source.
    expect((await stored(org.id, '2025-03'))['energy.diesel']?.quality).toBeUndefined();
    // A plain click ends the selection.
    await user.click(screen.getByLabelText('Diesel, Mar'));
    expect(screen.queryByTestId('selection-size')).toBeNull();
    expect(screen.getByLabelText('Source of this figure:')).toHaveValue('');
  });

  it('asks what a unit change means for figures already entered', async () => {
    const org = await setup(['scouring']);
    await setMetricValue(org.id, '2025-01', 'energy.district_heat', { value: 40, unit: 'Gcal' });
    await setMetricValue(org.id, '2025-02', 'energy.district_heat', { value: 10, unit: 'Gcal' });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByLabelText('District heat, Jan')).toHaveValue('40'));
    await user.selectOptions(screen.getByLabelText('Unit for District heat'), 'GJ');
    const dialog = screen.getByRole('dialog');
    // 40 Gcal × 4.1868 GJ/Gcal = 167.472 GJ
    await user.click(
      within(dialog).getByRole('button', {
        name: 'Convert the 2 values to GJ (40 Gcal → 167.472 GJ)',
      }),
    );
    await waitFor(async () =>
      expect((await stored(org.id, '2025-01'))['energy.district_heat']).toEqual({
        value: 167.472,
        unit: 'GJ',
      }),
    );
    const audit = (await db.auditEvents.toArray()).filter((e) => e.field === 'unit');
    expect(audit.at(-1)).toMatchObject({ field: 'unit', after: { unit: 'GJ', how: 'convert' } });
    // Back to Gcal, "it was Gcal all along": the numbers stay, the unit changes.
    await user.selectOptions(screen.getByLabelText('Unit for District heat'), 'Gcal');
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'The numbers were in Gcal all along',
      }),
    );
    await waitFor(async () =>
      expect((await stored(org.id, '2025-02'))['energy.district_heat']).toEqual({
        value: 41.868,
        unit: 'Gcal',
      }),
    );
  });
});
