import type { Organisation } from '../../../../shared/package/schema';
import { sameField as same } from '../../lib/fieldChanges';

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
