import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { FACTORS_V1 } from '../../../../shared/factors/factorsV1';
import {
  CATALOGUE_SECTIONS,
  catalogueRows,
  filterRows,
} from '../../../../renderer/src/features/catalogue/catalogueRows';

describe('catalogue view rows', () => {
  it('lists every VCP item and E&S check with a source citation', () => {
    expect(catalogueRows(ACTIVE_PACK, FACTORS_V1, 'vcp', 'en')).toHaveLength(
      ACTIVE_PACK.vcpItems.length,
    );
    expect(catalogueRows(ACTIVE_PACK, FACTORS_V1, 'es', 'en')).toHaveLength(
      ACTIVE_PACK.esChecks.length,
    );
    for (const section of CATALOGUE_SECTIONS) {
      for (const row of catalogueRows(ACTIVE_PACK, FACTORS_V1, section, 'mn')) {
        expect(row.source.citation.length, `${section} ${row.id}`).toBeGreaterThan(3);
        expect(row.text.trim(), `${section} ${row.id}`).not.toBe('');
      }
    }
  });

  it('flags unreviewed Mongolian only when showing Mongolian', () => {
    const mn = catalogueRows(ACTIVE_PACK, FACTORS_V1, 'vcp', 'mn');
    const en = catalogueRows(ACTIVE_PACK, FACTORS_V1, 'vcp', 'en');
    const unreviewedInPack = ACTIVE_PACK.vcpItems.filter(
      (i) => !i.question.mnReviewed || !i.guidance.mnReviewed,
    ).length;
    expect(mn.filter((r) => r.unreviewedMn)).toHaveLength(unreviewedInPack);
    expect(en.some((r) => r.unreviewedMn)).toBe(false);
    expect(mn[0]?.text).toMatch(/\p{Script=Cyrillic}/u);
  });

  it('searches ids, texts, tags and sources', () => {
    const rows = catalogueRows(ACTIVE_PACK, FACTORS_V1, 'vcp', 'en');
    expect(filterRows(rows, 'vcp-la-02').map((r) => r.id)).toEqual(['VCP-LA-02']);
    expect(filterRows(rows, 'knock-out').length).toBe(
      ACTIVE_PACK.vcpItems.filter((i) => i.knockOut).length,
    );
    expect(filterRows(rows, '  ')).toHaveLength(rows.length);
    const grid = filterRows(catalogueRows(ACTIVE_PACK, FACTORS_V1, 'factors', 'en'), 'JCM');
    expect(grid.map((r) => r.id)).toContain('grid.ef');
  });
});
