// Field-wise comparison of two copies of one record (what a form shows, what it last wrote, what
// is stored now), for editors that write only the fields they changed.

type Fields = Record<string, unknown>;

/** Two field values are the same when their JSON is (plain data, key order as written). */
export const sameField = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ between two copies. */
export function changedKeys<T extends object>(a: T, b: T): string[] {
  const x = a as Fields;
  const y = b as Fields;
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => !sameField(x[k], y[k]));
}

/** `from` with the listed fields taken from `source` (a field absent there is left out). */
export function withFields<T extends object>(from: T, source: T, fields: readonly string[]): T {
  const take = new Set(fields);
  const src = source as Fields;
  const kept = Object.entries(from).filter(([k]) => !take.has(k));
  const taken = fields
    .map((k): [string, unknown] => [k, src[k]])
    .filter(([, v]) => v !== undefined);
  return Object.fromEntries([...kept, ...taken]) as T;
}

/** The listed fields of `from`, a field absent there as undefined (a patch that clears it). */
export function pickFields<T extends object>(from: T, fields: readonly string[]): Partial<T> {
  const src = from as Fields;
  return Object.fromEntries(fields.map((k) => [k, src[k]])) as Partial<T>;
}

/** What `mine` holds that `shown` does not, as plain text for a notice: "Wool LLC; 40; dyeing". */
export function differingText<T extends object>(shown: T, mine: T): string {
  const s = shown as Fields;
  const m = mine as Fields;
  return Object.keys(m)
    .filter((k) => !sameField(s[k], m[k]))
    .map((k) => m[k])
    .map((v) =>
      typeof v === 'string' || typeof v === 'number'
        ? String(v)
        : Array.isArray(v) && v.every((x) => typeof x === 'string')
          ? v.join(', ')
          : '',
    )
    .filter((v) => v !== '')
    .join('; ');
}
