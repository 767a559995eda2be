import released from '../../../shared/catalogue/releasedIds.json';
import { METRIC_IDS } from '../../../shared/catalogue/metricIds';
import { ACTIVE_PACK, PACKS } from '../../../shared/catalogue/packs';
import { resolvePack } from '../../../shared/catalogue/resolvePack';

// Released ids are never removed or reused (anchors §5: Kobo loses columns across versions).
// Add new ids to releasedIds.json when they ship; this test fails if any listed id disappears.
const current: Record<string, ReadonlySet<string>> = {
  pillars: new Set(ACTIVE_PACK.pillars.map((x) => x.id)),
  vcpItems: new Set(ACTIVE_PACK.vcpItems.map((x) => x.id)),
  esTopics: new Set(ACTIVE_PACK.esTopics.map((x) => x.id)),
  esChecks: new Set(ACTIVE_PACK.esChecks.map((x) => x.id)),
  exclusions: new Set(ACTIVE_PACK.exclusions.map((x) => x.id)),
  documents: new Set(ACTIVE_PACK.documents.map((x) => x.id)),
  greenCriteria: new Set(ACTIVE_PACK.greenCriteria.map((x) => x.id)),
  taxonomy: new Set(ACTIVE_PACK.taxonomy.map((x) => x.code)),
  measures: new Set(ACTIVE_PACK.measures.map((x) => x.id)),
  metrics: new Set<string>(METRIC_IDS),
};

describe('released ids', () => {
  it('lists every group the pack and the metric catalogue have', () => {
    const groups = Object.keys(released).filter((k) => k !== 'note');
    expect(groups.sort()).toEqual(Object.keys(current).sort());
  });

  for (const group of Object.keys(current)) {
    it(`keeps every released ${group} id`, () => {
      const listed = (released as unknown as Record<string, string[]>)[group] ?? [];
      expect(listed.length).toBeGreaterThan(0);
      const missing = listed.filter((id) => !current[group]!.has(id));
      expect(missing).toEqual([]);
    });
  }

  it('has released every id the active pack ships (new ids must be added to the list)', () => {
    for (const group of Object.keys(current)) {
      const listed = new Set((released as unknown as Record<string, string[]>)[group] ?? []);
      const unlisted = [...current[group]!].filter((id) => !listed.has(id));
      expect(unlisted, group).toEqual([]);
    }
  });
});

describe('pack registry', () => {
  it('finds a shipped pack by id and version and nothing else', () => {
    expect(resolvePack('gt-textile-mn', '1.0.0')).toMatchObject({ exact: true, pack: ACTIVE_PACK });
    expect(resolvePack('gt-textile-mn', '9.9.9').ok).toBe(false);
    expect(resolvePack('other', '1.0.0')).toMatchObject({ exact: false });
    expect(PACKS).toContain(ACTIVE_PACK);
  });

  it('never ships two packs with the same id and version', () => {
    const keys = PACKS.map((p) => `${p.id}@${p.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
