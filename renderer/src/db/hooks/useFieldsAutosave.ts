import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { clearJournal } from '../../lib/typingJournal';
import { changedKeys, pickFields, sameField, withFields } from '../../lib/fieldChanges';
import { ConflictError } from '../repositories/conflictError';
import { useAutosave, type AutosaveState } from './useAutosave';

export interface FieldsAutosaveOptions<T extends object> {
  /** The record as stored now (live): followed while the form has nothing unsaved. */
  stored: T;
  /**
   * The version-checked write: only `patch`'s fields, refused with ConflictError unless each
   * still holds its value in `base`. Resolves to the record as stored after the write.
   */
  write: (base: Partial<T>, patch: Partial<T>) => Promise<T>;
  /** The stored record a refused write's ConflictError carries, as the form's value. */
  fromConflict: (current: unknown) => T;
  journalKey: string;
  /** The journal's value left from before a crash or a closed window, if any. */
  recover: () => T | undefined;
  /** False for a value that must not be written yet (an empty required text). */
  canSave?: (value: T) => boolean;
  /** Called whenever the form's value is replaced by a stored or kept one (not by typing). */
  onReplaced?: (value: T) => void;
  delayMs?: number;
}

export interface FieldsAutosave<T extends object> {
  /** What the form shows. */
  value: T;
  /** A user's edit: the next value from the one shown. */
  edit: (next: (value: T) => T) => void;
  autosave: AutosaveState;
  /** Journalled typing the store does not have: offered, never written until put back. */
  recovered: T | null;
  /** The user's values a refused write carried (another window changed them first). */
  conflict: T | null;
  /** Puts the kept values (recovered or refused) back into the form: saved as any edit is. */
  putBack: (kind: 'recovered' | 'conflict') => void;
  discard: (kind: 'recovered' | 'conflict') => void;
}

/**
 * An autosaving editor of one record that writes only the fields the user changed, each carrying
 * the value it was based on (`write` checks them with the repository's checkBasis). Another
 * window's change of another field is kept; the same field changed there first refuses the write:
 * the form shows the stored value and keeps the user's in `conflict`. "Saved" (autosave status)
 * follows the write's commit. Typing left in the journal by a crash is offered in `recovered`,
 * and written only once put back.
 */
export function useFieldsAutosave<T extends object>(
  options: FieldsAutosaveOptions<T>,
): FieldsAutosave<T> {
  const { stored, journalKey, delayMs = 400 } = options;
  const opts = useRef(options);
  useLayoutEffect(() => {
    opts.current = options;
  });
  const [recovered, setRecovered] = useState<T | null>(() => {
    const journal = options.recover();
    if (journal === undefined) return null;
    if (changedKeys(stored, journal).length > 0) return journal;
    clearJournal(journalKey);
    return null;
  });
  const [value, setValue] = useState<T>(stored);
  const [conflict, setConflict] = useState<T | null>(null);
  // What this form last wrote or took from the store: a write's base, and what "no edits" means.
  const lastWritten = useRef<T>(stored);
  const valueRef = useRef(value);
  useLayoutEffect(() => {
    valueRef.current = value;
  }, [value]);

  const replace = useCallback((next: T) => {
    valueRef.current = next;
    setValue(next);
    opts.current.onReplaced?.(next);
  }, []);

  const persist = useCallback(
    async (mine: T) => {
      const { write, fromConflict, canSave } = opts.current;
      const changed = changedKeys(lastWritten.current, mine);
      if (changed.length === 0 || (canSave && !canSave(mine))) return;
      try {
        const now = await write(
          pickFields(lastWritten.current, changed),
          pickFields(mine, changed),
        );
        lastWritten.current = now;
        // Show what is stored now (another window's other fields), keeping what was typed
        // during the write.
        const typed = changedKeys(mine, valueRef.current);
        const shown = withFields(now, valueRef.current, typed);
        if (!sameField(shown, valueRef.current)) replace(shown);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        const now = fromConflict(error.current);
        lastWritten.current = now;
        setConflict((c) => withFields(c ?? now, mine, changed));
        replace(now);
      }
    },
    [replace],
  );
  const autosave = useAutosave(value, persist, { delayMs, journalKey });

  // Another window's save while this form has nothing unsaved: shown, so "Saved" is never
  // beside a value that is no longer the stored one.
  const storedJson = JSON.stringify(stored);
  useEffect(() => {
    const now = JSON.parse(storedJson) as T;
    if (autosave.hasPendingChanges) return;
    if (!sameField(valueRef.current, lastWritten.current)) return;
    if (sameField(now, lastWritten.current)) return;
    lastWritten.current = now;
    replace(now);
  }, [storedJson, autosave.hasPendingChanges, replace]);

  const edit = useCallback((next: (value: T) => T) => {
    setValue(next);
  }, []);

  const putBack = useCallback(
    (kind: 'recovered' | 'conflict') => {
      const kept = kind === 'recovered' ? recovered : conflict;
      if (kind === 'recovered') setRecovered(null);
      else setConflict(null);
      if (!kept) return;
      const current = valueRef.current;
      replace(withFields(current, kept, changedKeys(current, kept)));
    },
    [recovered, conflict, replace],
  );
  const discard = useCallback(
    (kind: 'recovered' | 'conflict') => {
      if (kind === 'recovered') {
        clearJournal(journalKey);
        setRecovered(null);
      } else setConflict(null);
    },
    [journalKey],
  );

  return { value, edit, autosave, recovered, conflict, putBack, discard };
}
