// Reading a criteria pack from untrusted JSON (a bank's own pack file). Pure: callers read the
// bytes, check the size against PACK_LIMITS.maxFileBytes and JSON.parse them.
import { z } from 'zod';
import { stoppedMn, zodIssueMn } from './packProblemWords';
import { PACKS } from './packs';
import { PACK_LIMITS, packReferenceIssues, packStructureSchema } from './packSchema';
import type { CriteriaPack } from './types';

export interface PackError {
  /** Where, e.g. `esChecks[3].documents[1]`; "(root)" for the file as a whole. */
  path: string;
  message: string;
  /** The same problem in Mongolian. */
  mn: string;
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

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (!isRecord(v)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function errorsFromZod(
  error: z.ZodError,
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): PackError[] {
  return error.issues.map((issue) => ({
    path: formatPackPath([...prefix, ...issue.path]),
    message: issue.message,
    mn: zodIssueMn(issue, valueAt(input, issue.path) === undefined),
  }));
}

const LISTS = [
  'pillars',
  'vcpItems',
  'esTopics',
  'exclusions',
  'esChecks',
  'documents',
  'greenCriteria',
  'taxonomy',
  'measures',
  'crosswalk',
] as const;

const shape = packStructureSchema.shape;
const anyList = z.array(z.unknown()).max(PACK_LIMITS.maxListItems);
/** The top level with every list taken as-is, so entries can be checked one at a time. */
const topLevel = z.strictObject({
  id: shape.id,
  version: shape.version,
  effectiveDate: shape.effectiveDate,
  title: shape.title,
  pillars: anyList,
  vcpItems: anyList,
  esTopics: anyList,
  exclusions: anyList,
  esChecks: anyList,
  documents: anyList,
  greenCriteria: anyList,
  taxonomy: anyList,
  measures: anyList,
  crosswalk: anyList,
  dataLinks: anyList.optional(),
});

function stopped(errors: PackError[], more: number): PackError[] {
  return [
    ...errors,
    {
      path: '(root)',
      message: `checking stopped after ${errors.length} problems${more > 0 ? `; ${more} more not listed` : ''}`,
      mn: stoppedMn(errors.length, more),
    },
  ];
}

/**
 * Structural problems, entry by entry, stopping at PACK_LIMITS.maxErrors: zod reports every bad
 * value, and a 5 MB file of wrong values would otherwise cost millions of issues.
 */
/** True when the tree holds at most `budget` values; iterative, so deep nesting cannot overflow. */
function withinValueBudget(json: unknown, budget: number): boolean {
  const stack: unknown[] = [json];
  let seen = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (++seen > budget) return false;
    if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (isRecord(v)) for (const x of Object.values(v)) stack.push(x);
  }
  return true;
}

function structureErrors(json: unknown): PackError[] {
  if (!withinValueBudget(json, PACK_LIMITS.maxValues))
    return [
      {
        path: '(root)',
        message: `more than ${PACK_LIMITS.maxValues} values in the file (the shipped pack has under 5,000); refused before checking`,
        mn: `файлд ${PACK_LIMITS.maxValues}-аас олон утга байна (програмтай ирсэн багцад 5,000 хүрэхгүй); шалгалгүйгээр татгалзав`,
      },
    ];
  const head = topLevel.safeParse(json);
  if (!head.success) return errorsFromZod(head.error, json).slice(0, PACK_LIMITS.maxErrors);
  const errors: PackError[] = [];
  for (const key of LISTS) {
    const entry = shape[key].element;
    for (const [i, value] of head.data[key].entries()) {
      const r = entry.safeParse(value);
      if (r.success) continue;
      errors.push(...errorsFromZod(r.error, value, [key, i]));
      if (errors.length >= PACK_LIMITS.maxErrors)
        return stopped(errors.slice(0, PACK_LIMITS.maxErrors), 0);
    }
  }
  const dataLink = shape.dataLinks.unwrap().element;
  for (const [i, value] of (head.data.dataLinks ?? []).entries()) {
    const r = dataLink.safeParse(value);
    if (r.success) continue;
    errors.push(...errorsFromZod(r.error, value, ['dataLinks', i]));
    if (errors.length >= PACK_LIMITS.maxErrors)
      return stopped(errors.slice(0, PACK_LIMITS.maxErrors), 0);
  }
  return errors;
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
      mn: `"${pack.id}" нь GreenThread-тэй ирсэн багцын дугаар, гэвч энэ файл түүнээс ${formatPackPath(diff)}-д ялгаатай; банкныхаа багцад өөр дугаар өгнө үү`,
    };
  }
  return {
    path: 'id',
    message: `"${pack.id}" is the id of a pack shipped with GreenThread (version ${shipped.map((p) => p.version).join(', ')}), not ${pack.version}; give your bank's pack its own id`,
    mn: `"${pack.id}" нь GreenThread-тэй ирсэн багцын дугаар (хувилбар ${shipped.map((p) => p.version).join(', ')}), ${pack.version} биш; банкныхаа багцад өөр дугаар өгнө үү`,
  };
}

/**
 * Validates untrusted JSON as a criteria pack: every field, bound and cross-reference. An
 * unedited shipped pack comes back as the shipped object itself.
 */
export function parsePack(json: unknown): PackParse {
  const structural = structureErrors(json);
  if (structural.length > 0) return { ok: false, errors: structural };
  const parsed = packStructureSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: errorsFromZod(parsed.error, json) };
  const pack: CriteriaPack = parsed.data;
  const refs = packReferenceIssues(pack);
  if (refs.issues.length > 0) {
    const errors = refs.issues.map((i) => ({
      path: formatPackPath(i.path),
      message: i.message,
      mn: i.mn,
    }));
    return { ok: false, errors: refs.dropped > 0 ? stopped(errors, refs.dropped) : errors };
  }
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
