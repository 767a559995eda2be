// The Data quality sheet: for each year and metric, where each month's figure came from (meter
// reading, invoice, estimate, or not stated), how many months have a figure, and the share of
// estimates. It mirrors the Metrics blocks cell for cell, so month N of a metric sits in the same
// cell on both sheets; the months-with-data count is a formula over the Metrics row.
import type { MetricId } from '../catalogue/metricIds';
import type { Language } from '../package/enums';
import type { ApplicationPackage } from '../package/schema';
import { QUALITY_WORDS, codeWord } from './enumWords';
import { sheetRef } from './expr';
import type { MetricsGridLayout } from './layout';
import { columnLetter } from './raw';
import { emptySheet, formula, num, text, type CellSpec, type SheetSpec } from './spec';

/** Texts only this sheet uses. Mongolian not reviewed by a native speaker yet. */
const W = {
  title: ['Data quality', 'Өгөгдлийн чанар'],
  months: ['Months with data (of 12)', 'Өгөгдөлтэй сар (12-оос)'],
  monthsYearly: ['Months with data', 'Өгөгдөлтэй сар'],
  estimated: ['Share estimated', 'Тооцоолсон хувь'],
  note: [
    'Where each figure on the Metrics sheet came from, as the company stated it when entering it.',
    'Үзүүлэлтүүд хуудасны утга бүрийн эх сурвалж, компани оруулахдаа заасан ёсоор.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

const w = (k: keyof typeof W, lang: Language): string => W[k][lang === 'en' ? 0 : 1];

const YEAR_COL = 14;

export function buildQualitySheet(
  pkg: ApplicationPackage,
  lang: Language,
  metrics: MetricsGridLayout,
): SheetSpec {
  const s = emptySheet('quality', w('title', lang));
  const byPeriod = new Map(pkg.periods.map((p) => [p.period, p]));
  const rows: CellSpec[][] = [];
  const put = (r: number, c: number, cell: CellSpec): void => {
    while (rows.length < r) rows.push([]);
    const row = rows[r - 1] as CellSpec[];
    while (row.length < c - 1) row.push(null);
    row[c - 1] = cell;
  };
  // the same rows as the Metrics sheet, so each block lines up with its year there
  for (const block of metrics.blocks) {
    const h = block.headerRow;
    const monthly = block.periods.every((p) => p.col < YEAR_COL);
    // the count sits right after the last period column (no gap where Metrics has its total)
    const countCol = monthly ? YEAR_COL : YEAR_COL + 1;
    put(h, 1, text(block.title, { style: 'header' }));
    for (const p of block.periods) put(h, p.col, text(p.period, { style: 'header' }));
    put(h, countCol, text(w(monthly ? 'months' : 'monthsYearly', lang), { style: 'header' }));
    put(h, countCol + 1, text(w('estimated', lang), { style: 'header' }));
    for (const line of block.rows) {
      put(line.row, 1, text(line.label, { style: 'wrap' }));
      let filled = 0;
      let estimated = 0;
      for (const p of block.periods) {
        const v = byPeriod.get(p.period)?.values[line.metric as MetricId];
        if (v === undefined || v.unit !== line.unit) continue;
        const quality = v.quality ?? 'unknown';
        filled++;
        if (quality === 'estimated') estimated++;
        put(
          line.row,
          p.col,
          text(codeWord(QUALITY_WORDS, quality, lang), {
            style: quality === 'estimated' ? 'warn' : quality === 'unknown' ? 'muted' : 'text',
          }),
        );
      }
      const range = `$B$${line.row}:$${columnLetter(YEAR_COL - (monthly ? 1 : 0))}$${line.row}`;
      put(
        line.row,
        countCol,
        formula(`COUNT(${sheetRef(metrics.sheet, range)})`, filled, { numFmt: '0' }),
      );
      put(
        line.row,
        countCol + 1,
        filled === 0 ? text('—', { style: 'muted' }) : num(estimated / filled, { numFmt: '0%' }),
      );
    }
  }
  const noteRow = rows.length + 2;
  put(noteRow, 1, text(w('note', lang), { style: 'muted' }));
  s.rows = rows;
  s.merges.push(`A${noteRow}:P${noteRow}`);
  s.columns = [
    { width: 34 },
    ...Array.from({ length: YEAR_COL - 2 }, () => ({ width: 11 })),
    { width: 12 },
    { width: 12 },
    { width: 11 },
  ];
  s.frozen = { rows: 0, cols: 1 };
  s.rowBreaks = metrics.blocks.slice(1).map((b) => b.headerRow - 1);
  s.protect = true;
  return s;
}
