import type { Language } from '../package/enums';
import { emptySheet, num, text, type CellSpec, type WorkbookSpec } from '../workbook/spec';
import { MIN_GROUP_SIZE, type GroupBenchmark } from './benchmark';

const L = {
  en: {
    title: 'Workshop group summary',
    sheet: 'Group summary',
    created: 'Prepared',
    participants: 'Participants',
    anonymous:
      'Anonymised: no company names or ids. Quartiles by linear interpolation (as Excel QUARTILE.INC).',
    withheld: `Fewer than ${MIN_GROUP_SIZE} participants: group figures withheld so no firm can be recognised.`,
    head: ['Measure', 'Unit', 'n', 'Min', 'Q1', 'Median', 'Q3', 'Max'],
    none: 'no data',
  },
  mn: {
    title: 'Сургалтын бүлгийн хураангуй',
    sheet: 'Бүлгийн хураангуй',
    created: 'Бэлтгэсэн',
    participants: 'Оролцогчид',
    anonymous:
      'Нэргүйжүүлсэн: компанийн нэр, дугаар байхгүй. Квартилийг шугаман интерполяцаар (Excel QUARTILE.INC-тэй адил) тооцсон.',
    withheld: `Оролцогч ${MIN_GROUP_SIZE}-аас цөөн: аль нэг компанийг таних боломжгүй байлгахын тулд бүлгийн тоог харуулаагүй.`,
    head: ['Үзүүлэлт', 'Нэгж', 'n', 'Хамгийн бага', 'Q1', 'Медиан', 'Q3', 'Хамгийн их'],
    none: 'мэдээлэл алга',
  },
} as const;

/**
 * The group benchmark as a workbook spec for H5's writer: names and units are plain text cells
 * (never formulas), figures are numbers rounded to 3 decimals.
 */
export function groupSummarySpec(
  bench: GroupBenchmark,
  language: Language,
  createdIso: string,
  creator = 'GreenThread',
): WorkbookSpec {
  const l = L[language];
  const sheet = emptySheet('group-summary', l.sheet);
  const r3 = (x: number) => num(Math.round(x * 1000) / 1000, { numFmt: '0.###' });
  const rows: CellSpec[][] = [
    [text(l.title, { style: 'title' })],
    [text(l.created, { style: 'label' }), text(createdIso.slice(0, 10))],
    [text(l.participants, { style: 'label' }), num(bench.participants)],
    [text(bench.shown ? l.anonymous : l.withheld, { style: 'muted' })],
    [],
    l.head.map((h) => text(h, { style: 'header' })),
  ];
  for (const m of bench.measures) {
    const s = m.summary;
    rows.push([
      text(m.label[language]),
      text(m.unit),
      ...(s
        ? [num(s.n), r3(s.min), r3(s.q1), r3(s.median), r3(s.q3), r3(s.max)]
        : [num(0), text(l.none, { style: 'muted' })]),
    ]);
  }
  sheet.rows = rows;
  sheet.columns = [
    { width: 44 },
    { width: 12 },
    ...Array.from({ length: 6 }, () => ({ width: 13 })),
  ];
  sheet.frozen = { rows: 6, cols: 1 };
  return { creator, created: createdIso, title: l.title, sheets: [sheet] };
}
