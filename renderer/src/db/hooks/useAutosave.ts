import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { clearJournal, writeJournal } from '../../lib/typingJournal';
import { useFlushOnLeave } from '../../lib/useFlushOnLeave';

export type AutosaveStatus = 'saved' | 'saving' | 'error';

export interface AutosaveState {
  /** 'saving' from the first unsaved change until it is written; 'error' keeps the change pending. */
  status: AutosaveStatus;
  error: unknown;
  /** Writes the pending change now (e.g. before navigating); resolves when it is stored. */
  flush: () => Promise<void>;
  hasPendingChanges: boolean;
}

export interface AutosaveOptions {
  delayMs?: number;
  /**
   * Keeps every unsaved value in localStorage under this key (see lib/typingJournal), because an
   * IndexedDB write started while the page unloads may never complete. The form reads it back
   * with recoverJournal() on its next start. May stay undefined until the record is known (an
   * id still loading); should not change to another key once set.
   */
  journalKey?: string;
  /** The first value came from the journal: the database does not have it yet, so save it. */
  recovered?: boolean;
}

/** Stands for "nothing saved yet", so a recovered first value is never taken as saved. */
const NOT_SAVED: unique symbol = Symbol('not saved');

/**
 * Saves `value` with `save` after `delayMs` without changes (typing pauses), and at once when
 * the component unmounts, the window is hidden or the page is closed, so a reload loses at most
 * the last moment of typing (nothing, with a journal). A failed save stays pending and is shown
 * as 'error', never dropped: the next change or flush() retries it. The first value is taken as
 * already saved unless `recovered`. Values are compared by identity: memoise object values.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  options: AutosaveOptions = {},
): AutosaveState {
  const delayMs = options.delayMs ?? 400;
  const { journalKey, recovered = false } = options;
  const [status, setStatus] = useState<AutosaveStatus>(recovered ? 'saving' : 'saved');
  const [error, setError] = useState<unknown>(undefined);
  const latest = useRef(value);
  const saved = useRef<T | typeof NOT_SAVED>(recovered ? NOT_SAVED : value);
  const saveRef = useRef(save);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const mounted = useRef(true);
  const journalRef = useRef(journalKey);
  // Whether this hook wrote the journal that is there now: only that one is ours to clear.
  const journalled = useRef(false);

  useEffect(() => {
    saveRef.current = save;
  });

  // A layout effect runs in the same task as the commit of the keystroke's update, so the journal
  // is written before the browser can begin a reload requested after that keystroke.
  useLayoutEffect(() => {
    latest.current = value;
    journalRef.current = journalKey;
    if (journalKey === undefined) return;
    if (!Object.is(value, saved.current)) {
      writeJournal(journalKey, value);
      journalled.current = true;
    } else if (journalled.current) {
      // Typed back to what is stored: an older journal would otherwise bring the typing back.
      clearJournal(journalKey);
      journalled.current = false;
    }
  }, [value, journalKey]);

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== undefined) {
      clearTimeout(timer.current);
      timer.current = undefined;
    }
    // Saves run one after another, so an older value never overwrites a newer one.
    chain.current = chain.current.then(async () => {
      const target = latest.current;
      if (Object.is(target, saved.current)) return;
      try {
        await saveRef.current(target);
        saved.current = target;
        // A newer value typed during the save is still only in the journal: keep it.
        const caughtUp = Object.is(latest.current, target);
        if (caughtUp && journalRef.current !== undefined && journalled.current) {
          clearJournal(journalRef.current);
          journalled.current = false;
        }
        if (mounted.current && caughtUp) {
          setStatus('saved');
          setError(undefined);
        }
      } catch (e: unknown) {
        if (mounted.current) {
          setStatus('error');
          setError(e);
        }
      }
    });
    return chain.current;
  }, []);

  useEffect(() => {
    if (Object.is(value, saved.current)) return;
    setStatus((s) => (s === 'error' ? s : 'saving'));
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [value, delayMs, flush]);

  // Before the flush below, so that its cleanup runs first: a flush on unmount sets no state.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useFlushOnLeave(flush);

  return { status, error, flush, hasPendingChanges: status !== 'saved' };
}
