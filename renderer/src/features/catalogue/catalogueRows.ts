import type { CriteriaPack, Source, Text } from '../../../../shared/catalogue/types';
import type { Language } from '../../../../shared/package/enums';
import type { FactorSet } from '../../../../shared/factors/factorsV1';

export const CATALOGUE_SECTIONS = [
  'vcp',
  'es',
  'exclusions',
  'documents',
  'green',
  'taxonomy',
  'factors',
] as const;
export type CatalogueSection = (typeof CATALOGUE_SECTIONS)[number];

/** One line of the catalogue view: an item, its text in the chosen language and its source. */
export interface CatalogueRow {
  id: string;
  group: string;
  text: string;
  detail: string;
  source: Source;
  /** Mongolian shown but no native speaker has reviewed it. */
  unreviewedMn: boolean;
  tags: string[];
}

const pick = (text: Text, language: Language) => (language === 'mn' ? text.mn : text.en);
const unreviewed = (language: Language, ...texts: Text[]) =>
  language === 'mn' && texts.some((x) => !x.mnReviewed);

export function catalogueRows(
  pack: CriteriaPack,
  factors: FactorSet,
  section: CatalogueSection,
  language: Language,
): CatalogueRow[] {
  switch (section) {
    case 'vcp': {
      const pillar = new Map(pack.pillars.map((p) => [p.id, pick(p.title, language)]));
      return pack.vcpItems.map((i) => ({
        id: i.id,
        group: pillar.get(i.pillar) ?? i.pillar,
        text: pick(i.question, language),
        detail: pick(i.guidance, language),
        source: i.source,
        unreviewedMn: unreviewed(language, i.question, i.guidance),
        tags: [
          `L${String(i.level)}`,
          ...(i.knockOut ? ['knock-out'] : []),
          ...(i.evidenceRequired ? ['evidence'] : []),
          ...i.appliesTo,
        ],
      }));
    }
    case 'es': {
      const topic = new Map(pack.esTopics.map((p) => [p.id, pick(p.title, language)]));
      return pack.esChecks.map((c) => ({
        id: c.id,
        group: topic.get(c.topic) ?? c.topic,
        text: pick(c.question, language),
        detail: `${pick(c.esapAction, language)} — ${pick(c.covenant, language)}`,
        source: c.source,
        unreviewedMn: unreviewed(language, c.question, c.esapAction, c.covenant),
        tags: [c.findingSeverity, c.esapPriority, ...c.documents],
      }));
    }
    case 'exclusions':
      return pack.exclusions.map((x) => ({
        id: x.id,
        group: '',
        text: pick(x.text, language),
        detail: '',
        source: x.source,
        unreviewedMn: unreviewed(language, x.text),
        tags: [],
      }));
    case 'documents':
      return pack.documents.map((d) => ({
        id: d.id,
        group: '',
        text: pick(d.title, language),
        detail: d.permitKind ?? '',
        source: d.source,
        unreviewedMn: unreviewed(language, d.title),
        tags: [...d.appliesTo],
      }));
    case 'green':
      return pack.greenCriteria.map((g) => ({
        id: g.id,
        group: g.role,
        text: pick(g.title, language),
        detail: `${g.kind}: ${String(g.threshold)}`,
        source: g.source,
        unreviewedMn: unreviewed(language, g.title),
        tags: [g.role, ...(g.editable ? ['editable'] : [])],
      }));
    case 'taxonomy':
      return [
        ...pack.taxonomy.map((c) => ({
          id: c.code,
          group: '',
          text: pick(c.title, language),
          detail: c.qualifyingKinds.join(', '),
          source: c.source,
          unreviewedMn: unreviewed(language, c.title),
          tags: [],
        })),
        ...pack.measures.map((m) => ({
          id: m.id,
          group: m.taxonomyCode,
          text: pick(m.title, language),
          detail: '',
          source: m.source,
          unreviewedMn: unreviewed(language, m.title),
          tags: [m.taxonomyCode],
        })),
      ];
    case 'factors':
      return Object.values(factors.factors).map((f) => ({
        id: f.id,
        group: '',
        text: `${f.label}: ${String(f.value)} ${f.unit}`,
        detail: f.note ?? '',
        source: f.source,
        unreviewedMn: false,
        tags: [],
      }));
  }
}

export function filterRows(rows: readonly CatalogueRow[], query: string): CatalogueRow[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...rows];
  return rows.filter((r) =>
    [r.id, r.group, r.text, r.detail, r.source.citation, ...r.tags].some((s) =>
      s.toLowerCase().includes(q),
    ),
  );
}
