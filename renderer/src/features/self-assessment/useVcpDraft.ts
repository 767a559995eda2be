import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AnswerEntry } from '../../../../shared/package/schema';
import { useAutosave, type AutosaveState } from '../../db/hooks/useAutosave';
import { setAnswerMerged } from '../../db/repositories/assessments';
import { ConflictError } from '../../db/repositories/conflictError';
import { clearJournal } from '../../lib/typingJournal';
import { recoverVcpEdits, vcpJournalKey, type Edits } from './vcpJournal';

export type { Edits } from './vcpJournal';

/** An edit another window's write overtook: the stored entry is shown, the user's is kept here. */
export interface VcpConflict {
  mine: AnswerEntry | null;
}

export interface VcpDraft {
  /** Stored answers with the user's unsaved edits on top: what the screen and score show. */
  answers: Record<string, AnswerEntry>;
  edit: (itemId: string, entry: AnswerEntry | null) => void;
  autosave: AutosaveState;
  /** Items whose edit was refused because another window changed the same field first. */
  conflicts: Readonly<Record<string, VcpConflict>>;
  /** Applies the kept text over what is stored now (a fresh edit), or drops it. */
  resolve: (itemId: string, how: 'apply' | 'discard') => void;
  /** Journalled edits from before a crash the store does not have: offered, never written unasked. */
  recovered: Edits | null;
  /** Puts the recovered edits back (then they save as any edit), or drops them and the journal. */
  resolveRecovered: (how: 'apply' | 'discard') => void;
}

/**
 * Answers typed on the page are kept as an overlay over the stored assessment and written by
 * autosave. Only entries that changed since they were last written are sent, because writing an
 * answer to a submitted version opens the next version: re-sending an unchanged answer must not.
 * Each write carries the entry the user started from (`bases`), so the repository merges answer,
 * comment and evidence with what another window stored meanwhile, and refuses the same field
 * changed differently in both (then the stored entry is shown and the user's kept in `conflicts`).
 * The overlay is journalled per assessment; edits a crash cut off are offered back on return
 * (`recovered`), and written only once the user puts them back.
 */
export function useVcpDraft(
  assessmentId: string | undefined,
  stored: Readonly<Record<string, AnswerEntry>> | undefined,
): VcpDraft {
  const [edits, setEdits] = useState<Edits>({});
  const [conflicts, setConflicts] = useState<Record<string, VcpConflict>>({});
  const [recovered, setRecovered] = useState<Edits | null>(null);
  const written = useRef(new Map<string, AnswerEntry | null>());
  const bases = useRef(new Map<string, AnswerEntry | null>());
  // What each item's last write stored (merged with other windows): the overlay gives way to the
  // stored entry once the live query shows it, so a later change elsewhere is seen, not hidden.
  const storedAs = useRef(new Map<string, { entry: AnswerEntry | null; json: string }>());
  const storedRef = useRef(stored);
  useLayoutEffect(() => {
    storedRef.current = stored;
  }, [stored]);

  const save = useCallback(
    async (value: Edits) => {
      if (!assessmentId) return;
      for (const [itemId, entry] of Object.entries(value)) {
        if (written.current.has(itemId) && written.current.get(itemId) === entry) continue;
        const base = bases.current.has(itemId) ? (bases.current.get(itemId) ?? null) : null;
        try {
          const saved = await setAnswerMerged(assessmentId, itemId, base, entry);
          written.current.set(itemId, entry);
          const now = saved.answers[itemId] ?? null;
          storedAs.current.set(itemId, { entry, json: JSON.stringify(now) });
          // The next edit of this item starts from what the screen shows then.
          bases.current.delete(itemId);
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          written.current.delete(itemId);
          bases.current.delete(itemId);
          setConflicts((c) => ({ ...c, [itemId]: { mine: entry } }));
          // The overlay gives way: the screen shows the other window's stored entry.
          setEdits((prev) => (prev[itemId] !== entry ? prev : without(prev, [itemId])));
        }
      }
    },
    [assessmentId],
  );
  // The assessment loads (or is created) after the first render: no key, so no journal, until then.
  const journalKey = assessmentId === undefined ? undefined : vcpJournalKey(assessmentId);
  const autosave = useAutosave(edits, save, { delayMs: 350, journalKey });

  // Once per assessment, as soon as it is known; a layout effect so the stored answers never
  // flash on screen in place of the recovered ones.
  const recoveredFor = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (assessmentId === undefined || stored === undefined) return;
    if (recoveredFor.current === assessmentId) return;
    recoveredFor.current = assessmentId;
    setRecovered(recoverVcpEdits(assessmentId, stored) ?? null);
  }, [assessmentId, stored]);

  useEffect(() => {
    const caughtUp = Object.keys(edits).filter((itemId) => {
      const last = storedAs.current.get(itemId);
      return (
        last !== undefined &&
        last.entry === edits[itemId] &&
        JSON.stringify(stored?.[itemId] ?? null) === last.json
      );
    });
    if (caughtUp.length === 0) return;
    setEdits((prev) =>
      without(
        prev,
        caughtUp.filter((itemId) => prev[itemId] === storedAs.current.get(itemId)?.entry),
      ),
    );
  }, [stored, edits]);

  const edit = useCallback((itemId: string, entry: AnswerEntry | null) => {
    // The first edit since the last write remembers what the screen showed: the merge base.
    if (!bases.current.has(itemId)) {
      const shown = storedRef.current?.[itemId];
      bases.current.set(itemId, shown ?? null);
    }
    setEdits((prev) => ({ ...prev, [itemId]: entry }));
  }, []);

  const resolve = useCallback(
    (itemId: string, how: 'apply' | 'discard') => {
      const conflict = conflicts[itemId];
      setConflicts((c) => without(c, [itemId]));
      if (how === 'apply' && conflict) {
        bases.current.delete(itemId);
        edit(itemId, conflict.mine);
      }
    },
    [conflicts, edit],
  );

  const resolveRecovered = useCallback(
    (how: 'apply' | 'discard') => {
      const kept = recovered;
      setRecovered(null);
      if (!kept) return;
      // Edits made since the offer win over the older journalled ones.
      if (how === 'apply') {
        for (const [itemId, entry] of Object.entries(kept)) {
          if (!(itemId in edits)) edit(itemId, entry);
        }
      } else if (journalKey !== undefined && Object.keys(edits).length === 0) {
        clearJournal(journalKey);
      }
    },
    [recovered, edits, edit, journalKey],
  );

  const answers = useMemo(() => {
    const merged = new Map(Object.entries(stored ?? {}));
    for (const [itemId, entry] of Object.entries(edits)) {
      if (entry === null) merged.delete(itemId);
      else merged.set(itemId, entry);
    }
    return Object.fromEntries(merged);
  }, [stored, edits]);

  return { answers, edit, autosave, conflicts, resolve, recovered, resolveRecovered };
}

function without<V>(
  record: Readonly<Record<string, V>>,
  keys: readonly string[],
): Record<string, V> {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(record).filter(([k]) => !drop.has(k)));
}
