import type { Source, Text } from '../../../shared/catalogue/types';

/** Every object in a tree (arrays and plain objects), with its path for error messages. */
export function* walk(value: unknown, path = '$'): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* walk(v, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    yield [path, obj];
    for (const [k, v] of Object.entries(obj)) yield* walk(v, `${path}.${k}`);
  }
}

export function isText(o: Record<string, unknown>): o is Record<string, unknown> & Text {
  return 'en' in o && 'mn' in o;
}

export function isSourceHolder(o: Record<string, unknown>): o is { source: Source } {
  return 'source' in o;
}
