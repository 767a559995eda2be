// Quick monthly entry keeps what is typed in the typing journal on every change, so a window
// killed, or reloaded by a backup restored in another window, before the save loses at most the
// last keystroke: the form opens on the journalled month and offers the typing back, never
// writing it on its own; put back, it saves over the figure it was based on.
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/db';
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

  it('a save started early because the window was hidden is not made again when its delay ends', async () => {
    const orgId = await orgWithStoredFigure(TWELVE);
    const input = await openQuickEntry(orgId, '12');
    const writes = () => db.auditEvents.filter((e) => e.entity === 'metric').count();
    const before = await writes();
    fireEvent.change(input, { target: { value: '13' } });
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    try {
      act(() => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
    } finally {
      Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
    }
    await waitFor(async () => expect((await storedFigure(orgId))?.value).toBe(13));
    // Past the 300 ms the save would have waited: the one write is all there is, and the form
    // does not start saving again (a second save racing the first would be refused as if
    // another window had changed the figure).
    const status = screen.getByTestId('save-status');
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(status.textContent ?? ''));
    watch.observe(status, { childList: true, characterData: true, subtree: true });
    await new Promise((r) => setTimeout(r, 700));
    watch.disconnect();
    expect(seen.filter((text) => text.includes('Saving'))).toEqual([]);
    expect(await writes()).toBe(before + 1);
    expect(screen.queryByText(/Stored now/)).toBeNull();
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
