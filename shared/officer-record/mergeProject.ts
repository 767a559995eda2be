// The bank's copy of a green project after a re-submission: a three-way merge per figure.
// base = what the company declared last time, ours = the bank's copy now (the officer's
// corrections are where it differs from base), theirs = what the company declares now.
import type { GreenProject } from '../package/schema';

/** One figure the officer corrected; kept over the company's new declaration. */
export interface KeptCorrection {
  /** e.g. ['projected', 'waterM3']. */
  path: string[];
  declaredBefore: unknown;
  declaredNow: unknown;
  officer: unknown;
  /** The company changed this figure too since the officer corrected it. */
  declarationChanged: boolean;
}

export interface ProjectMerge {
  project: GreenProject | undefined;
  kept: KeptCorrection[];
}

type Json = Record<string, unknown>;

/** The officer's own parts of a project: never taken from a company's file. */
const OFFICER_OWNED = new Set(['decision', 'verification']);

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function merge(
  base: unknown,
  ours: unknown,
  theirs: unknown,
  path: string[],
  kept: KeptCorrection[],
): unknown {
  if (isObject(ours) && isObject(theirs)) {
    const b = isObject(base) ? base : {};
    const out: Json = {};
    for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(b)])) {
      const value = merge(b[key], ours[key], theirs[key], [...path, key], kept);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (same(ours, base)) return theirs;
  kept.push({
    path,
    declaredBefore: base,
    declaredNow: theirs,
    officer: ours,
    declarationChanged: !same(base, theirs),
  });
  return ours;
}

/**
 * The merged project. Without a previous declaration (base undefined) nothing can be told
 * apart as a correction, so the bank's copy wins where the two differ (nothing silently lost).
 */
export function mergeProject(
  base: GreenProject | undefined,
  ours: GreenProject | undefined,
  theirs: GreenProject | undefined,
): ProjectMerge {
  if (!ours) return { project: theirs, kept: [] };
  const officerParts = Object.fromEntries(
    Object.entries(ours).filter(([k]) => OFFICER_OWNED.has(k)),
  );
  if (!theirs) return { project: ours, kept: [] };
  const strip = (p: GreenProject | undefined): Json | undefined =>
    p ? Object.fromEntries(Object.entries(p).filter(([k]) => !OFFICER_OWNED.has(k))) : undefined;
  const kept: KeptCorrection[] = [];
  const merged = merge(strip(base ?? ours), strip(ours), strip(theirs), [], kept) as Json;
  return { project: { ...merged, ...officerParts } as GreenProject, kept };
}
