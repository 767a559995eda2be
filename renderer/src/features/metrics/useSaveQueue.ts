import { useCallback, useEffect, useRef, useState } from 'react';
import { clearJournal, writeJournal } from '../../lib/typingJournal';
import { useFlushOnLeave } from '../../lib/useFlushOnLeave';

export interface SaveQueue {
  /**
   * Replaces any waiting job with the same key and runs it after the delay. `record` is the job
   * as data: with a journal it is kept in localStorage until the job has succeeded.
   */
  schedule: (key: string, job: () => Promise<void>, record?: unknown) => void;
  /** Runs every waiting job now; resolves when all are written. */
  flush: () => Promise<void>;
  /** Jobs waiting or running. */
  pending: number;
  /** The last failure; cleared by the next success. The failed cell keeps its text on screen. */
  error: unknown;
}

/**
 * Debounced, keyed saves: typing in a cell rewrites its job instead of queueing one write per
 * key stroke. Jobs run one after another so an older value never lands after a newer one, and
 * everything waiting is written when the page is hidden, closed or left. IndexedDB writes
 * started during unload may never complete, so with a `journalKey` the records of unfinished
 * jobs are also kept in localStorage, synchronously as they are scheduled, for the caller to
 * replay on its next start.
 */
export function useSaveQueue(delayMs = 400, journalKey?: string): SaveQueue {
  const jobs = useRef(new Map<string, () => Promise<void>>());
  // Records of jobs waiting, running or failed; a record leaves only when its own job succeeds.
  const records = useRef(new Map<string, unknown>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const chain = useRef<Promise<void>>(Promise.resolve());
  const mounted = useRef(true);
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<unknown>(null);

  const writeRecords = useCallback(() => {
    if (journalKey === undefined) return;
    if (records.current.size === 0) clearJournal(journalKey);
    else writeJournal(journalKey, [...records.current.values()]);
  }, [journalKey]);

  const run = useCallback(
    (key: string) => {
      const timer = timers.current.get(key);
      if (timer !== undefined) clearTimeout(timer);
      timers.current.delete(key);
      const job = jobs.current.get(key);
      if (!job) return;
      jobs.current.delete(key);
      const record = records.current.get(key);
      chain.current = chain.current.then(async () => {
        try {
          await job();
          // A newer record for the same key (typed meanwhile) stays until its own job is written.
          if (record !== undefined && records.current.get(key) === record) {
            records.current.delete(key);
            writeRecords();
          }
          if (mounted.current) setError(null);
        } catch (e: unknown) {
          if (mounted.current) setError(e);
        } finally {
          if (mounted.current) setPending((n) => n - 1);
        }
      });
    },
    [writeRecords],
  );

  const schedule = useCallback(
    (key: string, job: () => Promise<void>, record?: unknown) => {
      if (!jobs.current.has(key)) setPending((n) => n + 1);
      jobs.current.set(key, job);
      if (record !== undefined) {
        records.current.set(key, record);
        writeRecords();
      }
      const old = timers.current.get(key);
      if (old !== undefined) clearTimeout(old);
      timers.current.set(
        key,
        setTimeout(() => run(key), delayMs),
      );
    },
    [delayMs, run, writeRecords],
  );

  const flush = useCallback(() => {
    for (const key of [...jobs.current.keys()]) run(key);
    return chain.current;
  }, [run]);

  // Before the flush below, so that its cleanup runs first: a flush on unmount sets no state.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useFlushOnLeave(flush);

  return { schedule, flush, pending, error };
}
