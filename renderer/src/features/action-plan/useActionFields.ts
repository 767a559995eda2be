import type { ActionItem } from '../../../../shared/package/schema';
import { useFieldsAutosave, type FieldsAutosave } from '../../db/hooks/useFieldsAutosave';
import { actionFromRow, saveActionFields } from '../../db/repositories/actions';
import type { ActionRow } from '../../db/types';
import { actionJournalKey, recoverAction } from './actionJournal';

/**
 * The one editor of an action's fields, for the MSME's plan and the officer's ESAP alike: only
 * the fields changed here are written, each checked against the value it was based on
 * (saveActionFields), so another window's change of another field is kept and the same field
 * changed there first is shown with this window's text kept aside. Typing is journalled per
 * action; what a crash left is offered back, never written on its own.
 */
export function useActionFields(
  orgId: string,
  stored: ActionItem,
  options: {
    /** False while the action must not be written (empty text, a row being deleted). */
    canSave?: (action: ActionItem) => boolean;
    onReplaced?: (action: ActionItem) => void;
  } = {},
): FieldsAutosave<ActionItem> {
  return useFieldsAutosave<ActionItem>({
    stored,
    write: async (base, patch) =>
      actionFromRow(await saveActionFields(orgId, stored.id, base, patch)),
    fromConflict: (row) => actionFromRow(row as ActionRow),
    journalKey: actionJournalKey(orgId, stored.id),
    recover: () => recoverAction(orgId, stored.id),
    canSave: (a) => a.action.trim() !== '' && (options.canSave?.(a) ?? true),
    ...(options.onReplaced ? { onReplaced: options.onReplaced } : {}),
  });
}
