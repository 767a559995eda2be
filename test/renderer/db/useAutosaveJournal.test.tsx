import { act, renderHook } from '@testing-library/react';
import { z } from 'zod';
import { useAutosave, type AutosaveOptions } from '../../../renderer/src/db/hooks/useAutosave';
import { readJournal, recoverJournal, writeJournal } from '../../../renderer/src/lib/typingJournal';

const KEY = 'test.form';
interface Props {
  value: string;
  journalKey?: string;
}
const stored = () => localStorage.getItem(`gt.journal.${KEY}`);

function setup(
  save: (v: string) => Promise<void>,
  options: AutosaveOptions = { journalKey: KEY },
  first = 'loaded',
) {
  return renderHook(
    ({ value, journalKey }: Props) =>
      useAutosave(value, save, { ...options, journalKey, delayMs: 400 }),
    { initialProps: { value: first, journalKey: options.journalKey } },
  );
}

describe('useAutosave with a journal', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('journals a change in the same commit, before any save or timer runs', () => {
    const save = vi.fn(() => Promise.resolve());
    const { rerender } = setup(save);
    expect(stored()).toBeNull();
    rerender({ value: 'typed', journalKey: KEY });
    expect(readJournal(KEY)).toBe('typed');
    expect(save).not.toHaveBeenCalled();
  });

  it('clears the journal once the database has the latest value', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { rerender, result } = setup(save);
    rerender({ value: 'typed', journalKey: KEY });
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(save).toHaveBeenCalledWith('typed');
    expect(result.current.status).toBe('saved');
    expect(stored()).toBeNull();
  });

  it('keeps the journal while a save fails, and clears it after the retry succeeds', async () => {
    let fail = true;
    const save = vi.fn(() => (fail ? Promise.reject(new Error('quota')) : Promise.resolve()));
    const { rerender, result } = setup(save);
    rerender({ value: 'important', journalKey: KEY });
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(result.current.status).toBe('error');
    expect(readJournal(KEY)).toBe('important');
    fail = false;
    await act(() => result.current.flush());
    expect(stored()).toBeNull();
  });

  it('keeps a newer value typed while an older one was being saved', async () => {
    let release: () => void = () => undefined;
    const save = vi.fn(
      (v: string) =>
        new Promise<void>((resolve) => {
          if (v === 'first') release = resolve;
          else resolve();
        }),
    );
    const { rerender } = setup(save);
    rerender({ value: 'first', journalKey: KEY });
    await act(() => vi.advanceTimersByTimeAsync(400));
    rerender({ value: 'second', journalKey: KEY });
    await act(async () => {
      release();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(readJournal(KEY)).toBe('second');
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(save.mock.calls.map((c) => c[0])).toEqual(['first', 'second']);
    expect(stored()).toBeNull();
  });

  it('clears its journal when the text is typed back to what is stored', () => {
    const save = vi.fn(() => Promise.resolve());
    const { rerender } = setup(save);
    rerender({ value: 'loadedX', journalKey: KEY });
    expect(readJournal(KEY)).toBe('loadedX');
    rerender({ value: 'loaded', journalKey: KEY });
    expect(stored()).toBeNull();
  });

  it('leaves a journal it did not write alone until it has saved', () => {
    writeJournal(KEY, 'from last time');
    const save = vi.fn(() => Promise.resolve());
    setup(save);
    expect(readJournal(KEY)).toBe('from last time');
  });

  it('saves a recovered first value and then clears its journal', async () => {
    writeJournal(KEY, 'recovered');
    const save = vi.fn(() => Promise.resolve());
    const { result } = setup(save, { journalKey: KEY, recovered: true }, 'recovered');
    expect(result.current.status).toBe('saving');
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(save.mock.calls).toEqual([['recovered']]);
    expect(result.current.status).toBe('saved');
    expect(stored()).toBeNull();
  });

  it('starts journalling when a key that was loading arrives', () => {
    const save = vi.fn(() => Promise.resolve());
    const { rerender } = setup(save, {});
    rerender({ value: 'early', journalKey: undefined });
    expect(localStorage.length).toBe(0);
    rerender({ value: 'later', journalKey: KEY });
    expect(readJournal(KEY)).toBe('later');
  });

  it('writes nothing to localStorage without a journal key', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { rerender } = setup(save, {});
    rerender({ value: 'typed', journalKey: undefined });
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(save).toHaveBeenCalledWith('typed');
    expect(localStorage.length).toBe(0);
  });
});

describe('recoverJournal', () => {
  const schema = z.strictObject({ name: z.string().max(5) });
  beforeEach(() => localStorage.clear());

  it('returns a journal that passes the schema', () => {
    writeJournal(KEY, { name: 'Saraa' });
    expect(recoverJournal(KEY, schema)).toEqual({ name: 'Saraa' });
  });

  it('discards a journal that fails the schema', () => {
    writeJournal(KEY, { name: 'far too long', admin: true });
    expect(recoverJournal(KEY, schema)).toBeUndefined();
    expect(stored()).toBeNull();
  });

  it('discards text that is not JSON', () => {
    localStorage.setItem(`gt.journal.${KEY}`, '{"name": "Sa');
    expect(recoverJournal(KEY, schema)).toBeUndefined();
    expect(stored()).toBeNull();
  });

  it('returns nothing when there is no journal', () => {
    expect(recoverJournal(KEY, schema)).toBeUndefined();
  });
});
