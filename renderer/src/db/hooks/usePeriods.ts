import { useLiveQuery } from 'dexie-react-hooks';
import { listPeriods } from '../repositories/periods';
import type { PeriodRow } from '../types';

export function usePeriods(orgId: string | undefined): PeriodRow[] | undefined {
  return useLiveQuery(() => (orgId ? listPeriods(orgId) : Promise.resolve([])), [orgId]);
}
