// What a bank's own pack changes against another pack (the shipped one), as data the screens put
// into words: thresholds moved, criteria and checks added or removed, knock-outs switched.
import type { CriteriaPack } from './types';

export type PackListName =
  'vcpItems' | 'exclusions' | 'esChecks' | 'documents' | 'greenCriteria' | 'taxonomy';

export interface ThresholdChange {
  id: string;
  before: number;
  after: number;
}

export interface PackDifferences {
  thresholds: ThresholdChange[];
  /** Ids present in the pack and not in the base, per list. */
  added: Partial<Record<PackListName, string[]>>;
  /** Ids of the base missing from the pack, per list. */
  removed: Partial<Record<PackListName, string[]>>;
  /** VCP items whose knock-out flag differs: a "no" caps the result in one pack only. */
  knockOutChanged: string[];
  /** Exclusions whose effect differs (decline or condition precedent). */
  exclusionEffectChanged: string[];
}

const LISTS: readonly PackListName[] = [
  'vcpItems',
  'exclusions',
  'esChecks',
  'documents',
  'greenCriteria',
  'taxonomy',
];

const idsOf = (pack: CriteriaPack, list: PackListName): string[] =>
  list === 'taxonomy' ? pack.taxonomy.map((t) => t.code) : pack[list].map((x) => x.id);

export function packDifferences(pack: CriteriaPack, base: CriteriaPack): PackDifferences {
  const added: PackDifferences['added'] = {};
  const removed: PackDifferences['removed'] = {};
  for (const list of LISTS) {
    const mine = idsOf(pack, list);
    const theirs = new Set(idsOf(base, list));
    const a = mine.filter((id) => !theirs.has(id));
    const mineSet = new Set(mine);
    const r = [...theirs].filter((id) => !mineSet.has(id));
    if (a.length) added[list] = a;
    if (r.length) removed[list] = r;
  }
  const baseCriteria = new Map(base.greenCriteria.map((c) => [c.id, c]));
  const thresholds: ThresholdChange[] = [];
  for (const c of pack.greenCriteria) {
    const b = baseCriteria.get(c.id);
    if (b && b.threshold !== c.threshold)
      thresholds.push({ id: c.id, before: b.threshold, after: c.threshold });
  }
  const baseItems = new Map(base.vcpItems.map((i) => [i.id, i]));
  const knockOutChanged = pack.vcpItems
    .filter((i) => {
      const b = baseItems.get(i.id);
      return b !== undefined && b.knockOut !== i.knockOut;
    })
    .map((i) => i.id);
  const baseExclusions = new Map(base.exclusions.map((x) => [x.id, x]));
  const exclusionEffectChanged = pack.exclusions
    .filter((x) => {
      const b = baseExclusions.get(x.id);
      return b !== undefined && (b.effect ?? 'decline') !== (x.effect ?? 'decline');
    })
    .map((x) => x.id);
  return { thresholds, added, removed, knockOutChanged, exclusionEffectChanged };
}

export function hasDifferences(d: PackDifferences): boolean {
  return (
    d.thresholds.length > 0 ||
    Object.keys(d.added).length > 0 ||
    Object.keys(d.removed).length > 0 ||
    d.knockOutChanged.length > 0 ||
    d.exclusionEffectChanged.length > 0
  );
}
