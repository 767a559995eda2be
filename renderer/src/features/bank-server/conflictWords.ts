// Both versions of a conflicting record as lines a person reads: only the fields that differ.
export interface FieldDifference {
  field: string;
  mine: string;
  theirs: string;
}

function words(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function differences(
  mine: Record<string, unknown> | null,
  theirs: Record<string, unknown> | null | undefined,
): FieldDifference[] {
  const a = mine ?? {};
  const b = theirs ?? {};
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => !['rev', 'updatedAt'].includes(k))
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((field) => ({ field, mine: words(a[field]), theirs: words(b[field]) }));
}
