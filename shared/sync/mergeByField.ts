// Two versions of one synced record, field by field: where they differ, and a merge that takes
// each differing field from the side a person chose. Pure, so the conflict panel, its words
// (shared/words/recordWords.ts) and the tests read the same fields.

export type FieldPath = readonly string[];
export type Side = 'mine' | 'theirs';
type Json = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality of stored JSON values; the order of an object's keys does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b) || (a === 0 && b === 0)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameValue(x, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!sameValue(a[k], b[k])) return false;
  return true;
}

/**
 * The fields that differ, as paths to the innermost records both sides hold (a list counts as one
 * field: its items have no names a merge could keep apart). Sorted, so the panel's order is stable.
 */
export function differingFields(mine: Json, theirs: Json): FieldPath[] {
  const out: FieldPath[] = [];
  const walk = (a: Json, b: Json, at: readonly string[]) => {
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const x = a[k];
      const y = b[k];
      if (sameValue(x, y)) continue;
      if (isPlainObject(x) && isPlainObject(y)) walk(x, y, [...at, k]);
      else out.push([...at, k]);
    }
  };
  walk(mine, theirs, []);
  return out;
}

/** Records travel as JSON: a copy through JSON is exact for them (shared/ has no structuredClone). */
const copy = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

export const fieldKey = (path: FieldPath): string => path.join('\u0001');

function setAt(target: Json, path: FieldPath, value: unknown): void {
  let node = target;
  for (const seg of path.slice(0, -1)) {
    const next = node[seg];
    if (!isPlainObject(next)) return;
    node = next;
  }
  const last = path.at(-1);
  if (last === undefined) return;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = copy(value);
}

function valueAt(source: Json, path: FieldPath): unknown {
  let v: unknown = source;
  for (const seg of path) {
    if (!isPlainObject(v) || !Object.hasOwn(v, seg)) return undefined;
    v = v[seg];
  }
  return v;
}

/**
 * Their record with each differing field taken from the side chosen for it (by fieldKey); a
 * field nobody chose stays as theirs, the server's. A field absent on the chosen side is absent.
 */
export function mergeByField(
  mine: Json,
  theirs: Json,
  choices: Readonly<Record<string, Side>>,
): Json {
  const merged = copy(theirs) as Json;
  for (const path of differingFields(mine, theirs)) {
    if (choices[fieldKey(path)] === 'mine') setAt(merged, path, valueAt(mine, path));
  }
  return merged;
}
