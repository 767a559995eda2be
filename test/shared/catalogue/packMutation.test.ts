import fc from 'fast-check';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import { parsePack, type PackError } from '../../../shared/catalogue/parsePack';
import type { CriteriaPack } from '../../../shared/catalogue/types';

type Json = ReturnType<typeof JSON.parse>;
type Path = (string | number)[];

const SHIPPED_JSON = JSON.stringify({ ...PACK_V1, id: 'bank-mutated' });

/** One kind of reference in a pack: the list that holds the targets and every place naming one. */
interface RefKind {
  name: string;
  targets: Exclude<keyof CriteriaPack, 'id' | 'version' | 'effectiveDate' | 'title' | 'dataLinks'>;
  key: 'id' | 'code';
  noun: string;
  sites(p: CriteriaPack): { path: Path; value: string }[];
}

const KINDS: RefKind[] = [
  {
    name: 'document',
    targets: 'documents',
    key: 'id',
    noun: 'document',
    sites: (p) => [
      ...p.esChecks.flatMap((c, i) =>
        c.documents.map((d, j) => ({ path: ['esChecks', i, 'documents', j], value: d })),
      ),
      ...(p.dataLinks ?? []).flatMap((l, i) =>
        (l.documents ?? []).map((d, j) => ({ path: ['dataLinks', i, 'documents', j], value: d })),
      ),
    ],
  },
  {
    name: 'VCP item',
    targets: 'vcpItems',
    key: 'id',
    noun: 'VCP item',
    sites: (p) => [
      ...p.crosswalk.map((l, i) => ({ path: ['crosswalk', i, 'vcpItem'], value: l.vcpItem })),
      ...(p.dataLinks ?? []).flatMap((l, i) =>
        l.vcpItems.map((v, j) => ({ path: ['dataLinks', i, 'vcpItems', j], value: v })),
      ),
    ],
  },
  {
    name: 'E&S check',
    targets: 'esChecks',
    key: 'id',
    noun: 'E&S check',
    sites: (p) => [
      ...p.crosswalk.flatMap((l, i) =>
        l.esChecks.map((e, j) => ({ path: ['crosswalk', i, 'esChecks', j], value: e })),
      ),
      ...(p.dataLinks ?? []).flatMap((l, i) =>
        l.esChecks.map((e, j) => ({ path: ['dataLinks', i, 'esChecks', j], value: e })),
      ),
    ],
  },
  {
    name: 'green criterion',
    targets: 'greenCriteria',
    key: 'id',
    noun: 'green criterion',
    sites: (p) =>
      p.crosswalk.flatMap((l, i) =>
        l.greenCriteria.map((g, j) => ({ path: ['crosswalk', i, 'greenCriteria', j], value: g })),
      ),
  },
  {
    name: 'taxonomy category',
    targets: 'taxonomy',
    key: 'code',
    noun: 'taxonomy code',
    sites: (p) =>
      p.measures.map((m, i) => ({ path: ['measures', i, 'taxonomyCode'], value: m.taxonomyCode })),
  },
];

const ENUM_KINDS: RefKind[] = [
  {
    name: 'pillar',
    targets: 'pillars',
    key: 'id',
    noun: 'pillar',
    sites: (p) => p.vcpItems.map((x, i) => ({ path: ['vcpItems', i, 'pillar'], value: x.pillar })),
  },
  {
    name: 'E&S topic',
    targets: 'esTopics',
    key: 'id',
    noun: 'E&S topic',
    sites: (p) => p.esChecks.map((x, i) => ({ path: ['esChecks', i, 'topic'], value: x.topic })),
  },
];

function pathText(path: Path): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function set(root: Json, path: Path, value: unknown): void {
  let node: Json = root;
  for (const k of path.slice(0, -1)) node = node[k];
  node[path[path.length - 1]!] = value;
}

function refused(json: unknown): string[] {
  const r = parsePack(json);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.map((e: PackError) => `${e.path}: ${e.message}`);
}

describe('breaking a cross-reference', () => {
  it('is accepted unbroken (the base of every mutation below)', () => {
    expect(parsePack(JSON.parse(SHIPPED_JSON)).ok).toBe(true);
    for (const k of [...KINDS, ...ENUM_KINDS])
      expect(k.sites(PACK_V1).length, k.name).toBeGreaterThan(0);
  });

  it('is refused, naming the place, when a random reference points at an id that does not exist', () => {
    const sites = KINDS.flatMap((k) => k.sites(PACK_V1).map((s) => ({ ...s, noun: k.noun })));
    fc.assert(
      fc.property(
        fc.nat({ max: sites.length - 1 }),
        fc.stringMatching(/^X-[A-Z0-9]{1,8}$/),
        (n, ghost) => {
          const site = sites[n]!;
          const pack: Json = JSON.parse(SHIPPED_JSON);
          set(pack, site.path, ghost);
          expect(refused(pack)).toContain(
            `${pathText(site.path)}: unknown ${site.noun} "${ghost}"`,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is refused at every place that named a referenced target when that target is removed', () => {
    const targets = [...KINDS, ...ENUM_KINDS].flatMap((k) => {
      const used = new Set(k.sites(PACK_V1).map((s) => s.value));
      const list: readonly object[] = PACK_V1[k.targets];
      return list
        .map((t, index) => ({ kind: k, index, id: String((t as Record<string, unknown>)[k.key]) }))
        .filter((t) => used.has(t.id));
    });
    fc.assert(
      fc.property(fc.nat({ max: targets.length - 1 }), (n) => {
        const t = targets[n]!;
        const pack: Json = JSON.parse(SHIPPED_JSON);
        pack[t.kind.targets].splice(t.index, 1);
        const errors = refused(pack);
        for (const s of t.kind.sites(PACK_V1).filter((x) => x.value === t.id))
          expect(errors).toContain(`${pathText(s.path)}: unknown ${t.kind.noun} "${t.id}"`);
      }),
      { numRuns: 60 },
    );
  });
});
