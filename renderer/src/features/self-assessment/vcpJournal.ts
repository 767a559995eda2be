import { z } from 'zod';
import { id } from '../../../../shared/package/primitives';
import { answerSchema, type AnswerEntry } from '../../../../shared/package/schema';
import { clearJournal, recoverJournal } from '../../lib/typingJournal';

export type Edits = Readonly<Record<string, AnswerEntry | null>>;

export const vcpJournalKey = (assessmentId: string) => `vcp.answers.${assessmentId}`;

const editsSchema = z.record(id, answerSchema.nullable());

const canonical = (e: AnswerEntry | null | undefined) =>
  e ? JSON.stringify([e.answer, e.comment ?? '', e.evidence ?? []]) : 'none';

/**
 * The journalled answer edits the stored assessment does not have yet. Only those are replayed:
 * writing even an unchanged answer to a submitted version would open a new version.
 */
export function recoverVcpEdits(
  assessmentId: string,
  stored: Readonly<Record<string, AnswerEntry>>,
): Edits | undefined {
  const key = vcpJournalKey(assessmentId);
  const edits = recoverJournal(key, editsSchema);
  if (edits === undefined) return undefined;
  const missing = Object.entries(edits).filter(
    ([itemId, entry]) => canonical(entry) !== canonical(stored[itemId]),
  );
  if (missing.length === 0) {
    clearJournal(key);
    return undefined;
  }
  return Object.fromEntries(missing);
}
