import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { GreenProjectPage } from '../../../../renderer/src/features/green-project/GreenProjectPage';

// The DOM suite runs beside heavy jobs on two cores: wait generously, assert exactly.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function fill(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  await user.click(input);
  await user.paste(value);
}

describe('GreenProjectPage', { timeout: 60_000 }, () => {
  it('passes GC-EE-1 at exactly 20 % less energy per kg and fails just below', async () => {
    const user = userEvent.setup();
    const org = {
      ...blankOrganisation('Угаалга ХХК', 'Scour LLC'),
      processes: ['scouring' as const],
    };
    await saveOrganisation(org);
    render(
      <LanguageProvider>
        <GreenProjectPage orgId={org.id} />
      </LanguageProvider>,
    );
    // No monthly data: the baseline is typed by hand.
    expect(await screen.findByText(/No monthly data yet/)).toBeVisible();
    expect(screen.getByLabelText('Measure')).toHaveValue('GM-BOILER-UPGRADE');
    expect(screen.getByLabelText('Green taxonomy category')).toHaveValue('MGT-EE');

    await fill(user, 'Production (kg) — Baseline (now)', '100000');
    await fill(user, 'Electricity (kWh) — Baseline (now)', '1000000');
    await user.click(screen.getByRole('button', { name: 'Copy baseline to projected' }));
    // 10 kWh/kg → 8 kWh/kg: (10 − 8) ÷ 10 = 20 %, exactly the threshold.
    await fill(user, 'Electricity (kWh) — Projected (after)', '800000');
    const outcome = () => screen.getByTestId('outcome-GC-EE-1');
    await waitFor(() => expect(outcome()).toHaveTextContent('pass'));
    const row = document.querySelector<HTMLElement>('[data-criterion="GC-EE-1"]');
    expect(within(row as HTMLElement).getByText('20%')).toBeVisible();

    // 8.00001 kWh/kg: 19.9999 % — just short.
    await fill(user, 'Electricity (kWh) — Projected (after)', '800001');
    await waitFor(() => expect(outcome()).toHaveTextContent('fail'));

    // Payback: 1 kWh = 250 ₮ (price hint): 200 000 kWh saved = 50 000 000 ₮/yr; 100 m ₮ → 2 years.
    await fill(user, 'Electricity (kWh) — Projected (after)', '800000');
    await fill(user, 'Investment cost (₮)', '100000000');
    await waitFor(() => expect(screen.getByTestId('green-payback')).toHaveTextContent('2 years'));
    await user.click(screen.getByTestId('green-payback'));
    expect(screen.getByRole('note')).toHaveTextContent('investment ÷ annual savings');

    await user.click(screen.getByRole('button', { name: 'Save as the application’s project' }));
    await waitFor(async () => expect(await db.projects.count()).toBe(1));
    const [saved] = await db.projects.toArray();
    expect(saved?.measure).toBe('GM-BOILER-UPGRADE');
    expect(saved?.projected.electricityKwh).toBe(800_000);
    expect(saved?.investmentMnt).toBe(100_000_000);
  });

  it('keeps an unsaved draft across a remount, offers to discard it, and clears it on save', async () => {
    const user = userEvent.setup();
    const org = {
      ...blankOrganisation('Нэхмэл ХХК', 'Weave LLC'),
      processes: ['weaving' as const],
    };
    await saveOrganisation(org);
    const page = () => (
      <LanguageProvider>
        <GreenProjectPage orgId={org.id} />
      </LanguageProvider>
    );
    const first = render(page());
    await screen.findByText(/No monthly data yet/);
    await fill(user, 'Investment cost (₮)', '123456');
    // A reload: the component goes away before anything is saved.
    first.unmount();
    expect(await db.projects.count()).toBe(0);

    const second = render(page());
    expect(await screen.findByTestId('project-draft-restored')).toBeVisible();
    expect(screen.getByLabelText('Investment cost (₮)')).toHaveValue('123456');
    expect(screen.getByTestId('project-save-status')).toHaveTextContent('Changes not saved yet');

    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.getByLabelText('Investment cost (₮)')).toHaveValue(''));
    expect(screen.queryByTestId('project-draft-restored')).toBeNull();
    second.unmount();

    // Discarded: the next visit starts clean.
    const third = render(page());
    await screen.findByText(/No monthly data yet/);
    expect(screen.queryByTestId('project-draft-restored')).toBeNull();
    await fill(user, 'Investment cost (₮)', '5000000');
    await fill(user, 'Production (kg) — Baseline (now)', '1000');
    await fill(user, 'Electricity (kWh) — Baseline (now)', '1000');
    await user.click(screen.getByRole('button', { name: 'Copy baseline to projected' }));
    await user.click(screen.getByRole('button', { name: 'Save as the application’s project' }));
    await waitFor(async () => expect(await db.projects.count()).toBe(1));
    third.unmount();

    // Saved: nothing left to restore.
    render(page());
    await waitFor(() =>
      expect(screen.getByLabelText('Investment cost (₮)')).toHaveValue('5000000'),
    );
    expect(screen.queryByTestId('project-draft-restored')).toBeNull();
  });

  it('ignores a journalled draft that does not parse', async () => {
    const org = { ...blankOrganisation('Оёдол ХХК', 'Sew LLC'), processes: ['garment' as const] };
    await saveOrganisation(org);
    localStorage.setItem(`gt.journal.green.${org.id}`, JSON.stringify({ title: 42 }));
    render(
      <LanguageProvider>
        <GreenProjectPage orgId={org.id} />
      </LanguageProvider>,
    );
    await screen.findByText(/No monthly data yet/);
    expect(screen.queryByTestId('project-draft-restored')).toBeNull();
    expect(localStorage.getItem(`gt.journal.green.${org.id}`)).toBeNull();
  });
});
