import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveStatus = 'saved' | 'saving' | 'error';

export interface AutosaveState {
  /** 'saving' from the first unsaved change until it is written; 'error' keeps the change pending. */
  status: AutosaveStatus;
  error: unknown;
  /** Writes the pending change now (e.g. before navigating); resolves when it is stored. */
  flush: () => Promise<void>;
  hasPendingChanges: boolean;
}

/**
 * Saves `value` with `save` after `delayMs` without changes (typing pauses), and at once when
 * the component unmounts, the window is hidden or the page is closed, so a reload loses at most
 * the last moment of typing. A failed save stays pending and is shown as 'error', never dropped:
 * the next change or flush() retries it. The first value is taken as already saved.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  options: { delayMs?: number } = {},
): AutosaveState {
  const delayMs = options.delayMs ?? 400;
  const [status, setStatus] = useState<AutosaveStatus>('saved');
  const [error, setError] = useState<unknown>(undefined);
  const latest = useRef(value);
  const saved = useRef(value);
  const saveRef = useRef(save);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const mounted = useRef(true);

  useEffect(() => {
    saveRef.current = save;
  });

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
        if (mounted.current && Object.is(latest.current, target)) {
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
    latest.current = value;
    if (Object.is(value, saved.current)) return;
    setStatus((s) => (s === 'error' ? s : 'saving'));
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [value, delayMs, flush]);

  useEffect(() => {
    mounted.current = true;
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onLeave = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      mounted.current = false;
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      void flush();
    };
  }, [flush]);

  return { status, error, flush, hasPendingChanges: status !== 'saved' };
}
