import type { Role } from '../../../shared/package/enums';
import { useProfile } from '../db/hooks/useProfile';

export interface ProfileSummary {
  name: string;
  role: Role;
}

/** null = no profile yet (first start); undefined = loading. */
export function useProfileSummary(): ProfileSummary | null | undefined {
  const profile = useProfile();
  if (profile === undefined) return undefined;
  if (profile === null) return null;
  return { name: profile.name, role: profile.role };
}
