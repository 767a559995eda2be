// Screens read the database live through this hook and the repositories' read functions, never
// through Dexie itself: the data layer stays the one place that knows the tables (lint enforces it).
import { useLiveQuery } from 'dexie-react-hooks';

/**
 * Re-runs `read` whenever a table it touched changes; undefined while the first read runs.
 * `read` must call repository functions (db/repositories), not tables.
 */
export function useLiveRead<T>(
  read: () => Promise<T> | T,
  deps: readonly unknown[],
): T | undefined {
  return useLiveQuery(read, [...deps]);
}
