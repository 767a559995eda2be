import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RANGE_SOURCE } from '../../../shared/catalogue/metricRanges';
import { citationText } from '../../../shared/catalogue/citationText';
import { PACKS } from '../../../shared/catalogue/packs';
import type { Source } from '../../../shared/catalogue/types';
import { FACTORS_V1, HDD_SOURCE, MINIMUM_WAGES, resolveFactors } from '../../../shared/factors';
import { factorCitation } from '../../../shared/factors/citations';
import { PRICE_HINTS_SOURCE } from '../../../shared/scoring/greenFigures';
import { DENSITY } from '../../../shared/units/densities';
import { isSourceHolder, isText, walk } from './walk';

// Issue 18: a person sees a source by its document title ("IPCC 2006 Guidelines Vol.2 Table 2.3"),
// never by a pointer into this project's research notes (reference.md §5.3, realism.md), which a
// bank or a manager does not have. Checked on the stored strings AND on what each reader shows.
const PROJECT_POINTER =
  /reference\.md|realism\.md|\.md\b|\breference §|лавлах баримт|(?:^|[;,(:]\s*)§\s*\d/i;

function packSources(): [string, Source][] {
  const out: [string, Source][] = [];
  for (const pack of PACKS)
    for (const [where, o] of walk(pack)) if (isSourceHolder(o)) out.push([where, o.source]);
  return out;
}

function packTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const pack of PACKS)
    for (const [where, o] of walk(pack))
      if (isText(o)) out.push([`${where}.en`, o.en], [`${where}.mn`, o.mn]);
  return out;
}

function factorSources(): Source[] {
  return [
    ...Object.values(FACTORS_V1.factors).map((f) => f.source),
    ...MINIMUM_WAGES.map((m) => m.source),
    ...Object.values(DENSITY).map((d) => d.source),
    resolveFactors().cite['heat.ef']!.source,
    HDD_SOURCE,
    PRICE_HINTS_SOURCE,
    RANGE_SOURCE,
  ];
}

function localeStrings(): [string, string][] {
  const out: [string, string][] = [];
  const root = path.resolve(__dirname, '../../../renderer/src/i18n/locales');
  for (const lang of fs.readdirSync(root))
    for (const file of fs.readdirSync(path.join(root, lang))) {
      const json: unknown = JSON.parse(fs.readFileSync(path.join(root, lang, file), 'utf8'));
      const visit = (v: unknown, key: string): void => {
        if (typeof v === 'string') out.push([key, v]);
        else if (v && typeof v === 'object')
          for (const [k, x] of Object.entries(v)) visit(x, `${key}.${k}`);
      };
      visit(json, `${lang}/${file}`);
    }
  return out;
}

describe('every source a person can read names a document, not our notes', () => {
  it('recognises the pointers it is looking for', () => {
    for (const bad of [
      'IPCC 2006 Vol.2 Table 2.3; reference.md §5.3',
      'Higg FEM levels; reference §8.1',
      'Хөдөлмөрийн тухай хууль; лавлах баримт §6',
      'orders of magnitude (realism.md)',
      '§2.4',
      'Designed table; §9 draft',
    ])
      expect(bad).toMatch(PROJECT_POINTER);
    expect('Labour Law of Mongolia Art. 12 §3').not.toMatch(PROJECT_POINTER);
  });

  it('criteria pack: stored citations and the line each language shows', () => {
    const bad = packSources().flatMap(([where, s]) =>
      [s.citation, citationText(s, 'en'), citationText(s, 'mn')]
        .filter((line) => PROJECT_POINTER.test(line))
        .map((line) => `${where}: ${line}`),
    );
    expect(bad).toEqual([]);
    expect(packSources().length).toBeGreaterThan(100);
  });

  it('criteria pack: question, check and criterion texts in both languages', () => {
    const bad = packTexts().filter(([, line]) => PROJECT_POINTER.test(line));
    expect(bad).toEqual([]);
  });

  it('factors, wages, densities, heating degree days, price hints and plausible ranges', () => {
    const bad = factorSources().flatMap((s) =>
      [s.citation, factorCitation(s, 'en'), factorCitation(s, 'mn')].filter((line) =>
        PROJECT_POINTER.test(line),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('interface words (every locale file)', () => {
    const bad = localeStrings().filter(([, line]) => PROJECT_POINTER.test(line));
    expect(bad).toEqual([]);
  });
});
