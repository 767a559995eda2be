// Quick monthly entry keeps what is typed in the typing journal on every change, so a window
// killed, or reloaded by a backup restored in another window, before the save loses at most the
// last keystroke: the form opens on the journalled month and offers the typing back, never
// writing it on its own; put back, it saves over the figure it was based on.
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  journalQuickTyping,
  recoverQuickTyping,
} from '../../../../renderer/src/features/monthly-entry/quickJournal';
import {
  cleanStart,
  MONTH,
  openQuickEntry,
  orgWithStoredFigure,
  renderQuickEntry,
  storedFigure,
} from '../metrics/gridWithStoredFigure';

configure({ asyncUtilTimeout: 10_000 });

const TWELVE = { value: 12, unit: 'kWh', quality: 'metered' } as const;

beforeEach(cleanStart);

describe('quick monthly entry typing journal', { timeout: 30_000 }, () => {
  it('journals a keystroke before its save, with the figure it was based on', async () => {
    const orgId = await orgWithStoredFigure(TWELVE);
    const input = await openQuickEntry(orgId, '12');
    fireEvent.change(input, { target: { value: '13' } });
    // no timer has run: the save is still waiting, the journal already holds the typing
    expect(recoverQuickTyping(orgId)).toMatchObject({
      month: MONTH,
      electricity: '13',
      electricityBase: TWELVE,
    });
    await waitFor(async () => expect((await storedFigure(orgId))?.value).toBe(13));
    // stored: nothing left to offer back
    await waitFor(() => expect(recoverQuickTyping(orgId)).toBeUndefined());
  });

  it('saves at once when the window is being closed, as every other form does', async () => {
    const orgId = await orgWithStoredFigure(TWELVE);
    const input = await openQuickEntry(orgId, '12');
    fireEvent.change(input, { target: { value: '13' } });
    act(() => {
      window.dispatchEvent(new Event('beforeunload'));
    });
    // No timer can have run inside this synchronous code: only the close started the save.
    expect(screen.getByTestId('save-status')).toHaveTextContent('Saving…');
    await waitFor(async () => expect((await storedFigure(orgId))?.value).toBe(13));
  });

  it('offers journalled typing back on its month, writes it only when put back', async () => {
    const orgId = await orgWithStoredFigure(TWELVE);
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
    renderQuickEntry(orgId);
    const notice = await screen.findByTestId('quick-recovered');
    expect(notice).toHaveTextContent('Electricity (kWh): 13');
    const input = screen.getByLabelText('Electricity (kWh)');
    expect(input).toHaveValue('12');
    expect((await storedFigure(orgId))?.value).toBe(12);

    fireEvent.click(within(notice).getByRole('button', { name: 'Put it back' }));
    expect(input).toHaveValue('13');
    await waitFor(async () =>
      expect(await storedFigure(orgId)).toMatchObject({ value: 13, quality: 'invoice' }),
    );
    await waitFor(() => expect(recoverQuickTyping(orgId)).toBeUndefined());
  });

  it('drops journalled typing on Discard, and the stored figure stays', async () => {
    const orgId = await orgWithStoredFigure(TWELVE);
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
    renderQuickEntry(orgId);
    const notice = await screen.findByTestId('quick-recovered');
    fireEvent.click(within(notice).getByRole('button', { name: 'Discard it' }));
    expect(screen.queryByTestId('quick-recovered')).toBeNull();
    expect(recoverQuickTyping(orgId)).toBeUndefined();
    expect((await storedFigure(orgId))?.value).toBe(12);
  });
});
