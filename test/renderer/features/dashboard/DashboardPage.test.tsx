import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { putPeriods } from '../../../../renderer/src/db/repositories/periods';
import { DashboardPage } from '../../../../renderer/src/features/dashboard/DashboardPage';

describe('DashboardPage', { timeout: 30_000 }, () => {
  it('shows guidance for an empty organisation, charts and explanations once data exists', async () => {
    localStorage.setItem('gt.language', 'en');
    await db.organisations.clear();
    await db.periods.clear();
    const org = { ...blankOrganisation('Ноос ХХК'), processes: ['knitting' as const] };
    await saveOrganisation(org);
    const { unmount } = render(
      <LanguageProvider>
        <DashboardPage orgId={org.id} />
      </LanguageProvider>,
    );
    const guidance = (await screen.findByText('What to do next')).closest('section')!;
    expect(within(guidance).getByRole('link', { name: 'Enter monthly data' })).toHaveAttribute(
      'href',
      `#/org/${org.id}/metrics`,
    );
    expect(within(guidance).getByRole('link', { name: 'Start the self-assessment' })).toBeVisible();
    unmount();

    await putPeriods(
      org.id,
      [1, 2].map((m) => ({
        period: `2025-0${String(m)}`,
        values: {
          'energy.electricity': { value: 10_000, unit: 'kWh' },
          'production.output_kg': { value: 2000, unit: 'kg' },
          'labour.lowest_wage_mnt': { value: 700_000, unit: 'MNT' },
        },
      })),
      false,
    );
    render(
      <LanguageProvider>
        <DashboardPage orgId={org.id} />
      </LanguageProvider>,
    );
    expect(await screen.findByTestId('chart-energy')).toHaveTextContent('Energy by source, 2025');
    expect(screen.getByTestId('chart-co2')).toBeInTheDocument();
    // What next says which months are missing and where to fill them in.
    const next = screen.getByText('What to do next').closest('section')!;
    expect(next).toHaveTextContent(
      '2025 has figures for 2 of 12 months; missing: Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec. Yearly totals and a baseline need all 12 months.',
    );
    expect(within(next).getByRole('link', { name: 'Fill in the missing months' })).toHaveAttribute(
      'href',
      `#/org/${org.id}/metrics`,
    );
    expect(screen.getByTestId('kpi-energy')).toHaveTextContent('20,000');
    // 20 000 kWh ÷ 4 000 kg
    expect(screen.getByTestId('kpi-intensity')).toHaveTextContent('5');
    await userEvent.setup().click(screen.getByTestId('kpi-intensity'));
    expect(screen.getByText('total energy (kWh) ÷ production output (kg)')).toBeInTheDocument();
    // Jan–Feb 2025: the MNT 660,000 minimum is in force (792,000 only from 1 April 2025).
    expect(screen.getByText('At or above the minimum')).toBeInTheDocument();
  });
});
