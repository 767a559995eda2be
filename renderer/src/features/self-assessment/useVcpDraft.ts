import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AnswerEntry } from '../../../../shared/package/schema';
import { useAutosave, type AutosaveState } from '../../db/hooks/useAutosave';
import { setAnswer } from '../../db/repositories/assessments';
import { recoverVcpEdits, vcpJournalKey, type Edits } from './vcpJournal';

export type { Edits } from './vcpJournal';

export interface VcpDraft {
  /** Stored answers with the user's unsaved edits on top: what the screen and score show. */
  answers: Record<string, AnswerEntry>;
  edit: (itemId: string, entry: AnswerEntry | null) => void;
  autosave: AutosaveState;
}

/**
 * Answers typed on the page are kept as an overlay over the stored assessment and written by
 * autosave. Only entries that changed since they were last written are sent, because writing an
 * answer to a submitted version opens the next version: re-sending an unchanged answer must not.
 * The overlay is journalled per assessment, so edits a reload cut off are replayed on return.
 */
export function useVcpDraft(
  assessmentId: string | undefined,
  stored: Readonly<Record<string, AnswerEntry>> | undefined,
): VcpDraft {
  const [edits, setEdits] = useState<Edits>({});
  const written = useRef(new Map<string, AnswerEntry | null>());

  const save = useCallback(
    async (value: Edits) => {
      if (!assessmentId) return;
      for (const [itemId, entry] of Object.entries(value)) {
        if (written.current.has(itemId) && written.current.get(itemId) === entry) continue;
        await setAnswer(assessmentId, itemId, entry);
        written.current.set(itemId, entry);
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
    const recovered = recoverVcpEdits(assessmentId, stored);
    // Edits made since (none, normally) win over older journalled ones.
    if (recovered) setEdits((prev) => ({ ...recovered, ...prev }));
  }, [assessmentId, stored]);

  const edit = useCallback((itemId: string, entry: AnswerEntry | null) => {
    setEdits((prev) => ({ ...prev, [itemId]: entry }));
  }, []);

  const answers = useMemo(() => {
    const merged = new Map(Object.entries(stored ?? {}));
    for (const [itemId, entry] of Object.entries(edits)) {
      if (entry === null) merged.delete(itemId);
      else merged.set(itemId, entry);
    }
    return Object.fromEntries(merged);
  }, [stored, edits]);

  return { answers, edit, autosave };
}
