// Reading a criteria pack from untrusted JSON (a bank's own pack file). Pure: callers read the
// bytes, check the size against PACK_LIMITS.maxFileBytes and JSON.parse them.
import type { z } from 'zod';
import { PACKS } from './packs';
import { criteriaPackSchema } from './packSchema';
import type { CriteriaPack } from './types';

export interface PackError {
  /** Where, e.g. `esChecks[3].documents[1]`; "(root)" for the file as a whole. */
  path: string;
  message: string;
}

export type PackParse = { ok: true; pack: CriteriaPack } | { ok: false; errors: PackError[] };

export function formatPackPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function errorsFromZod(error: z.ZodError): PackError[] {
  return error.issues.map((issue) => ({
    path: formatPackPath(issue.path),
    message: issue.message,
  }));
}

/** The first path where two JSON-like values differ, or null when they are equal. */
export function firstDifference(
  a: unknown,
  b: unknown,
  path: readonly (string | number)[] = [],
): (string | number)[] | null {
  if (Object.is(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], [...path, i]);
      if (d) return d;
    }
    return null;
  }
  if (isRecord(a) && isRecord(b) && !Array.isArray(a) && !Array.isArray(b)) {
    // An absent key and an undefined one are the same in a JSON file.
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference(a[k], b[k], [...path, k]);
      if (d) return d;
    }
    return null;
  }
  return [...path];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/**
 * A shipped pack's id may only come with that pack's exact content: an edited copy under the
 * original id would be taken for the pack the app ships, and assessments pinned to it would
 * silently be scored against the bank's thresholds.
 */
function shippedIdProblem(pack: CriteriaPack): { original: CriteriaPack } | PackError | null {
  const shipped = PACKS.filter((p) => p.id === pack.id);
  if (shipped.length === 0) return null;
  const same = shipped.find((p) => p.version === pack.version);
  if (same) {
    const diff = firstDifference(pack, same);
    if (diff === null) return { original: same };
    return {
      path: 'id',
      message: `"${pack.id}" is the id of a pack shipped with GreenThread, but this file differs from it at ${formatPackPath(diff)}; give your bank's pack its own id`,
    };
  }
  return {
    path: 'id',
    message: `"${pack.id}" is the id of a pack shipped with GreenThread (version ${shipped.map((p) => p.version).join(', ')}), not ${pack.version}; give your bank's pack its own id`,
  };
}

/**
 * Validates untrusted JSON as a criteria pack: every field, bound and cross-reference. An
 * unedited shipped pack comes back as the shipped object itself.
 */
export function parsePack(json: unknown): PackParse {
  const parsed = criteriaPackSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: errorsFromZod(parsed.error) };
  const pack: CriteriaPack = parsed.data;
  const shipped = shippedIdProblem(pack);
  if (shipped === null) return { ok: true, pack };
  if ('original' in shipped) return { ok: true, pack: shipped.original };
  return { ok: false, errors: [shipped] };
}

export interface PackSummary {
  id: string;
  version: string;
  effectiveDate: string;
  counts: Record<
    | 'pillars'
    | 'vcpItems'
    | 'esTopics'
    | 'exclusions'
    | 'esChecks'
    | 'documents'
    | 'greenCriteria'
    | 'taxonomy'
    | 'measures'
    | 'crosswalk',
    number
  >;
  thresholds: { id: string; kind: string; role: string; threshold: number }[];
  knockOuts: string[];
  mnReviewed: { reviewed: number; total: number };
}

function countTexts(value: unknown, acc: { reviewed: number; total: number }): void {
  if (Array.isArray(value)) for (const v of value) countTexts(v, acc);
  else if (isRecord(value)) {
    if (typeof value.mnReviewed === 'boolean') {
      acc.total++;
      if (value.mnReviewed) acc.reviewed++;
      return;
    }
    for (const v of Object.values(value)) countTexts(v, acc);
  }
}

/** What `pack check` prints: the counts per kind, the thresholds and how much Mongolian is reviewed. */
export function summarisePack(pack: CriteriaPack): PackSummary {
  const mnReviewed = { reviewed: 0, total: 0 };
  countTexts(pack, mnReviewed);
  return {
    id: pack.id,
    version: pack.version,
    effectiveDate: pack.effectiveDate,
    counts: {
      pillars: pack.pillars.length,
      vcpItems: pack.vcpItems.length,
      esTopics: pack.esTopics.length,
      exclusions: pack.exclusions.length,
      esChecks: pack.esChecks.length,
      documents: pack.documents.length,
      greenCriteria: pack.greenCriteria.length,
      taxonomy: pack.taxonomy.length,
      measures: pack.measures.length,
      crosswalk: pack.crosswalk.length,
    },
    thresholds: pack.greenCriteria.map((c) => ({
      id: c.id,
      kind: c.kind,
      role: c.role,
      threshold: c.threshold,
    })),
    knockOuts: pack.vcpItems.filter((i) => i.knockOut).map((i) => i.id),
    mnReviewed,
  };
}
