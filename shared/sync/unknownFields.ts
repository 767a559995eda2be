// Fields a newer GreenThread added to a synced record, anywhere inside it (a finding, an ESAP
// item, an evidence link's target, a monitoring visit): set aside when this version stores the
// record, so its own fields are checked as strictly as ever and no screen meets a key it has no
// words for, and put back, exactly as they came, when the record travels again.
import type { z } from 'zod';

/**
 * A step into a record: an object's key, or an item of a list. An item that has an `id` is named
 * by it, so an unknown field stays with its item when items are added, removed or reordered here.
 */
export type FieldStep = string | number | { id: string };

/** Unknown fields of the object at `at` (never empty: top-level ones are kept apart, as before). */
export interface NestedUnknownFields {
  at: FieldStep[];
  fields: Record<string, unknown>;
}

export interface SetAside {
  /** The record with only the fields this version knows; it passed the check. */
  known: Record<string, unknown>;
  /** Unknown top-level fields. */
  extra?: Record<string, unknown>;
  /** Unknown fields inside the record. */
  nested?: NestedUnknownFields[];
}

type Check = (value: unknown) => { success: true } | { success: false; error: z.ZodError };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

// Each round strips what zod reported; a union decides on its member first, so a key unknown in
// a member is reported only once that member is chosen. Bounded: a record is at most 256 KB.
const MAX_ROUNDS = 20;

/**
 * The record split into what this version knows and what it does not, when unknown keys are all
 * that is wrong with it; null when any field it knows is wrong (the record is refused, as before).
 */
export function setAsideUnknownFields(
  record: Record<string, unknown>,
  check: Check,
): SetAside | null {
  let known = record;
  const extra: Record<string, unknown> = {};
  const nested: NestedUnknownFields[] = [];
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const checked = check(known);
    if (checked.success) {
      return {
        known,
        ...(Object.keys(extra).length ? { extra } : {}),
        ...(nested.length ? { nested } : {}),
      };
    }
    if (checked.error.issues.some((i) => i.code !== 'unrecognized_keys')) return null;
    if (round === 0) known = copy(record);
    for (const issue of checked.error.issues) {
      if (issue.code !== 'unrecognized_keys') return null;
      const steps: FieldStep[] = [];
      let node: unknown = known;
      for (const seg of issue.path) {
        if (Array.isArray(node) && typeof seg === 'number') {
          const item: unknown = node[seg];
          steps.push(isObject(item) && typeof item.id === 'string' ? { id: item.id } : seg);
          node = item;
        } else if (isObject(node) && typeof seg === 'string') {
          steps.push(seg);
          node = node[seg];
        } else return null;
      }
      if (!isObject(node)) return null;
      const fields: Record<string, unknown> = {};
      for (const key of issue.keys) {
        fields[key] = node[key];
        Reflect.deleteProperty(node, key);
      }
      if (steps.length === 0) Object.assign(extra, fields);
      else nested.push({ at: steps, fields });
    }
  }
  return null;
}

function stepInto(node: unknown, step: FieldStep): unknown {
  if (typeof step === 'object')
    return Array.isArray(node)
      ? node.find((item) => isObject(item) && item.id === step.id)
      : undefined;
  if (typeof step === 'number') return Array.isArray(node) ? node[step] : undefined;
  return isObject(node) && Object.hasOwn(node, step) ? node[step] : undefined;
}

/**
 * The record as it travels: this computer's fields, with the unknown ones put back where they
 * were. A field this computer holds wins; an unknown field whose object was removed here (an
 * item deleted, a section cleared) goes with it.
 */
export function withUnknownFields(
  record: Record<string, unknown>,
  extra: Record<string, unknown> | undefined,
  nested: readonly NestedUnknownFields[] | undefined,
): Record<string, unknown> {
  const out = extra ? { ...copy(extra), ...record } : record;
  if (!nested?.length) return out;
  const target = out === record ? copy(record) : copy(out);
  for (const { at, fields } of nested) {
    let node: unknown = target;
    for (const step of at) node = stepInto(node, step);
    if (!isObject(node)) continue;
    for (const [key, value] of Object.entries(fields))
      if (!Object.hasOwn(node, key)) node[key] = copy(value);
  }
  return target;
}
