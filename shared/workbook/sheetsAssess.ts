// VCP and E&S checklist sheets: one row per criterion, keyed by its permanent id in column A,
// the answer in a drop-down (validation over the whole column range, lists on the Lists sheet).
import type { CriteriaPack, Text } from '../catalogue/types';
import type { Language, Process } from '../package/enums';
import type { ApplicationPackage } from '../package/schema';
import type { PackageResults } from '../engine/types';
import type { Contradiction } from '../scoring/dataLinks';
import type { DocumentStatus } from '../scoring/esDocuments';
import { recordsWords } from '../words/contradictionWords';
import { CATEGORY_WORDS, SEVERITY_WORDS, codeWord } from './enumWords';
import { ANSWER_WORDS, ES_RESULT_WORDS, label, word } from './labels';
import type { AnswerLayout } from './layout';
import { emptySheet, num, text, type CellSpec, type SheetSpec } from './spec';

const HEADER_ROW = 1;

function applies(appliesTo: readonly Process[], processes: readonly Process[]): boolean {
  return appliesTo.length === 0 || appliesTo.some((p) => processes.includes(p));
}

function tx(t: Text | undefined, lang: Language): string {
  return t === undefined ? '' : t[lang];
}

function answerCell(shown: string): CellSpec {
  return { t: 's', v: shown, unlocked: true, style: 'input' };
}

/** Texts only these sheets use. Mongolian not reviewed by a native speaker yet. */
const W = {
  againstData: ['Against the firm’s own data', 'Компанийн өөрийн тоо баримттай зөрчилдөх нь'],
  officerReason: ['Officer’s reason', 'Ажилтны тайлбар'],
  no: ['so it counts as “No”', 'тиймээс «Үгүй» гэж тооцно'],
  finding: ['so it is a finding ({{severity}})', 'тиймээс зөрчил ({{severity}}) болно'],
  unconfirmed: [
    'so it stays open until the bank has seen the evidence',
    'тиймээс банк нотлох баримтыг үзэх хүртэл нээлттэй',
  ],
  officer: [
    'the officer’s result stands against it, with the reason beside it',
    'ажилтны дүгнэлт тайлбартайгаа хүчинтэй',
  ],
} as const satisfies Record<string, readonly [string, string]>;

const w = (k: keyof typeof W, lang: Language): string => W[k][lang === 'en' ? 0 : 1];

/**
 * Each row's contradictions in one sentence: what the records show (the shared sentence the app's
 * screens use) and what is counted instead. Empty when the data agrees or was not scored.
 */
function againstData(
  contradictions: readonly Contradiction[],
  documents: readonly DocumentStatus[],
  lang: Language,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of contradictions) {
    const records = recordsWords(c, documents, lang, 'recordsOfficer');
    const then = w(c.scoredAs, lang).replace(
      '{{severity}}',
      c.severity === null ? '' : codeWord(SEVERITY_WORDS, c.severity, lang),
    );
    const line = `${records.charAt(0).toUpperCase()}${records.slice(1)}: ${then}.`;
    const before = out.get(c.itemId);
    out.set(c.itemId, before === undefined ? line : `${before} ${line}`);
  }
  return out;
}

// a contradiction is a warning: the same amber style as the Summary's other warnings
function dataCell(words: string | undefined): CellSpec {
  return words === undefined ? null : text(words, { style: 'warn' });
}

export function buildVcpSheet(
  pkg: ApplicationPackage,
  pack: CriteriaPack | null,
  lang: Language,
  answersList: string,
  results: PackageResults | null,
): { sheet: SheetSpec; layout: AnswerLayout } {
  const s = emptySheet('vcp', label('vcp', lang));
  const data = againstData(results?.vcp.contradictions ?? [], results?.es.documents ?? [], lang);
  const answers = pkg.vcp?.answers ?? {};
  const processes = pkg.organisation.processes;
  const items = (pack?.vcpItems ?? []).filter(
    (i) => applies(i.appliesTo, processes) || i.id in answers,
  );
  const known = new Set(items.map((i) => i.id));
  const pillarTitle = new Map((pack?.pillars ?? []).map((p) => [p.id, p.title]));
  s.columns = [
    { width: 13 },
    { width: 22 },
    { width: 60 },
    { width: 50 },
    { width: 16 },
    { width: 40 },
    { width: 10 },
    { width: 48 },
  ];
  s.rows.push([
    ...(
      ['id', 'pillar', 'question', 'guidance', 'answer', 'comment', 'evidenceCount'] as const
    ).map((k) => text(label(k, lang), { style: 'header' })),
    text(w('againstData', lang), { style: 'header' }),
  ]);
  const row = (id: string, pillar: string, question: string, guidance: string): CellSpec[] => {
    const a = answers[id];
    return [
      text(id, { style: 'label' }),
      text(pillar, { style: 'wrap' }),
      text(question, { style: 'wrap' }),
      text(guidance, { style: 'wrap' }),
      answerCell(a ? word(ANSWER_WORDS, a.answer, lang) : ''),
      { t: 's', v: a?.comment ?? '', unlocked: true, style: 'wrap' },
      num(a?.evidence?.length ?? 0),
      dataCell(data.get(id)),
    ];
  };
  for (const i of items) {
    s.rows.push(
      row(
        i.id,
        `${i.pillar} ${tx(pillarTitle.get(i.pillar), lang)}`.trim(),
        tx(i.question, lang),
        tx(i.guidance, lang),
      ),
    );
  }
  // answers to items this pack does not list (another pack version) are still shown and kept
  for (const id of Object.keys(answers).sort()) {
    if (!known.has(id)) s.rows.push(row(id, '', '', ''));
  }
  const last = Math.max(s.rows.length, HEADER_ROW + 1);
  s.validations.push({ range: `E${HEADER_ROW + 1}:E${last}`, source: answersList });
  s.frozen = { rows: HEADER_ROW, cols: 1 };
  s.protect = true;
  return {
    sheet: s,
    layout: { sheet: s.name, headerRow: HEADER_ROW, idCol: 1, answerCol: 5, commentCol: 6 },
  };
}

export function buildEsSheet(
  pkg: ApplicationPackage,
  pack: CriteriaPack | null,
  lang: Language,
  resultsList: string,
  results: PackageResults | null,
): { sheet: SheetSpec; layout: AnswerLayout } {
  const s = emptySheet('es', label('es', lang));
  const data = againstData(results?.es.contradictions ?? [], results?.es.documents ?? [], lang);
  const checks = pkg.es?.checks ?? {};
  const processes = pkg.organisation.processes;
  const items = (pack?.esChecks ?? []).filter(
    (c) => applies(c.appliesTo, processes) || c.id in checks,
  );
  const known = new Set(items.map((c) => c.id));
  const topicTitle = new Map((pack?.esTopics ?? []).map((t) => [t.id, t.title]));
  const sev = (v: string | undefined): string =>
    v === undefined ? '' : codeWord(SEVERITY_WORDS, v, lang);
  s.columns = [
    { width: 13 },
    { width: 22 },
    { width: 60 },
    { width: 20 },
    { width: 12 },
    { width: 40 },
    // "Баталгаажсан" (confirmed) is one word: it needs the width to stay whole
    { width: 14 },
    { width: 48 },
    { width: 36 },
  ];
  s.rows.push([
    ...(['id', 'topic', 'question', 'result', 'severity', 'note', 'confirmed'] as const).map((k) =>
      text(label(k, lang), { style: 'header' }),
    ),
    text(w('againstData', lang), { style: 'header' }),
    text(w('officerReason', lang), { style: 'header' }),
  ]);
  const row = (id: string, topic: string, question: string): CellSpec[] => {
    const c = checks[id];
    return [
      text(id, { style: 'label' }),
      text(topic, { style: 'wrap' }),
      text(question, { style: 'wrap' }),
      answerCell(c ? word(ES_RESULT_WORDS, c.result, lang) : ''),
      text(sev(c?.severity)),
      { t: 's', v: c?.note ?? '', unlocked: true, style: 'wrap' },
      text(c === undefined ? '' : label(c.confirmed ? 'yes' : 'no', lang)),
      dataCell(data.get(id)),
      // the officer's result against the data stands only with this reason (officerOverData)
      c?.dataOverrideReason === undefined ? null : text(c.dataOverrideReason, { style: 'wrap' }),
    ];
  };
  for (const c of items)
    s.rows.push(
      row(c.id, `${c.topic} ${tx(topicTitle.get(c.topic), lang)}`.trim(), tx(c.question, lang)),
    );
  for (const id of Object.keys(checks).sort()) if (!known.has(id)) s.rows.push(row(id, '', ''));
  const last = Math.max(s.rows.length, HEADER_ROW + 1);
  s.validations.push({ range: `D${HEADER_ROW + 1}:D${last}`, source: resultsList });

  // Exclusion list after one blank row: the reader stops at the first row without an id.
  const exclusions = pkg.es?.exclusions ?? {};
  const exclusionItems = pack?.exclusions ?? [];
  if (exclusionItems.length > 0 || Object.keys(exclusions).length > 0) {
    s.rows.push([]);
    s.rows.push([
      text(label('id', lang), { style: 'header' }),
      text('', { style: 'header' }),
      text(label('exclusion', lang), { style: 'header' }),
      text(label('hit', lang), { style: 'header' }),
      text('', { style: 'header' }),
      text(label('note', lang), { style: 'header' }),
    ]);
    const ids = [...new Set([...exclusionItems.map((e) => e.id), ...Object.keys(exclusions)])];
    const byId = new Map(exclusionItems.map((e) => [e.id, e.text]));
    for (const id of ids) {
      const e = exclusions[id];
      // the activity in the wide question column, so the list reads on paper
      s.rows.push([
        text(id, { style: 'label' }),
        null,
        text(tx(byId.get(id), lang), { style: 'wrap' }),
        text(e === undefined ? '' : label(e.hit ? 'yes' : 'no', lang)),
        null,
        text(e?.note ?? '', { style: 'wrap' }),
      ]);
    }
  }
  if (pkg.es?.categoryOverride) {
    s.rows.push([]);
    s.rows.push([
      null,
      text(lang === 'en' ? 'Category set by the officer' : 'Ажилтны тогтоосон ангилал', {
        style: 'label',
      }),
      text(codeWord(CATEGORY_WORDS, pkg.es.categoryOverride.category, lang), { style: 'wrap' }),
      null,
      null,
      text(pkg.es.categoryOverride.reason, { style: 'wrap' }),
    ]);
  }
  s.frozen = { rows: HEADER_ROW, cols: 1 };
  s.protect = true;
  return {
    sheet: s,
    layout: { sheet: s.name, headerRow: HEADER_ROW, idCol: 1, answerCol: 4, commentCol: 6 },
  };
}
