// Quick monthly entry keeps what is typed in the typing journal on every change, so a window
// killed, or reloaded by a backup restored in another window, before the save loses at most the
// last keystroke: the form opens on the journalled month and offers the typing back, never
// writing it on its own; put back, it saves over the figure it was based on.
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { setMetricValue } from '../../../../renderer/src/db/repositories/periods';
import { QuickEntryPage } from '../../../../renderer/src/features/monthly-entry/QuickEntryPage';
import {
  journalQuickTyping,
  recoverQuickTyping,
} from '../../../../renderer/src/features/monthly-entry/quickJournal';

configure({ asyncUtilTimeout: 10_000 });

const MONTH = '2025-02';
const TWELVE = { value: 12, unit: 'kWh', quality: 'metered' } as const;

async function storedOrg(): Promise<string> {
  const org = blankOrganisation('Ноос ХХК');
  await saveOrganisation(org);
  await setMetricValue(org.id, MONTH, 'energy.electricity', TWELVE);
  return org.id;
}

const renderPage = (orgId: string) =>
  render(
    <LanguageProvider>
      <QuickEntryPage orgId={orgId} />
    </LanguageProvider>,
  );

const stored = async (orgId: string) =>
  (await db.periods.get([orgId, MONTH]))?.values['energy.electricity'];

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('gt.language', 'en');
  await db.organisations.clear();
  await db.periods.clear();
});

describe('quick monthly entry typing journal', { timeout: 30_000 }, () => {
  it('journals a keystroke before its save, with the figure it was based on', async () => {
    const orgId = await storedOrg();
    renderPage(orgId);
    fireEvent.change(await screen.findByLabelText('Month'), { target: { value: MONTH } });
    const input = await screen.findByLabelText('Electricity (kWh)');
    await waitFor(() => expect(input).toHaveValue('12'));
    fireEvent.change(input, { target: { value: '13' } });
    // no timer has run: the save is still waiting, the journal already holds the typing
    expect(recoverQuickTyping(orgId)).toMatchObject({
      month: MONTH,
      electricity: '13',
      electricityBase: TWELVE,
    });
    await waitFor(async () => expect((await stored(orgId))?.value).toBe(13));
    // stored: nothing left to offer back
    await waitFor(() => expect(recoverQuickTyping(orgId)).toBeUndefined());
  });

  it('offers journalled typing back on its month, writes it only when put back', async () => {
    const orgId = await storedOrg();
    journalQuickTyping({
      orgId,
      month: MONTH,
      electricity: '13',
      coal: '',
      ncv: '',
      electricityQuality: 'invoice',
      coalQuality: null,
      electricityBase: TWELVE,
      coalBase: null,
    });
    renderPage(orgId);
    const notice = await screen.findByTestId('quick-recovered');
    expect(notice).toHaveTextContent('Electricity (kWh): 13');
    const input = screen.getByLabelText('Electricity (kWh)');
    expect(input).toHaveValue('12');
    expect((await stored(orgId))?.value).toBe(12);

    fireEvent.click(within(notice).getByRole('button', { name: 'Put it back' }));
    expect(input).toHaveValue('13');
    await waitFor(async () =>
      expect(await stored(orgId)).toMatchObject({ value: 13, quality: 'invoice' }),
    );
    await waitFor(() => expect(recoverQuickTyping(orgId)).toBeUndefined());
  });

  it('drops journalled typing on Discard, and the stored figure stays', async () => {
    const orgId = await storedOrg();
    journalQuickTyping({
      orgId,
      month: MONTH,
      electricity: '99',
      coal: '',
      ncv: '',
      electricityQuality: null,
      coalQuality: null,
      electricityBase: TWELVE,
      coalBase: null,
    });
    renderPage(orgId);
    const notice = await screen.findByTestId('quick-recovered');
    fireEvent.click(within(notice).getByRole('button', { name: 'Discard it' }));
    expect(screen.queryByTestId('quick-recovered')).toBeNull();
    expect(recoverQuickTyping(orgId)).toBeUndefined();
    expect((await stored(orgId))?.value).toBe(12);
  });
});
