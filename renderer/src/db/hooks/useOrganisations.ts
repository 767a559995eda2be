import { useLiveQuery } from 'dexie-react-hooks';
import { listOrganisations } from '../repositories/organisations';
import type { OrganisationRow } from '../types';

/** undefined while loading. */
export function useOrganisations(): OrganisationRow[] | undefined {
  return useLiveQuery(() => listOrganisations(), []);
}
