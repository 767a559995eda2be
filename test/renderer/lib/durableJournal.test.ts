// The IndexedDB copy of the typing journal fills only what localStorage lost; it never removes
// or replaces what localStorage holds (on a reload localStorage is the newer copy).
import { beforeEach, describe, expect, it } from 'vitest';
import { hydrateJournals, mirrorJournal } from '../../../renderer/src/lib/durableJournal';

const PREFIX = 'gt.test.journal.';
const settle = () => new Promise((r) => setTimeout(r, 100));

beforeEach(() => localStorage.clear());

describe('hydrateJournals', () => {
  it('keeps a journal written after the last mirrored "cleared" entry (a paste, then reload)', async () => {
    mirrorJournal('grid', null);
    await settle();
    // The paste reached localStorage; its IndexedDB copy did not finish before the reload.
    localStorage.setItem(`${PREFIX}grid`, '{"water@2026-12":"520"}');
    await hydrateJournals(PREFIX);
    expect(localStorage.getItem(`${PREFIX}grid`)).toBe('{"water@2026-12":"520"}');
  });

  it('never replaces localStorage text with an older IndexedDB text', async () => {
    mirrorJournal('vcp', '"old"');
    await settle();
    localStorage.setItem(`${PREFIX}vcp`, '"new"');
    expect(await hydrateJournals(PREFIX)).toBe(0);
    expect(localStorage.getItem(`${PREFIX}vcp`)).toBe('"new"');
  });

  it('brings back a journal localStorage lost (a kill before it reached the disk)', async () => {
    mirrorJournal('profile', '"typed before the kill"');
    await settle();
    await hydrateJournals(PREFIX);
    expect(localStorage.getItem(`${PREFIX}profile`)).toBe('"typed before the kill"');
  });
});
