// The package as rows of (path, JSON value): what the hidden `_gt_data` sheet holds.
// A path is a JSON array of segments (numbers index arrays, strings name keys), so ids that
// contain dots ("energy.electricity") stay unambiguous and no visible cell position matters.
import type { Json } from './canonical';

export type PathSegment = string | number;

export interface MachineRow {
  path: PathSegment[];
  value: Json;
}

/** Assigning this key would replace an object's prototype: refused outright. */
const FORBIDDEN_KEYS = new Set(['__proto__']);
const MAX_INDEX = 100_000;
const MAX_DEPTH = 12;

/** Leaves of a JSON value, plus empty arrays/objects (so they survive the round trip). */
export function flattenJson(value: unknown): MachineRow[] {
  const rows: MachineRow[] = [];
  const walk = (v: unknown, path: PathSegment[]): void => {
    if (v === undefined) return;
    if (Array.isArray(v)) {
      if (v.length === 0) rows.push({ path, value: [] });
      v.forEach((item: unknown, i) => walk(item, [...path, i]));
      return;
    }
    if (v !== null && typeof v === 'object') {
      const record = v as Record<string, unknown>;
      const keys = Object.keys(record).filter((k) => record[k] !== undefined);
      if (keys.length === 0) rows.push({ path, value: {} });
      for (const k of keys) walk(record[k], [...path, k]);
      return;
    }
    rows.push({ path, value: v as Json });
  };
  walk(value, []);
  return rows;
}

export type RebuildResult =
  { ok: true; value: unknown } | { ok: false; index: number; why: string };

/** Rebuilds the JSON value from rows; `index` in a failure is the offending row's position. */
export function rebuildJson(rows: readonly MachineRow[]): RebuildResult {
  const root: Record<string, unknown> = {};
  for (const [index, row] of rows.entries()) {
    // an empty object at the root is written as one row with an empty path
    if (row.path.length === 0 && rows.length === 1 && isEmptyObject(row.value)) break;
    if (row.path.length === 0 || row.path.length > MAX_DEPTH) {
      return { ok: false, index, why: 'path is empty or too deep' };
    }
    let node: unknown = root;
    for (let s = 0; s < row.path.length; s++) {
      const seg = row.path[s] as PathSegment;
      const last = s === row.path.length - 1;
      const nextSeg = row.path[s + 1];
      const fresh: unknown = last ? row.value : typeof nextSeg === 'number' ? [] : {};
      if (typeof seg === 'number') {
        if (!Array.isArray(node)) return { ok: false, index, why: 'index into a non-array' };
        if (!Number.isInteger(seg) || seg < 0 || seg > MAX_INDEX) {
          return { ok: false, index, why: 'array index out of range' };
        }
        const arr = node as unknown[];
        if (seg > arr.length) return { ok: false, index, why: 'array rows out of order' };
        if (last) {
          if (seg < arr.length) return { ok: false, index, why: 'duplicate path' };
          arr.push(fresh);
        } else if (seg === arr.length) {
          arr.push(fresh);
        }
        node = arr[seg];
      } else {
        if (FORBIDDEN_KEYS.has(seg)) return { ok: false, index, why: `forbidden key "${seg}"` };
        if (node === null || typeof node !== 'object' || Array.isArray(node)) {
          return { ok: false, index, why: 'key into a non-object' };
        }
        const rec = node as Record<string, unknown>;
        if (last) {
          if (Object.hasOwn(rec, seg)) return { ok: false, index, why: 'duplicate path' };
          rec[seg] = fresh;
        } else if (!Object.hasOwn(rec, seg)) {
          rec[seg] = fresh;
        }
        node = rec[seg];
      }
    }
  }
  return { ok: true, value: root };
}

/** Parses a path cell: a JSON array of strings and non-negative integers. */
export function parsePath(text: string): PathSegment[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const out: PathSegment[] = [];
  for (const seg of parsed as unknown[]) {
    if (typeof seg === 'string' && seg.length <= 200) out.push(seg);
    else if (typeof seg === 'number' && Number.isInteger(seg) && seg >= 0) out.push(seg);
    else return null;
  }
  return out;
}

/**
 * JSON text that survives spreadsheet programs: C0 controls are already escaped by JSON,
 * U+FFFE/U+FFFF are not valid XML, and "_x" would be read as an OOXML `_xHHHH_` escape.
 */
export function spreadsheetSafeJson(value: Json): string {
  return JSON.stringify(value).replace(/[\u007F\uFFFE\uFFFF]|_x/g, (m) =>
    m === '_x' ? '\\u005fx' : `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function isEmptyObject(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;
}
