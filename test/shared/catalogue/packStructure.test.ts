import { PROCESSES } from '../../../shared/package/enums';
import { PACK_V1 } from '../../../shared/catalogue/pack-v1';
import { ES_TOPIC_CODES } from '../../../shared/catalogue/pack-v1/esTopics';
import type { VcpPillarId } from '../../../shared/catalogue/types';
import { isSourceHolder, isText, walk } from './walk';

const pack = PACK_V1;
const CYRILLIC = /[\u0400-\u04FF]/;

describe('pack v1 identity', () => {
  it('has the agreed id, version and effective date', () => {
    expect(pack.id).toBe('gt-textile-mn');
    expect(pack.version).toBe('1.0.0');
    expect(pack.effectiveDate).toBe('2026-01-01');
  });
});

describe('ids', () => {
  const all = [
    ...pack.pillars.map((x) => x.id),
    ...pack.vcpItems.map((x) => x.id),
    ...pack.esTopics.map((x) => x.id),
    ...pack.esChecks.map((x) => x.id),
    ...pack.exclusions.map((x) => x.id),
    ...pack.documents.map((x) => x.id),
    ...pack.greenCriteria.map((x) => x.id),
    ...pack.taxonomy.map((x) => x.code),
    ...pack.measures.map((x) => x.id),
  ];

  it('are unique across the whole pack', () => {
    const dupes = all.filter((id, i) => all.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('follow the id formats', () => {
    for (const i of pack.vcpItems) expect(i.id).toMatch(new RegExp(`^VCP-${i.pillar}-\\d{2}$`));
    for (const c of pack.esChecks)
      expect(c.id).toMatch(new RegExp(`^ES-${ES_TOPIC_CODES[c.topic]}-\\d{2}$`));
    for (const x of pack.exclusions) expect(x.id).toMatch(/^EX-\d{2}$/);
    for (const d of pack.documents) expect(d.id).toMatch(/^DOC-[A-Z0-9]+(-[A-Z0-9]+)*$/);
    for (const g of pack.greenCriteria) expect(g.id).toMatch(/^GC-[A-Z]+-\d$/);
    for (const c of pack.taxonomy) expect(c.code).toMatch(/^MGT-[A-Z]{2,3}$/);
    for (const m of pack.measures) expect(m.id).toMatch(/^GM-[A-Z0-9]+(-[A-Z0-9]+)*$/);
  });

  it('number VCP items and E&S checks without gaps inside each group', () => {
    const groups = new Map<string, number[]>();
    for (const id of [...pack.vcpItems, ...pack.esChecks].map((x) => x.id)) {
      const cut = id.lastIndexOf('-');
      const key = id.slice(0, cut);
      groups.set(key, [...(groups.get(key) ?? []), Number(id.slice(cut + 1))]);
    }
    for (const [key, nums] of groups) {
      expect(nums, key).toEqual(nums.map((_, i) => i + 1));
    }
  });

  it('gives distinct short codes to the nine E&S topics', () => {
    const codes = Object.values(ES_TOPIC_CODES);
    expect(new Set(codes).size).toBe(9);
    expect(pack.esTopics.map((x) => x.id).sort()).toEqual(Object.keys(ES_TOPIC_CODES).sort());
  });
});

describe('bilingual texts and sources', () => {
  const texts = [...walk(pack)].filter(([, o]) => isText(o));

  it('finds every Text in the pack (sanity: at least 4 per VCP item, 4 per E&S check)', () => {
    expect(texts.length).toBeGreaterThanOrEqual(
      pack.vcpItems.length * 4 + pack.esChecks.length * 4,
    );
  });

  it('fills both languages, writes Mongolian in Cyrillic and marks it unreviewed', () => {
    for (const [path, o] of texts) {
      const t = o as { en: unknown; mn: unknown; mnReviewed: unknown };
      expect(typeof t.en === 'string' && t.en.trim().length > 0, `${path}.en`).toBe(true);
      expect(typeof t.mn === 'string' && t.mn.trim().length > 0, `${path}.mn`).toBe(true);
      expect(CYRILLIC.test(String(t.mn)), `${path}.mn is not Cyrillic`).toBe(true);
      expect(t.mn, `${path}.mn copies the English`).not.toBe(t.en);
      expect(t.mnReviewed, path).toBe(false);
    }
  });

  it('gives every item a source with citation and provenance', () => {
    const holders = [...walk(pack)].filter(([, o]) => isSourceHolder(o));
    const expected =
      pack.pillars.length +
      pack.vcpItems.length +
      pack.esTopics.length +
      pack.esChecks.length +
      pack.exclusions.length +
      pack.documents.length +
      pack.greenCriteria.length +
      pack.taxonomy.length +
      pack.measures.length +
      (pack.dataLinks?.length ?? 0);
    expect(holders.length).toBe(expected);
    for (const [path, o] of holders) {
      const s = (o as { source: { citation: unknown; provenance: unknown; url?: string } }).source;
      expect(typeof s.citation === 'string' && s.citation.length > 10, path).toBe(true);
      expect(['S', 'K', 'K?', 'D'], path).toContain(s.provenance);
      if (s.url !== undefined) expect(s.url, path).toMatch(/^https?:\/\//);
      // [K] items must tell the reader to check the original (reference §0).
      if (s.provenance === 'K') expect(String(s.citation), path).toMatch(/verify|\[K/i);
    }
  });
});

describe('VCP items', () => {
  it('has at least 45 items', () => {
    expect(pack.vcpItems.length).toBeGreaterThanOrEqual(45);
  });

  it('gives every pillar at least 3 items and levels 1, 2 and 3', () => {
    const pillars = pack.pillars.map((p) => p.id);
    expect(pillars).toEqual(['ENV', 'EN', 'WA', 'CH', 'WS', 'RM', 'LA', 'HS', 'AC', 'MR']);
    for (const p of pillars) {
      const items = pack.vcpItems.filter((i) => i.pillar === p);
      expect(items.length, p).toBeGreaterThanOrEqual(3);
      expect([...new Set(items.map((i) => i.level))].sort(), p).toEqual([1, 2, 3]);
    }
  });

  it('uses weight 1 and valid processes', () => {
    for (const i of pack.vcpItems) {
      expect(i.weight, i.id).toBe(1);
      for (const p of i.appliesTo) expect(PROCESSES, i.id).toContain(p);
    }
  });

  it('leaves every process at least one item in every pillar', () => {
    for (const proc of PROCESSES) {
      for (const p of pack.pillars) {
        const n = pack.vcpItems.filter(
          (i) => i.pillar === p.id && (i.appliesTo.length === 0 || i.appliesTo.includes(proc)),
        ).length;
        expect(n, `${proc} / ${p.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('keeps wet-processing questions away from dry processes', () => {
    const wetWords = /effluent|pre-treatment|detergent|scouring|dyeing|wastewater|APEO/i;
    for (const i of [...pack.vcpItems, ...pack.esChecks]) {
      if (!wetWords.test(i.question.en)) continue;
      expect(i.appliesTo.length, `${i.id} applies to all`).toBeGreaterThan(0);
      for (const dry of ['garment', 'knitting', 'weaving', 'spinning', 'sorting'] as const)
        expect(i.appliesTo, i.id).not.toContain(dry);
    }
  });

  it('knocks out child labour, forced labour, sub-minimum wages, missing OHS basics and missing permits', () => {
    const ko = pack.vcpItems.filter((i) => i.knockOut);
    const has = (pillar: VcpPillarId, words: RegExp) =>
      ko.some((i) => i.pillar === pillar && words.test(i.question.en));
    expect(has('LA', /minimum wage/i)).toBe(true);
    expect(has('LA', /16 years/i)).toBe(true);
    expect(has('LA', /forced labour/i)).toBe(true);
    expect(has('HS', /OSH basics/i)).toBe(true);
    expect(has('ENV', /permit/i)).toBe(true);
    // Knock-outs cap the whole result, so keep them to the five agreed red lines.
    expect(ko.length).toBe(5);
  });
});
