// JSON.parse behind the bounds of shared/limits.ts: nesting depth and entry count are measured by
// one pass over the text before the parser builds anything, so a file of a million "[" or a
// million answers costs a scan, not a tree that later code would overflow the stack or heap on.
import { JSON_LIMITS } from '../limits';

export type BoundedJson =
  | { ok: true; value: unknown }
  | {
      ok: false;
      reason: 'too_large';
      limit: 'JSON_LIMITS.maxDepth' | 'JSON_LIMITS.maxEntries';
      detail: string;
    }
  | { ok: false; reason: 'not_json'; detail: string };

export interface JsonShape {
  /** Deepest nesting of objects and arrays (the scan stops once a limit is passed). */
  depth: number;
  /** Separators (",") outside strings: one less than the entries of each container. */
  entries: number;
}

/** Measures JSON text without parsing it; stops early once either limit is passed. */
export function jsonShape(text: string, maxDepth: number, maxEntries: number): JsonShape {
  let depth = 0;
  let deepest = 0;
  let entries = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped, even a quote
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x2c) {
      if (++entries > maxEntries) break;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > deepest) deepest = depth;
      if (deepest > maxDepth) break;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { depth: deepest, entries };
}

/** Parses untrusted JSON text (a leading byte-order mark allowed) within JSON_LIMITS. */
export function parseBoundedJson(text: string): BoundedJson {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shape = jsonShape(body, JSON_LIMITS.maxDepth, JSON_LIMITS.maxEntries);
  if (shape.depth > JSON_LIMITS.maxDepth) {
    return {
      ok: false,
      reason: 'too_large',
      limit: 'JSON_LIMITS.maxDepth',
      detail: `objects and arrays nested more than ${JSON_LIMITS.maxDepth} deep (JSON_LIMITS.maxDepth)`,
    };
  }
  if (shape.entries > JSON_LIMITS.maxEntries) {
    return {
      ok: false,
      reason: 'too_large',
      limit: 'JSON_LIMITS.maxEntries',
      detail: `more than ${JSON_LIMITS.maxEntries} entries in arrays and objects (JSON_LIMITS.maxEntries)`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, reason: 'not_json', detail: error instanceof Error ? error.message : '' };
  }
}
