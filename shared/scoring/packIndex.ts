import type {
  CriteriaPack,
  EsCheck,
  GreenCriterion,
  GreenCriterionKind,
  GreenMeasure,
  RequiredDocument,
  TaxonomyCategory,
  VcpItem,
  VcpPillarId,
} from '../catalogue/types';
import type { Process } from '../package/enums';

/** Lookups computed once per pack object; scoring thousands of packages reuses them. */
export interface PackIndex {
  pack: CriteriaPack;
  itemsById: ReadonlyMap<string, VcpItem>;
  pillarOrder: readonly VcpPillarId[];
  /** VCP item ids linked to each E&S check through the crosswalk. */
  vcpForEsCheck: ReadonlyMap<string, readonly string[]>;
  vcpForGreen: ReadonlyMap<string, readonly string[]>;
  criteriaByKind: ReadonlyMap<GreenCriterionKind, readonly GreenCriterion[]>;
  taxonomyByCode: ReadonlyMap<string, TaxonomyCategory>;
  measuresById: ReadonlyMap<string, GreenMeasure>;
  forProcesses(processes: readonly Process[]): ProcessView;
}

/** The parts of a pack that apply to one set of processes. */
export interface ProcessView {
  items: readonly VcpItem[];
  /** Applicable items grouped by pillar (pack pillar order): indices into items, and their ids. */
  pillarGroups: readonly {
    pillar: VcpPillarId;
    indices: readonly number[];
    ids: readonly string[];
    defs: readonly VcpItem[];
  }[];
  itemsNotApplicable: readonly string[];
  esChecks: readonly EsCheck[];
  documents: readonly RequiredDocument[];
}

function applies(appliesTo: readonly Process[], processes: readonly Process[]): boolean {
  if (appliesTo.length === 0) return true;
  for (const p of appliesTo) if (processes.includes(p)) return true;
  return false;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(pack: CriteriaPack): PackIndex {
  const vcpForEsCheck = new Map<string, string[]>();
  const vcpForGreen = new Map<string, string[]>();
  for (const link of pack.crosswalk) {
    for (const es of link.esChecks) push(vcpForEsCheck, es, link.vcpItem);
    for (const g of link.greenCriteria) push(vcpForGreen, g, link.vcpItem);
  }
  const criteriaByKind = new Map<GreenCriterionKind, GreenCriterion[]>();
  for (const c of pack.greenCriteria) push(criteriaByKind, c.kind, c);
  const pillarOrder = pack.pillars.map((p) => p.id);
  for (const item of pack.vcpItems)
    if (!pillarOrder.includes(item.pillar)) pillarOrder.push(item.pillar);
  const views = new Map<string, ProcessView>();
  // Scoring asks for the same package's processes several times: by array identity first.
  const byArray = new WeakMap<readonly Process[], ProcessView>();
  return {
    pack,
    itemsById: new Map(pack.vcpItems.map((i) => [i.id, i])),
    pillarOrder,
    vcpForEsCheck,
    vcpForGreen,
    criteriaByKind,
    taxonomyByCode: new Map(pack.taxonomy.map((t) => [t.code, t])),
    measuresById: new Map(pack.measures.map((m) => [m.id, m])),
    forProcesses(processes) {
      const same = byArray.get(processes);
      if (same) return same;
      const key = [...processes].sort().join(',');
      const cached = views.get(key);
      if (cached) {
        byArray.set(processes, cached);
        return cached;
      }
      const items = pack.vcpItems.filter((i) => applies(i.appliesTo, processes));
      const pillarGroups = pillarOrder
        .map((pillar) => {
          const indices: number[] = [];
          items.forEach((i, k) => {
            if (i.pillar === pillar) indices.push(k);
          });
          const defs = indices.map((k) => items[k] as VcpItem);
          return { pillar, indices, ids: defs.map((d) => d.id), defs };
        })
        .filter((g) => g.indices.length > 0);
      const view: ProcessView = {
        items,
        pillarGroups,
        itemsNotApplicable: pack.vcpItems
          .filter((i) => !applies(i.appliesTo, processes))
          .map((i) => i.id),
        esChecks: pack.esChecks.filter((c) => applies(c.appliesTo, processes)),
        documents: pack.documents.filter((d) => applies(d.appliesTo, processes)),
      };
      views.set(key, view);
      byArray.set(processes, view);
      return view;
    },
  };
}

const CACHE = new WeakMap<CriteriaPack, PackIndex>();

/** The index for a pack, built on first use and cached by object identity (packs are immutable). */
export function indexPack(pack: CriteriaPack): PackIndex {
  let idx = CACHE.get(pack);
  if (!idx) {
    idx = buildIndex(pack);
    CACHE.set(pack, idx);
  }
  return idx;
}
