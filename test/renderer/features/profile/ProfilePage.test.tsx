import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { ProfilePage } from '../../../../renderer/src/features/profile/ProfilePage';
import { todayIn } from '../../../../shared/package/calendarDay';

function shift(days: number): string {
  const [y, m, d] = todayIn().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

async function setup() {
  localStorage.setItem('gt.language', 'en');
  await db.organisations.clear();
  const org = {
    ...blankOrganisation('Ноос ХХК', 'Wool LLC'),
    permits: [
      { id: 'p-old', kind: 'water_use' as const, expiresOn: shift(-3) },
      { id: 'p-soon', kind: 'eia' as const, expiresOn: shift(30) },
      { id: 'p-late', kind: 'fire_safety' as const, expiresOn: shift(200) },
      { id: 'p-none', kind: 'state_registration' as const },
    ],
  };
  await saveOrganisation(org);
  render(
    <LanguageProvider>
      <ProfilePage orgId={org.id} />
    </LanguageProvider>,
  );
  await screen.findByLabelText('Name (Mongolian)');
  return org;
}

describe('ProfilePage', () => {
  beforeEach(() => localStorage.clear());

  it('flags expired and soon-expiring permits', async () => {
    await setup();
    const states = screen.getAllByTestId('permit-state');
    expect(states.map((s) => s.dataset.state)).toEqual([
      'expired',
      'expiring',
      'valid',
      'noExpiry',
    ]);
    expect(states[0]).toHaveTextContent('Expired 3 days ago');
    expect(states[0]).toHaveClass('bad');
    expect(states[1]).toHaveTextContent('Expires in 30 days');
    expect(states[1]).toHaveClass('warn');
  });

  it('autosaves processes and numbers, keeps an invalid field on screen unsaved', async () => {
    const org = await setup();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Scouring (washing)'));
    await user.click(screen.getByLabelText('Dehairing'));
    await user.type(screen.getByLabelText('Annual turnover (MNT)'), '1 200 000 000');
    await user.type(screen.getByLabelText('Share owned by women (%)'), '140');
    expect(await screen.findByText('Must be 100 or less')).toBeInTheDocument();
    await waitFor(
      async () => {
        const row = await db.organisations.get(org.id);
        expect(row?.processes).toEqual(['scouring', 'dehairing']);
        expect(row?.annualTurnoverMnt).toBe(1_200_000_000);
      },
      { timeout: 3000 },
    );
    expect((await db.organisations.get(org.id))?.womenOwnershipPct).toBe(0);
    expect(screen.getByTestId('profile-invalid-count')).toHaveTextContent('1 field needs fixing');
    expect(screen.getByLabelText('Share owned by women (%)')).toHaveValue('140');
  });

  it('adds and removes permit rows', async () => {
    const org = await setup();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '+ Add a permit' }));
    const row = screen.getByRole('group', { name: 'Permit 5' });
    await user.selectOptions(within(row).getByLabelText('Type'), 'Chemicals licence');
    await user.type(within(row).getByLabelText('Number'), 'CH-77');
    await user.click(screen.getByRole('button', { name: 'Remove permit 1' }));
    await waitFor(
      async () => {
        const permits = (await db.organisations.get(org.id))?.permits ?? [];
        expect(permits.map((p) => p.kind)).toEqual([
          'eia',
          'fire_safety',
          'state_registration',
          'chemicals_licence',
        ]);
        expect(permits[3]?.number).toBe('CH-77');
      },
      { timeout: 3000 },
    );
  });
});
