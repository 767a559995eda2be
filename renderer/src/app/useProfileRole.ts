import { useLiveQuery } from 'dexie-react-hooks';
import type { Role } from '../../../shared/package/enums';
import { db } from '../db/db';

export interface ProfileSummary {
  name: string;
  role: Role;
}

/** null = no profile yet (first start); undefined = loading. */
export function useProfileSummary(): ProfileSummary | null | undefined {
  return useLiveQuery(async () => {
    const row = await db.settings.get('profile');
    const value = row?.value as Partial<ProfileSummary> | undefined;
    if (!value?.role) return null;
    return { name: value.name ?? '', role: value.role };
  }, []);
}
