import type { Organisation } from '../../../../shared/package/schema';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies only the fields this form changed (from `before` to `after`) onto what is stored now,
 * so a field another window saved meanwhile is kept instead of being overwritten with the old
 * value this form still holds. Permits and lists count as one field each.
 */
export function mergeChanges(
  stored: Organisation,
  before: Organisation,
  after: Organisation,
): Organisation {
  const s = stored as unknown as Record<string, unknown>;
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(s), ...Object.keys(a), ...Object.keys(b)]);
  // A field this form cleared is left out rather than written as undefined.
  const entries = [...keys]
    .map((k): [string, unknown] => [k, same(a[k], b[k]) ? s[k] : a[k]])
    .filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries) as unknown as Organisation;
}

/**
 * The fields this form changed (from `before` to `after`) that another window also changed, to
 * another value, in what is stored now: writing them would overwrite what this form never saw.
 */
export function conflictingFields(
  stored: Organisation,
  before: Organisation,
  after: Organisation,
): string[] {
  const s = stored as unknown as Record<string, unknown>;
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(s), ...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !same(a[k], b[k]) && !same(s[k], b[k]) && !same(s[k], a[k]));
}

/** `from` with the listed fields taken from `source` (a field absent there is left out). */
export function withFields(from: Organisation, source: Organisation, fields: readonly string[]) {
  const take = new Set(fields);
  const src = source as unknown as Record<string, unknown>;
  const kept = Object.entries(from).filter(([k]) => !take.has(k));
  const taken = fields
    .map((k): [string, unknown] => [k, src[k]])
    .filter(([, v]) => v !== undefined);
  return Object.fromEntries([...kept, ...taken]) as unknown as Organisation;
}

/** What `mine` holds that `shown` does not, as plain text for a notice: "Wool LLC; 40; dyeing". */
export function differingText(shown: Organisation, mine: Organisation): string {
  const s = shown as unknown as Record<string, unknown>;
  const m = mine as unknown as Record<string, unknown>;
  return Object.keys(m)
    .filter((k) => !same(s[k], m[k]))
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

/** The fields whose values differ between two copies. */
export function changedKeys(a: Organisation, b: Organisation): string[] {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => !same(x[k], y[k]));
}
