// The IndexedDB copy of the typing journal against localStorage's: the newer write wins by its
// stamp. On a reload localStorage is the newer copy; after a kill IndexedDB is.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  hydrateJournals,
  journalStamp,
  mirrorJournal,
} from '../../../renderer/src/lib/durableJournal';

const PREFIX = 'gt.test.journal.';
const AT = 'gt.test.journalAt.';
const settle = () => new Promise((r) => setTimeout(r, 100));

beforeEach(() => localStorage.clear());

describe('hydrateJournals', () => {
  it('keeps a journal written after the last mirrored "cleared" entry (a paste, then reload)', async () => {
    mirrorJournal('grid', null);
    await settle();
    // The paste reached localStorage; its IndexedDB copy did not finish before the reload.
    localStorage.setItem(`${PREFIX}grid`, '{"water@2026-12":"520"}');
    await hydrateJournals(PREFIX, AT);
    expect(localStorage.getItem(`${PREFIX}grid`)).toBe('{"water@2026-12":"520"}');
  });

  it('never replaces localStorage text with an older IndexedDB text', async () => {
    mirrorJournal('vcp', '"old"');
    await settle();
    localStorage.setItem(`${PREFIX}vcp`, '"new"');
    localStorage.setItem(`${AT}vcp`, String(journalStamp()));
    expect(await hydrateJournals(PREFIX, AT)).toBe(0);
    expect(localStorage.getItem(`${PREFIX}vcp`)).toBe('"new"');
  });

  it('brings back a journal localStorage lost (a kill before it reached the disk)', async () => {
    mirrorJournal('profile', '"typed before the kill"');
    await settle();
    await hydrateJournals(PREFIX, AT);
    expect(localStorage.getItem(`${PREFIX}profile`)).toBe('"typed before the kill"');
  });

  it('replaces an older localStorage text with the newer IndexedDB one (a kill mid-typing)', async () => {
    // localStorage reached the disk with the first 69 characters; IndexedDB has all 100.
    localStorage.setItem(`${PREFIX}address`, '"69 characters"');
    localStorage.setItem(`${AT}address`, String(journalStamp()));
    mirrorJournal('address', '"all 100 characters"', journalStamp());
    await settle();
    await hydrateJournals(PREFIX, AT);
    expect(localStorage.getItem(`${PREFIX}address`)).toBe('"all 100 characters"');
  });

  it('removes an older localStorage text when IndexedDB saw it cleared later', async () => {
    localStorage.setItem(`${PREFIX}green`, '"saved since"');
    localStorage.setItem(`${AT}green`, String(journalStamp()));
    mirrorJournal('green', null, journalStamp());
    await settle();
    await hydrateJournals(PREFIX, AT);
    expect(localStorage.getItem(`${PREFIX}green`)).toBeNull();
  });
});
