// Characterization of the scoring engine (issue 15, "rules that read in one screen"): the full
// result of every demo company, the example package, the workshop's green-threshold variants, the
// bench's generated packages and 300 fast-check packages, pinned as digests per part of the
// result (scores, findings, explanations and their words). A refactor of screenEs, scoreVcp,
// assessGreen or evaluateCriterion must leave every digest as it is.
//
// A deliberate rule change is a new characterization: regenerate with
//   GT_UPDATE_CHARACTERIZATION=1 npx vitest run test/shared/scoring/characterization.test.ts
// and say in the commit which rule changed which results.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { packToShow } from '../../../shared/catalogue/resolvePack';
import { demoPackages } from '../../../shared/demo';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { scorePackage } from '../../../shared/engine/scorePackage';
import type { ScoreOptions } from '../../../shared/engine/types';
import type { ApplicationPackage } from '../../../shared/package/schema';
import { parsePackage } from '../../../shared/package/parsePackage';
import { withProjectedChange } from '../../../shared/workshop/checkGreenThreshold';
import { arbPackage } from '../engine/arbitraries';

const FILE = 'test/shared/scoring/characterization.digests.json';

type Digests = Record<string, Record<string, string>>;

const digest = (value: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('hex')
    .slice(0, 16);

/**
 * One digest per part of the result, and per part of the VCP, E&S and green results when `fine`
 * (the named packages); the generated ones keep one digest per section, so the file stays small.
 */
function digests(
  pkg: ApplicationPackage,
  options: ScoreOptions,
  fine: boolean,
): Record<string, string> {
  const pack = packToShow(pkg.packId, pkg.packVersion);
  const result = JSON.parse(JSON.stringify(scorePackage(pkg, pack, options))) as Record<
    string,
    unknown
  >;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(result)) {
    if (!fine && !['indicators', 'vcp', 'es', 'green'].includes(key)) continue;
    if (fine && (key === 'vcp' || key === 'es' || key === 'green') && value !== null)
      for (const [sub, v] of Object.entries(value as Record<string, unknown>))
        out[`${key}.${sub}`] = digest(v);
    else out[key] = digest(value);
  }
  if (!fine) out.rest = digest({ ...result, indicators: 0, vcp: 0, es: 0, green: 0 });
  return out;
}

function cases(): [string, ApplicationPackage, ScoreOptions][] {
  const out: [string, ApplicationPackage, ScoreOptions][] = [];
  for (const pkg of demoPackages(ACTIVE_PACK)) {
    out.push([`demo ${pkg.organisation.id}`, pkg, {}]);
    // The workshop's green exercise: the same company with other projected changes.
    for (const [e, h] of [
      [-25, -25],
      [-25, -20],
      [-10, 0],
      [0, -40],
    ] as const)
      out.push([
        `workshop ${pkg.organisation.id} ${e}/${h}`,
        withProjectedChange(pkg, { electricityPct: e, heatPct: h, coalPct: h }),
        {},
      ]);
  }
  const parsed = parsePackage(
    JSON.parse(readFileSync('docs/examples/scourer-dehairer.package.json', 'utf8')),
  );
  if (!parsed.ok) throw new Error('the example package does not parse');
  out.push(['example', parsed.value, {}]);
  out.push(['example 2026-03-01', parsed.value, { asOf: '2026-03-01', signingDate: '2026-04-01' }]);
  for (let seed = 1; seed <= 20; seed++)
    out.push([`generated ${seed}`, generatePackage(seed, 6 + seed * 3, ACTIVE_PACK), {}]);
  fc.sample(arbPackage(ACTIVE_PACK), { seed: 15, numRuns: 300 }).forEach((pkg, i) =>
    out.push([`fast-check ${i}`, pkg, {}]),
  );
  return out;
}

describe('scoring characterization', () => {
  it('gives every pinned package the same full result, part by part', () => {
    const now: Digests = {};
    for (const [name, pkg, options] of cases())
      now[name] = digests(pkg, options, !/^(generated|fast-check)/.test(name));
    if (process.env.GT_UPDATE_CHARACTERIZATION === '1' || !existsSync(FILE)) {
      writeFileSync(FILE, `${JSON.stringify(now, null, 2)}\n`);
      if (process.env.GT_UPDATE_CHARACTERIZATION !== '1')
        throw new Error(`${FILE} was missing; written now: run again`);
      return;
    }
    const pinned = JSON.parse(readFileSync(FILE, 'utf8')) as Digests;
    const changed: string[] = [];
    for (const name of new Set([...Object.keys(pinned), ...Object.keys(now)]))
      for (const part of new Set([
        ...Object.keys(pinned[name] ?? {}),
        ...Object.keys(now[name] ?? {}),
      ]))
        if (pinned[name]?.[part] !== now[name]?.[part]) changed.push(`${name}: ${part}`);
    expect(changed.slice(0, 40)).toEqual([]);
    expect(Object.keys(now)).toHaveLength(Object.keys(pinned).length);
  }, 300_000);
});
