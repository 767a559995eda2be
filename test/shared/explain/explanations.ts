import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { demoPackages } from '../../../shared/demo';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { scorePackage } from '../../../shared/engine/scorePackage';
import type { Explanation } from '../../../shared/explain/types';
import { applicationPackageSchema } from '../../../shared/package/schema';

const EXAMPLE = join(import.meta.dirname, '../../../docs/examples/scourer-dehairer.package.json');

function isExplanation(v: object): v is Explanation {
  const o = v as Record<string, unknown>;
  return typeof o.formula === 'string' && Array.isArray(o.inputs) && Array.isArray(o.factors);
}

/** Every Explanation reachable in a value (results share explanations, so each is kept once). */
export function collectExplanations(root: unknown): Explanation[] {
  const seen = new Set<object>();
  const out: Explanation[] = [];
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (isExplanation(v)) out.push(v);
    for (const child of Object.values(v)) walk(child);
  };
  walk(root);
  return out;
}

/**
 * The demo companies and the documented example, scored with the active pack, plus a few
 * generated packages: their random answers and officer results reach branches (knock-outs,
 * confirmed screenings, no green project) the curated ones may not.
 */
export function scoredExamples(generated = 6): { name: string; explanations: Explanation[] }[] {
  const example = applicationPackageSchema.parse(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
  const packages = [
    ...demoPackages(ACTIVE_PACK),
    example,
    ...Array.from({ length: generated }, (_, i) => generatePackage(i + 1, 24, ACTIVE_PACK)),
  ];
  return packages.map((pkg, i) => ({
    name: `${String(i)} ${pkg.organisation.nameEn || pkg.organisation.nameMn}`,
    explanations: collectExplanations(scorePackage(pkg, ACTIVE_PACK)),
  }));
}
