import type { Language } from '../package/enums';
import { tableDate } from '../words/dates';
import {
  emptySheet,
  formula,
  num,
  text,
  type CellSpec,
  type SheetSpec,
  type WorkbookSpec,
} from '../workbook/spec';
import {
  MIN_GROUP_SIZE,
  type BenchmarkMeasure,
  type GroupBenchmark,
  type MeasureKey,
} from './benchmark';

/** A measure's chart as a PNG (drawn by the app from groupChartSvgs), keyed by measure. */
export interface GroupChartImage {
  png: Uint8Array;
  width: number;
  height: number;
}

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
    values: "The group's values, lowest to highest (not in the order the files arrived)",
    value: 'Value',
    rank: 'Rank',
    stats: 'Figures (formulas over the values)',
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
    values: 'Бүлгийн утгууд, багаас их рүү (файл ирсэн дарааллаар биш)',
    value: 'Утга',
    rank: 'Эрэмбэ',
    stats: 'Тоонууд (утгууд дээрх томьёо)',
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
  charts: ReadonlyMap<MeasureKey, GroupChartImage> = new Map(),
): WorkbookSpec {
  const l = L[language];
  const sheet = emptySheet('group-summary', l.sheet);
  const r3 = (x: number) => num(Math.round(x * 1000) / 1000, { numFmt: '0.###' });
  const rows: CellSpec[][] = [
    [text(l.title, { style: 'title' })],
    [text(l.created, { style: 'label' }), text(tableDate(createdIso, language))],
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
  sheet.print = { orientation: 'landscape', header: '', footer: '&P / &N', repeatRows: '6:6' };
  const perMeasure = bench.shown
    ? bench.measures.flatMap((m, i) =>
        m.values && m.values.length > 0 ? [measureSheet(m, i, language, charts.get(m.key))] : [],
      )
    : [];
  return { creator, created: createdIso, title: l.title, sheets: [sheet, ...perMeasure] };
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
function sheetName(index: number, label: string): string {
  return `${String(index + 1)} ${label.replace(/^(VCP|ДДД): /, '')}`
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
    .trim();
}

/**
 * One measure: the sorted values, the five figures as live formulas over them (so a trainer can
 * add a late participant's value and see the figures move) and the chart beside them.
 */
function measureSheet(
  m: BenchmarkMeasure,
  index: number,
  language: Language,
  chart: GroupChartImage | undefined,
): SheetSpec {
  const l = L[language];
  const values = m.values ?? [];
  const sheet = emptySheet(`group-${m.key}`, sheetName(index, m.label[language]));
  const first = 5;
  const last = first + values.length - 1;
  const range = `B${String(first)}:B${String(last)}`;
  const s = m.summary;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const stat = (label: string, f: string, v: number): CellSpec[] => [
    null,
    null,
    null,
    text(label, { style: 'label' }),
    formula(f, r3(v), { numFmt: '0.###' }),
  ];
  const statRows: CellSpec[][] = s
    ? [
        [null, null, null, text(l.stats, { style: 'header' })],
        stat('n', `COUNT(${range})`, s.n),
        stat(l.head[3], `MIN(${range})`, s.min),
        stat('Q1', `QUARTILE.INC(${range},1)`, s.q1),
        stat(l.head[5], `MEDIAN(${range})`, s.median),
        stat('Q3', `QUARTILE.INC(${range},3)`, s.q3),
        stat(l.head[7], `MAX(${range})`, s.max),
      ]
    : [];
  const rows: CellSpec[][] = [
    [text(`${m.label[language]} (${m.unit})`, { style: 'title' })],
    [text(l.values, { style: 'muted' })],
    [],
    [text(l.rank, { style: 'header' }), text(`${l.value} (${m.unit})`, { style: 'header' })],
    ...values.map((v, i) => [num(i + 1), num(r3(v), { numFmt: '0.###' })]),
  ];
  // the figures sit to the right of the values, from the first value row down
  statRows.forEach((r, i) => {
    const at = first - 1 + i;
    rows[at] = [...(rows[at] ?? [null, null]).slice(0, 2), ...r.slice(2)];
  });
  sheet.rows = rows;
  sheet.columns = [{ width: 8 }, { width: 16 }, { width: 3 }, { width: 36 }, { width: 12 }];
  sheet.print = { orientation: 'portrait', header: '', footer: '&P / &N' };
  sheet.frozen = { rows: 4, cols: 0 };
  if (chart) {
    // below the figures, scaled to about 480 px wide
    const scale = Math.min(1, 480 / chart.width);
    sheet.images = [
      {
        png: chart.png,
        col: 3,
        row: first + statRows.length,
        width: Math.round(chart.width * scale),
        height: Math.round(chart.height * scale),
      },
    ];
  }
  return sheet;
}
