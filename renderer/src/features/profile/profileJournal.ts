import { organisationSchema, type Organisation } from '../../../../shared/package/schema';
import { clearJournal, recoverJournal } from '../../lib/typingJournal';

export const profileJournalKey = (orgId: string) => `org.profile.${orgId}`;

/** The unsaved profile journalled for this organisation, if it is valid and really its own. */
export function recoverProfile(orgId: string): Organisation | undefined {
  const key = profileJournalKey(orgId);
  const org = recoverJournal(key, organisationSchema);
  if (org === undefined || org.id === orgId) return org;
  clearJournal(key);
  return undefined;
}
