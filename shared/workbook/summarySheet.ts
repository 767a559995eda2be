// The Summary: what a credit analyst reads in 30 seconds, in words, in the chosen language.
// Numbers that come from the Metrics sheet are formulas over its year rows, so they move with it.
import type { CriteriaPack, Text } from '../catalogue/types';
import type { PackageResults } from '../engine/types';
import type { Language } from '../package/enums';
import type { ApplicationPackage } from '../package/schema';
import type { GreenCriterionResult } from '../scoring/green';
import { AT_MOST_KINDS } from '../scoring/greenCriteria';
import { EXPIRY_WARNING_DAYS } from '../scoring/esRules';
import { monitoringReportTitle } from '../monitoring/purpose';
import { longMonth, tableDate, tableDateTime } from '../words/dates';
import {
  CATEGORY_WORDS,
  DECISION_WORDS,
  DOCUMENT_STATE_WORDS,
  codeWord,
  unitWord,
} from './enumWords';
import { declarationBlocks, type Review } from './declarationBlock';
import { sheetRef } from './expr';
import { headlineResults, type Light } from './headlines';
import { label } from './labels';
import type { DerivedKey, YearFigures } from './metricsSheet';
import { emptySheet, formula, text, type CellSpec, type SheetSpec } from './spec';

export interface SummaryInput {
  pkg: ApplicationPackage;
  pack: CriteriaPack | null;
  results: PackageResults | null;
  lang: Language;
  digest: string;
  /** The installation's signing key; absent, the Summary says the workbook is unsigned. */
  signature?: { fingerprint: string };
  metrics: { sheet: string; years: readonly YearFigures[] };
  review?: Review;
}

const LIGHT_STYLE = { green: 'good', amber: 'warn', red: 'bad', none: 'muted' } as const;
const LIGHT_WORD: Record<Light, readonly [string, string]> = {
  green: ['Green', 'Ногоон'],
  amber: ['Amber', 'Шар'],
  red: ['Red', 'Улаан'],
  none: ['—', '—'],
};

/** Texts that only the Summary uses. Mongolian not reviewed by a native speaker yet. */
const W = {
  registration: ['Registration number', 'Регистрийн дугаар'],
  signature: ['Signature', 'Цахим гарын үсэг'],
  signed: [
    'Signed by the exporting installation’s key: the file has not been changed since export if verify says intact',
    'Экспортолсон програмын түлхүүрээр гарын үсэг зурсан: verify "бүрэн бүтэн" гэвэл экспортоос хойш өөрчлөгдөөгүй',
  ],
  unsigned: [
    'Unsigned: no digital signature; only the integrity digest below',
    'Гарын үсэггүй: цахим гарын үсэг байхгүй; зөвхөн доорх бүрэн бүтэн байдлын хураангуй',
  ],
  fingerprint: ['Key fingerprint', 'Түлхүүрийн хурууны хээ'],
  whyCategory: ['Why risk category', 'Эрсдэлийн ангиллын шалтгаан:'],
  override: ['Set by the loan officer', 'Зээлийн ажилтан тогтоосон'],
  greenDecision: ['Green loan decision', 'Ногоон зээлийн шийдвэр'],
  suggested: ['Suggested decision', 'Санал болгосон шийдвэр'],
  blocking: ['Blocking condition', 'Саад болж буй нөхцөл'],
  failed: ['Criteria not met', 'Хангаагүй шалгуур'],
  criterion: ['Criterion', 'Шалгуур'],
  measured: ['Measured', 'Хэмжсэн'],
  threshold: ['Required', 'Шаардлага'],
  allMet: ['Every applicable criterion is met', 'Хамаарах бүх шалгуурыг хангасан'],
  noProject: ['No green project in this application', 'Энэ өргөдөлд ногоон төсөл байхгүй'],
  missingDocs: ['Documents still missing', 'Дутуу бичиг баримт'],
  document: ['Document', 'Баримт бичиг'],
  state: ['State', 'Төлөв'],
  allDocs: ['Every required document is at hand.', 'Шаардлагатай бүх баримт бичиг бүрдсэн.'],
  permits: [
    'Permits expired or expiring within {days} days',
    'Хугацаа нь дууссан эсвэл {days} хоногт дуусах зөвшөөрөл',
  ],
  checkedOn: [
    'Checked against {date}, the day this data was exported; a permit is expired when it ends before that day.',
    '{date}-ны байдлаар шалгасан (өгөгдлийг экспортолсон өдөр); тэр өдрөөс өмнө дууссан зөвшөөрөл хугацаа нь дууссан гэж тооцогдоно.',
  ],
  expiresOn: ['Expires on', 'Дуусах огноо'],
  noPermitIssue: [
    'No permit has expired or expires within {days} days.',
    '{days} хоногийн дотор дуусах эсвэл дууссан зөвшөөрөл байхгүй.',
  ],
  yearFigures: [
    'Energy, emissions and intensity against the previous year (from the Metrics sheet)',
    'Эрчим хүч, ялгарал, эрчимжилт өмнөх жилтэй харьцуулахад (Үзүүлэлтүүд хуудаснаас)',
  ],
  indicator: ['Indicator', 'Үзүүлэлт'],
  change: ['Change', 'Өөрчлөлт'],
  months: ['Months with data', 'Өгөгдөлтэй сар'],
  noYears: ['No metrics entered', 'Үзүүлэлт оруулаагүй'],
  resultsNote: [
    'Results were not computed for this workbook.',
    'Энэ ажлын номонд үр дүн тооцоогүй.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

const w = (k: keyof typeof W, lang: Language): string => W[k][lang === 'en' ? 0 : 1];
/** The permit texts name the warning window the engine uses, never a number of their own. */
const days = (k: 'permits' | 'noPermitIssue', lang: Language): string =>
  w(k, lang).replace('{days}', String(EXPIRY_WARNING_DAYS));
const tx = (t: Text, lang: Language): string => t[lang];

function pair(k: string, v: CellSpec): CellSpec[] {
  return [text(k, { style: 'label' }), v];
}

/** A row whose one text spans the four columns, so a long sentence wraps across the page. */
function wide(s: SheetSpec, cell: CellSpec): void {
  s.rows.push([cell]);
  s.merges.push(`A${s.rows.length}:D${s.rows.length}`);
}

function section(s: SheetSpec, title: string): void {
  wide(s, text(title, { style: 'header' }));
}

function periodWords(pkg: ApplicationPackage, lang: Language): string {
  const keys = pkg.periods.map((p) => p.period).sort();
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (first === undefined || last === undefined) return '—';
  return first === last
    ? longMonth(first, lang)
    : `${longMonth(first, lang)} – ${longMonth(last, lang)}`;
}

function num(n: number | boolean | null, lang: Language): string {
  if (n === null) return lang === 'en' ? 'no data' : 'өгөгдөлгүй';
  if (typeof n === 'boolean') return label(n ? 'yes' : 'no', lang);
  return n.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

function requirement(c: GreenCriterionResult, lang: Language): string {
  if (typeof c.measured === 'boolean' || c.unit === '' || c.unit === 'flag')
    return lang === 'en' ? 'must be met' : 'хангасан байх';
  const v = `${num(c.threshold, lang)} ${unitWord(c.unit, lang)}`.trim();
  if (AT_MOST_KINDS.has(c.kind)) return lang === 'en' ? `at most ${v}` : `${v}-аас ихгүй`;
  return lang === 'en' ? `at least ${v}` : `${v}-аас багагүй`;
}

function measured(c: GreenCriterionResult, lang: Language): string {
  if (typeof c.measured !== 'number') return num(c.measured, lang);
  return `${num(c.measured, lang)} ${unitWord(c.unit, lang)}`.trim();
}

/** The E&S gate in words: what exactly blocks it. */
function gateWhy(r: PackageResults, pack: CriteriaPack | null, lang: Language): string {
  const en = lang === 'en';
  const parts: string[] = [];
  if (r.es.exclusion.excluded)
    parts.push(
      en ? 'an activity on the exclusion list' : 'санхүүжүүлэхгүй жагсаалтад орсон үйл ажиллагаа',
    );
  // each finding by its check's question, its id beside it for reference
  const high = r.es.unresolvedHighFindings.map((id) => {
    const check = pack?.esChecks.find((c) => c.id === id);
    return check ? `${tx(check.question, lang)} (${id})` : id;
  });
  if (high.length > 0)
    parts.push(
      en
        ? `${high.length} unresolved high-severity finding(s): ${high.join(', ')}`
        : `шийдвэрлээгүй ноцтой зөрчил ${high.length}: ${high.join(', ')}`,
    );
  const permits = r.es.documents.filter((d) => r.es.permitProblems.includes(d.id));
  if (permits.length > 0)
    parts.push(
      (en
        ? 'required permit missing or expired: '
        : 'шаардлагатай зөвшөөрөл байхгүй эсвэл дууссан: ') +
        permits.map((d) => tx(d.title, lang)).join('; '),
    );
  return parts.join('; ');
}

export function buildSummarySheet(input: SummaryInput): SheetSpec {
  const { pkg, pack, results: r, lang, digest, signature, metrics } = input;
  const s = emptySheet('summary', label('summary', lang));
  const org = pkg.organisation;
  s.columns = [{ width: 44 }, { width: 62 }, { width: 18 }, { width: 14 }];
  // a monitoring report says so before anything else, so no reader takes it for an application
  const title = pkg.purpose
    ? monitoringReportTitle(pkg.purpose.year, lang)
    : lang === 'en'
      ? org.nameEn || org.nameMn
      : org.nameMn;
  s.rows.push([text(title, { style: 'title' })]);
  s.merges.push('A1:D1');
  s.rows.push(
    pair(label('organisation', lang), text(`${org.nameMn}${org.nameEn ? ` / ${org.nameEn}` : ''}`)),
  );
  s.rows.push(pair(w('registration', lang), text(org.registrationNo)));
  s.rows.push(pair(label('period', lang), text(periodWords(pkg, lang))));
  s.rows.push(pair(label('preparedBy', lang), text(pkg.preparedBy)));
  s.rows.push(pair(label('preparedAt', lang), text(tableDateTime(pkg.createdAt, lang))));
  s.rows.push(
    pair(w('signature', lang), text(w(signature ? 'signed' : 'unsigned', lang), { style: 'wrap' })),
  );
  s.rows.push(pair(w('fingerprint', lang), text(signature?.fingerprint ?? '—')));
  const packTitle = pack ? `${tx(pack.title, lang)}, ` : '';
  const version = lang === 'en' ? `version ${pkg.packVersion}` : `${pkg.packVersion} хувилбар`;
  s.rows.push(pair(label('packVersion', lang), text(`${packTitle}${version}`)));
  s.rows.push(pair(label('appVersion', lang), text(pkg.appVersion)));
  s.rows.push(pair(label('digest', lang), text(digest)));
  wide(s, text(label('digestNote', lang), { style: 'wrap' }));
  s.rows.push([]);

  s.rows.push([
    text(label('results', lang), { style: 'header' }),
    text(label('result', lang), { style: 'header' }),
    text(label('status', lang), { style: 'header' }),
  ]);
  if (r === null) {
    wide(s, text(w('resultsNote', lang), { style: 'muted' }));
  } else {
    for (const h of headlineResults(r)) {
      s.rows.push([
        text(tx(h.label, lang), { style: 'wrap' }),
        text(tx(h.value, lang), { style: 'wrap' }),
        text(LIGHT_WORD[h.light][lang === 'en' ? 0 : 1], { style: LIGHT_STYLE[h.light] }),
      ]);
    }
  }
  yearRows(s, metrics, lang);
  if (r !== null) resultSections(s, r, pack, lang);
  declarationBlocks(s, lang, input.review);
  s.protect = true;
  return s;
}

function yearRows(s: SheetSpec, m: SummaryInput['metrics'], lang: Language): void {
  s.rows.push([]);
  const last = m.years[m.years.length - 1];
  const prevYear = last === undefined ? undefined : String(Number(last.year) - 1);
  const prev = m.years.find((y) => y.year === prevYear);
  section(s, w('yearFigures', lang));
  if (last === undefined) {
    wide(s, text(w('noYears', lang), { style: 'muted' }));
    return;
  }
  s.rows.push([
    text(w('indicator', lang), { style: 'label' }),
    text(prev?.year ?? prevYear ?? '', { style: 'label' }),
    text(last.year, { style: 'label' }),
    text(w('change', lang), { style: 'label' }),
  ]);
  const lines: [DerivedKey, string][] = [
    ['totalEnergy', '#,##0'],
    ['scope1', '#,##0.00'],
    ['scope2', '#,##0.00'],
    ['co2', '#,##0.00'],
    ['energyIntensity', '0.000'],
    ['waterIntensity', '0.000'],
  ];
  for (const [k, numFmt] of lines) {
    const rowNo = s.rows.length + 1;
    const cellOf = (y: YearFigures | undefined): CellSpec =>
      y === undefined
        ? text('—', { style: 'muted' })
        : formula(sheetRef(m.sheet, y.cells[k]), y.figures[k], { numFmt });
    const a = prev?.figures[k];
    const b = last.figures[k];
    const change: CellSpec =
      prev === undefined
        ? text('—', { style: 'muted' })
        : formula(
            `IF(AND(ISNUMBER(B${rowNo}),ISNUMBER(C${rowNo}),N(B${rowNo})<>0),C${rowNo}/B${rowNo}-1,"")`,
            typeof a === 'number' && typeof b === 'number' && a !== 0 ? b / a - 1 : '',
            { numFmt: '+0.0%;-0.0%;0.0%' },
          );
    s.rows.push([text(label(k, lang), { style: 'wrap' }), cellOf(prev), cellOf(last), change]);
  }
  // a formula over the Metrics rows, so a month typed in later (or cleared) changes the count
  const monthsOf = (y: YearFigures | undefined): CellSpec =>
    y === undefined
      ? text('—', { style: 'muted' })
      : formula(
          y.monthsFormula((range) => sheetRef(m.sheet, range)),
          y.months,
          { numFmt: '0' },
        );
  s.rows.push([text(w('months', lang), { style: 'wrap' }), monthsOf(prev), monthsOf(last)]);
}

function resultSections(
  s: SheetSpec,
  r: PackageResults,
  pack: CriteriaPack | null,
  lang: Language,
): void {
  const cat = r.es.finalCategory;
  s.rows.push([]);
  section(s, `${w('whyCategory', lang)} ${cat}`);
  wide(s, text(codeWord(CATEGORY_WORDS, cat, lang), { style: 'wrap' }));
  // The engine words its reasons (shared/scoring/esReasonWords.ts): the same sentence as the app.
  for (const reason of r.es.reasons) wide(s, text(`• ${tx(reason.text, lang)}`, { style: 'wrap' }));
  if (r.es.override) {
    s.rows.push(
      pair(w('override', lang), text(`${cat}: ${r.es.override.reason}`, { style: 'wrap' })),
    );
  }

  s.rows.push([]);
  section(s, w('greenDecision', lang));
  const g = r.green;
  if (g === null) {
    wide(s, text(w('noProject', lang), { style: 'muted' }));
  } else {
    s.rows.push(
      pair(
        w('suggested', lang),
        text(codeWord(DECISION_WORDS, g.suggestedDecision, lang), {
          style: g.eligible ? 'good' : 'bad',
        }),
      ),
    );
    const byId = new Map(g.criteria.map((c) => [c.id, c]));
    for (const id of g.blockingGates) {
      const c = byId.get(id);
      if (c === undefined) continue;
      const why =
        c.kind === 'es_gate'
          ? gateWhy(r, pack, lang)
          : `${measured(c, lang)}; ${requirement(c, lang)}`;
      s.rows.push(
        pair(w('blocking', lang), text(`${tx(c.title, lang)} — ${why}`, { style: 'wrap' })),
      );
    }
    const failed = g.criteria.filter((c) => c.applicable && c.pass === false && c.role !== 'gate');
    if (failed.length === 0) {
      wide(s, text(w('allMet', lang), { style: 'muted' }));
    } else {
      s.rows.push([
        text(w('failed', lang), { style: 'label' }),
        text(w('measured', lang), { style: 'label' }),
        text(w('threshold', lang), { style: 'label' }),
      ]);
      for (const c of failed)
        s.rows.push([
          text(tx(c.title, lang), { style: 'wrap' }),
          text(measured(c, lang)),
          text(requirement(c, lang), { style: 'wrap' }),
        ]);
    }
  }

  s.rows.push([]);
  section(s, w('missingDocs', lang));
  const missing = r.es.documents.filter((d) => d.outstanding);
  if (missing.length === 0) wide(s, text(w('allDocs', lang), { style: 'muted' }));
  else {
    s.rows.push([
      text(w('document', lang), { style: 'label' }),
      text(w('state', lang), { style: 'label' }),
    ]);
    for (const d of missing)
      s.rows.push([
        text(tx(d.title, lang), { style: 'wrap' }),
        text(codeWord(DOCUMENT_STATE_WORDS, d.state, lang), { style: 'warn' }),
      ]);
  }

  s.rows.push([]);
  section(s, days('permits', lang));
  // the date the engine judged expiry against (results.asOf), so the reader knows "expired" when
  wide(
    s,
    text(w('checkedOn', lang).replace('{date}', tableDate(r.asOf, lang)), { style: 'muted' }),
  );
  const permits = r.es.documents.filter(
    (d) => d.permitKind !== null && (d.state === 'expired' || d.state === 'expiring_soon'),
  );
  if (permits.length === 0) wide(s, text(days('noPermitIssue', lang), { style: 'muted' }));
  else {
    s.rows.push([
      text(w('document', lang), { style: 'label' }),
      text(w('expiresOn', lang), { style: 'label' }),
      text(w('state', lang), { style: 'label' }),
    ]);
    for (const d of permits)
      s.rows.push([
        text(tx(d.title, lang), { style: 'wrap' }),
        text(d.expiresOn === null ? '—' : tableDate(d.expiresOn, lang)),
        text(codeWord(DOCUMENT_STATE_WORDS, d.state, lang), {
          style: d.state === 'expired' ? 'bad' : 'warn',
        }),
      ]);
  }
}
