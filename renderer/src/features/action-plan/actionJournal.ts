import { actionItemSchema, type ActionItem } from '../../../../shared/package/schema';
import { clearJournal, recoverJournal } from '../../lib/typingJournal';

export const actionJournalKey = (orgId: string, actionId: string) => `action.${orgId}.${actionId}`;

/** The unsaved edit journalled for this action, if it is valid and really this action's. */
export function recoverAction(orgId: string, actionId: string): ActionItem | undefined {
  const key = actionJournalKey(orgId, actionId);
  const action = recoverJournal(key, actionItemSchema);
  if (action === undefined || action.id === actionId) return action;
  clearJournal(key);
  return undefined;
}
