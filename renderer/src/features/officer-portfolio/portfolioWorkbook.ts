// The portfolio as a one-sheet workbook (plus a statistics sheet) through H5's writer.
import {
  emptySheet,
  num,
  text,
  type SheetSpec,
  type WorkbookSpec,
} from '../../../../shared/workbook/spec';
import type { PortfolioRow, PortfolioStats } from './portfolioModel';

/** Translated labels the caller passes in, so this stays free of i18next. */
export interface PortfolioLabels {
  title: string;
  sheet: string;
  statsSheet: string;
  columns: Record<
    | 'name'
    | 'nameEn'
    | 'registrationNo'
    | 'status'
    | 'category'
    | 'greenDecision'
    | 'amountMnt'
    | 'taxonomyCode'
    | 'womenLed'
    | 'importedAt',
    string
  >;
  value: (kind: 'status' | 'decision' | 'yesno', v: string) => string;
  stats: {
    measure: string;
    count: string;
    amount: string;
    category: string;
    taxonomy: string;
    womenLed: string;
    total: string;
  };
}

const MNT = '#,##0 "₮"';

export function buildPortfolioSpec(
  rows: readonly PortfolioRow[],
  stats: PortfolioStats,
  labels: PortfolioLabels,
  createdAt: string,
): WorkbookSpec {
  const c = labels.columns;
  const sheet: SheetSpec = emptySheet('portfolio', labels.sheet);
  sheet.columns = [
    { width: 34 },
    { width: 28 },
    { width: 14 },
    { width: 16 },
    { width: 10 },
    { width: 28 },
    { width: 18, numFmt: MNT },
    { width: 12 },
    { width: 10 },
    { width: 14 },
  ];
  sheet.rows.push(
    [
      c.name,
      c.nameEn,
      c.registrationNo,
      c.status,
      c.category,
      c.greenDecision,
      c.amountMnt,
      c.taxonomyCode,
      c.womenLed,
      c.importedAt,
    ].map((h) => text(h, { style: 'header' })),
  );
  for (const r of rows) {
    sheet.rows.push([
      text(r.nameMn),
      text(r.nameEn),
      text(r.registrationNo),
      text(labels.value('status', r.status)),
      text(r.category ?? ''),
      text(r.greenDecision ? labels.value('decision', r.greenDecision) : ''),
      num(r.amountMnt, { numFmt: MNT }),
      text(r.taxonomyCode ?? ''),
      text(labels.value('yesno', r.womenLed ? 'yes' : 'no')),
      text(r.importedAt.slice(0, 10)),
    ]);
  }
  sheet.frozen = { rows: 1, cols: 1 };
  sheet.print = {
    orientation: 'landscape',
    header: `&L${labels.title.replace(/&/g, '&&')}`,
    footer: '&P / &N',
    repeatRows: '1:1',
  };

  const s = labels.stats;
  const st: SheetSpec = emptySheet('portfolio-stats', labels.statsSheet);
  st.columns = [{ width: 30 }, { width: 16 }, { width: 12 }, { width: 20, numFmt: MNT }];
  st.rows.push([s.measure, '', s.count, s.amount].map((h) => text(h, { style: 'header' })));
  st.rows.push([
    text(s.total),
    null,
    num(stats.total.count),
    num(stats.total.amountMnt, { numFmt: MNT }),
  ]);
  for (const k of ['A', 'B', 'C', 'none'] as const) {
    const v = stats.byCategory[k];
    st.rows.push([
      text(s.category),
      text(k === 'none' ? '—' : k),
      num(v.count),
      num(v.amountMnt, { numFmt: MNT }),
    ]);
  }
  for (const g of stats.greenByTaxonomy) {
    st.rows.push([text(s.taxonomy), text(g.code), num(g.count), num(g.amountMnt, { numFmt: MNT })]);
  }
  st.rows.push([
    text(s.womenLed),
    null,
    num(stats.womenLed.count),
    num(stats.womenLed.amountMnt, { numFmt: MNT }),
  ]);
  return { creator: 'GreenThread', created: createdAt, title: labels.title, sheets: [sheet, st] };
}
