import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import {
  getProject,
  projectFromRow,
  saveProject,
} from '../../../../renderer/src/db/repositories/projects';
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

  it('offers an unsaved draft back after a remount, writing nothing until put back and saved', async () => {
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

    // Offered, not put in the form: the form shows the fresh first draft.
    const second = render(page());
    expect(await screen.findByTestId('project-recovered')).toHaveTextContent('123456');
    expect(screen.getByLabelText('Investment cost (₮)')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Put it back' }));
    expect(screen.getByLabelText('Investment cost (₮)')).toHaveValue('123456');
    expect(screen.getByTestId('project-save-status')).toHaveTextContent('Changes not saved yet');
    expect(await db.projects.count()).toBe(0);
    second.unmount();

    // Discarded: the next visit starts clean.
    const third = render(page());
    await user.click(await screen.findByRole('button', { name: 'Discard it' }));
    expect(screen.queryByTestId('project-recovered')).toBeNull();
    expect(screen.getByLabelText('Investment cost (₮)')).toHaveValue('');
    third.unmount();
    const fourth = render(page());
    await screen.findByText(/No monthly data yet/);
    expect(screen.queryByTestId('project-recovered')).toBeNull();
    await fill(user, 'Investment cost (₮)', '5000000');
    await fill(user, 'Production (kg) — Baseline (now)', '1000');
    await fill(user, 'Electricity (kWh) — Baseline (now)', '1000');
    await user.click(screen.getByRole('button', { name: 'Copy baseline to projected' }));
    await user.click(screen.getByRole('button', { name: 'Save as the application’s project' }));
    await waitFor(async () => expect(await db.projects.count()).toBe(1));
    fourth.unmount();

    // Saved: nothing left to offer.
    render(page());
    await waitFor(() =>
      expect(screen.getByLabelText('Investment cost (₮)')).toHaveValue('5000000'),
    );
    expect(screen.queryByTestId('project-recovered')).toBeNull();
  });

  it('refuses a save over a project another window saved since, shows it, keeps the form', async () => {
    const user = userEvent.setup();
    const org = {
      ...blankOrganisation('Нэхмэл ХХК', 'Weave LLC'),
      processes: ['weaving' as const],
    };
    await saveOrganisation(org);
    render(
      <LanguageProvider>
        <GreenProjectPage orgId={org.id} />
      </LanguageProvider>,
    );
    await screen.findByText(/No monthly data yet/);
    await fill(user, 'Investment cost (₮)', '5000000');
    await fill(user, 'Production (kg) — Baseline (now)', '1000');
    await fill(user, 'Electricity (kWh) — Baseline (now)', '1000');
    await user.click(screen.getByRole('button', { name: 'Copy baseline to projected' }));
    await user.click(screen.getByRole('button', { name: 'Save as the application’s project' }));
    await waitFor(async () => expect(await db.projects.count()).toBe(1));
    const row = await getProject(org.id);
    // This window edits; another saves the project first (rev 1 → 2).
    await fill(user, 'Investment cost (₮)', '7000000');
    await saveProject(org.id, { ...projectFromRow(row!), investmentMnt: 9_000_000 }, row!.id);
    await user.click(screen.getByRole('button', { name: 'Save as the application’s project' }));
    expect(await screen.findByTestId('project-conflict')).toHaveTextContent('7000000');
    expect(screen.getByLabelText('Investment cost (₮)')).toHaveValue('9000000');
    expect((await getProject(org.id))?.investmentMnt).toBe(9_000_000);
    await user.click(screen.getByRole('button', { name: 'Apply mine again' }));
    await user.click(screen.getByRole('button', { name: 'Save as the application’s project' }));
    await waitFor(async () => expect((await getProject(org.id))?.investmentMnt).toBe(7_000_000));
    expect(await db.projects.count()).toBe(1);
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
    expect(screen.queryByTestId('project-recovered')).toBeNull();
    expect(localStorage.getItem(`gt.journal.green.${org.id}`)).toBeNull();
  });
});
