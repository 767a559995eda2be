/**
 * Screening results (a record keyed by check id) as a Map, built once per scoring: most of the
 * pack's checks have no saved result, and looking up an absent id on the record is a slow path
 * each time, a Map lookup is not.
 */
export function recordMap<V>(record: Readonly<Record<string, V>> | undefined): Map<string, V> {
  const out = new Map<string, V>();
  if (!record) return out;
  for (const key of Object.keys(record)) out.set(key, record[key] as V);
  return out;
}
