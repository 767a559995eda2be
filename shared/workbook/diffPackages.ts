// Field-by-field differences between two packages (e.g. an imported workbook vs the app's copy).
import type { Json } from './canonical';
import { canonicalJson } from './canonical';
import { flattenJson, type PathSegment } from './machineRows';

export interface PackageDifference {
  path: PathSegment[];
  before: Json | undefined;
  after: Json | undefined;
}

/** Every leaf that was added, removed or changed from `a` to `b`, in path order. */
export function diffPackages(a: unknown, b: unknown): PackageDifference[] {
  const key = (p: PathSegment[]): string => JSON.stringify(p);
  const left = new Map(flattenJson(a).map((r) => [key(r.path), r]));
  const right = new Map(flattenJson(b).map((r) => [key(r.path), r]));
  const out: PackageDifference[] = [];
  for (const [k, l] of left) {
    const r = right.get(k);
    if (r === undefined) out.push({ path: l.path, before: l.value, after: undefined });
    else if (canonicalJson(l.value) !== canonicalJson(r.value))
      out.push({ path: l.path, before: l.value, after: r.value });
  }
  for (const [k, r] of right)
    if (!left.has(k)) out.push({ path: r.path, before: undefined, after: r.value });
  return out.sort((x, y) => key(x.path).localeCompare(key(y.path)));
}
