// "No codes in any language": every enum value a person sees in the workbook is a word, the same
// word as on the app's screens. The test fails if a visible cell holds a raw code.
import enActions from '../../../renderer/src/i18n/locales/en/actions.json';
import enMetrics from '../../../renderer/src/i18n/locales/en/metrics.json';
import mnMetrics from '../../../renderer/src/i18n/locales/mn/metrics.json';
import enOfficer from '../../../renderer/src/i18n/locales/en/officer.json';
import enProfile from '../../../renderer/src/i18n/locales/en/profile.json';
import enScreening from '../../../renderer/src/i18n/locales/en/screening.json';
import mnActions from '../../../renderer/src/i18n/locales/mn/actions.json';
import mnOfficer from '../../../renderer/src/i18n/locales/mn/officer.json';
import mnProfile from '../../../renderer/src/i18n/locales/mn/profile.json';
import mnScreening from '../../../renderer/src/i18n/locales/mn/screening.json';
import { scourerDehairerExample } from '../../../cli/examples/scourerDehairer';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { scorePackage } from '../../../shared/engine/scorePackage';
import {
  ACTION_STATUSES,
  ANSWERS,
  ASSESSMENT_STATUSES,
  CERTIFICATIONS,
  DATA_QUALITIES,
  GREEN_DECISIONS,
  PERMIT_KINDS,
  PRIORITIES,
  PROCESSES,
  RISK_CATEGORIES,
  SEVERITIES,
} from '../../../shared/package/enums';
import * as ENUMS from '../../../shared/package/enums';
import { applicationPackageSchema, type ApplicationPackage } from '../../../shared/package/schema';
import { packStructureSchema } from '../../../shared/catalogue/packSchema';
import { z } from 'zod';
import { buildWorkbookSpec } from '../../../shared/workbook';
import {
  ACTION_SOURCE_WORDS,
  ACTION_STATUS_WORDS,
  CATEGORY_WORDS,
  CERTIFICATION_WORDS,
  DECISION_WORDS,
  DOCUMENT_STATE_WORDS,
  PERMIT_KIND_WORDS,
  PRIORITY_WORDS,
  PROCESS_WORDS,
  QUALITY_WORDS,
  unitWord,
} from '../../../shared/workbook/enumWords';

/** Every enum value a schema of shared/ allows: z.enum options, walked through the schema tree. */
function enumValues(schema: z.ZodType, out = new Set<string>(), seen = new Set<unknown>()) {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = (schema as unknown as { def: Record<string, unknown> }).def;
  if (def['type'] === 'enum')
    for (const v of Object.values(def['entries'] as object)) if (typeof v === 'string') out.add(v);
  for (const v of Object.values(def)) {
    const kids = Array.isArray(v) ? v : v instanceof Object ? [v] : [];
    for (const k of kids) if (k instanceof z.ZodType) enumValues(k, out, seen);
    if (v instanceof Object && !(v instanceof z.ZodType) && !Array.isArray(v))
      for (const k of Object.values(v)) if (k instanceof z.ZodType) enumValues(k, out, seen);
  }
  return out;
}

const CODES = new Set<string>([
  // every const list of shared/package/enums.ts, and every z.enum of the package and pack schemas
  ...Object.values(ENUMS).flatMap((v) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [],
  ),
  ...enumValues(applicationPackageSchema),
  ...enumValues(packStructureSchema),
  ...ACTION_STATUSES,
  ...ANSWERS,
  ...ASSESSMENT_STATUSES,
  ...CERTIFICATIONS,
  ...DATA_QUALITIES,
  'unknown',
  ...GREEN_DECISIONS,
  ...PERMIT_KINDS,
  ...PRIORITIES,
  ...PROCESSES,
  ...RISK_CATEGORIES,
  ...SEVERITIES,
  ...Object.keys(DOCUMENT_STATE_WORDS),
  'manual',
  'vcp',
  'es',
  'green',
]);

/** A package that carries every enum value somewhere a sheet shows it. */
function everyCode(): ApplicationPackage {
  const pkg = scourerDehairerExample();
  pkg.organisation.processes = [...PROCESSES];
  pkg.organisation.certifications = [...CERTIFICATIONS];
  pkg.organisation.permits = PERMIT_KINDS.map((kind, i) => ({
    id: `p${i}`,
    kind,
    expiresOn: '2026-02-01',
  }));
  const kinds = ['vcp', 'es', 'green', 'manual'] as const;
  pkg.actions = ACTION_STATUSES.flatMap((status, i) =>
    PRIORITIES.map((priority, j) => ({
      id: `A-${i}-${j}`,
      source: { kind: kinds[(i + j) % 4]! },
      action: 'Fix it',
      priority,
      status,
      deadline: '2026-06-30',
    })),
  );
  // every source of a figure, and one left unstated, on the Data quality sheet
  const values = pkg.periods[0]!.values;
  const keys = Object.keys(values) as (keyof typeof values)[];
  DATA_QUALITIES.forEach((quality, i) => {
    const v = values[keys[i]!];
    if (v) v.quality = quality;
  });
  if (pkg.es) pkg.es.categoryOverride = { category: 'C', reason: 'Officer visited the site' };
  if (pkg.project)
    pkg.project.decision = {
      decision: 'eligible_subject_to_verification',
      reason: 'Boiler invoice seen on site',
    };
  return pkg;
}

describe('plain words in every visible cell', () => {
  for (const language of ['en', 'mn'] as const) {
    it(`no visible cell holds a raw code (${language})`, () => {
      const pkg = everyCode();
      const built = buildWorkbookSpec({
        pkg,
        pack: ACTIVE_PACK,
        results: scorePackage(pkg, ACTIVE_PACK),
        language,
        charts: null,
      });
      const bad: string[] = [];
      let seen = 0;
      for (const sheet of built.spec.sheets) {
        if (sheet.state !== 'visible') continue;
        sheet.rows.forEach((row, r) =>
          (row ?? []).forEach((cell, c) => {
            // a formula's cached text result is what a reader sees too
            const shown = cell?.t === 's' ? cell.v : cell?.t === 'f' ? cell.result : undefined;
            if (typeof shown !== 'string') return;
            seen++;
            const v = shown.trim();
            // an enum value alone, or a snake_case code anywhere in the text
            if (CODES.has(v) || /\b[a-z]+_[a-z_]+\b/.test(v))
              bad.push(`${sheet.name}!R${r + 1}C${c + 1}: ${v}`);
            // sources are cited by document title, never by a file of this project
            if (/\.(md|ts|tsx|json)\b/i.test(v)) bad.push(`${sheet.name}!R${r + 1}C${c + 1}: ${v}`);
            // Mongolian sheets spell units in Mongolian: no "(kWh)" or "(m3)" in a header
            if (language === 'mn' && /\((kWh|MWh|Gcal|kg|t|L|m3|GJ|h)\)/.test(v))
              bad.push(`${sheet.name}!R${r + 1}C${c + 1}: ${v}`);
          }),
        );
      }
      expect(seen).toBeGreaterThan(300);
      // the walk found the enums nested in the schemas (E&S result, action source, pack roles)
      for (const code of ['finding', 'manual', 'gate', 'condition_precedent', 'lignite'])
        expect(CODES.has(code)).toBe(true);
      expect(bad).toEqual([]);
      // every visible sheet was looked at, the Data quality and Legend sheets included
      expect(built.spec.sheets.filter((x) => x.state === 'visible').map((x) => x.key)).toEqual([
        'summary',
        'profile',
        'metrics',
        'quality',
        'factors',
        'vcp',
        'es',
        'project',
        'actions',
        'evidence',
        'charts',
        'legend',
      ]);
    });
  }

  it('uses the same words as the screens', () => {
    const same = (
      words: Readonly<Record<string, readonly [string, string]>>,
      en: Record<string, string>,
      mn: Record<string, string>,
    ) => {
      for (const [code, [e, m]] of Object.entries(words)) {
        expect([code, e]).toEqual([code, en[code]]);
        expect([code, m]).toEqual([code, mn[code]]);
      }
    };
    same(PERMIT_KIND_WORDS, enProfile.permits.kinds, mnProfile.permits.kinds);
    same(CERTIFICATION_WORDS, enProfile.certifications.names, mnProfile.certifications.names);
    same(PROCESS_WORDS, enOfficer.process, mnOfficer.process);
    same(DECISION_WORDS, enOfficer.decision, mnOfficer.decision);
    same(PRIORITY_WORDS, enActions.priority, mnActions.priority);
    same(ACTION_STATUS_WORDS, enActions.status, mnActions.status);
    const words = (o: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(o).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
    same(QUALITY_WORDS, words(enMetrics.quality), words(mnMetrics.quality));
    const withoutFrom = (o: Record<string, string>) =>
      Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'from'));
    const enSource = withoutFrom(enActions.source);
    const mnSource = withoutFrom(mnActions.source);
    same(ACTION_SOURCE_WORDS, enSource, mnSource);
    same(DOCUMENT_STATE_WORDS, enScreening.documents.states, mnScreening.documents.states);
    same(CATEGORY_WORDS, enScreening.category.meaning, mnScreening.category.meaning);
  });

  it('the Mongolian workbook writes units, rates per month and file kinds in Mongolian', () => {
    const pkg = everyCode();
    pkg.evidence = [{ ...pkg.evidence[0]!, type: 'application/pdf' }];
    const built = buildWorkbookSpec({
      pkg,
      pack: ACTIVE_PACK,
      results: scorePackage(pkg, ACTIVE_PACK),
      language: 'mn',
      charts: null,
    });
    const texts = (key: string) =>
      built.spec.sheets
        .find((s) => s.key === key)!
        .rows.flat()
        .flatMap((c) => (c?.t === 's' ? [c.v] : []));
    // the Legend explains the symbols the Mongolian sheets use, not the English ones
    const legend = texts('legend');
    for (const unit of ['кВт.ц', 'Гкал', 'ГЖ', 'тн', 'зөвхөн тн CO2', 'НДШ (NDSh)'])
      expect(legend).toContain(unit);
    for (const english of ['kWh', 'Gcal', 't CO2 only', 'NDSh', 'OSH'])
      expect(legend).not.toContain(english);
    expect(texts('evidence')).toContain('PDF баримт');
    expect(texts('evidence')).not.toContain('application/pdf');
    // a rate per month says "сард"; the coal NCV row is given per month
    expect(unitWord('MNT/month', 'mn')).toBe('₮ сард');
    expect(unitWord('kWh/yr', 'mn')).toBe('кВт.ц жилд');
    expect(texts('metrics')).toContain('сард');
  });
});
