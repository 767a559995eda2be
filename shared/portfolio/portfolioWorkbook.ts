// The portfolio as a workbook: one row per application with its findings, open conditions
// precedent, next due date, CO2 avoided and overdue items, and a totals sheet by status, by
// category and by green-taxonomy category (the shape of the IFC/MSFA annual E&S report).
// Pure and in shared/ so the desktop export and the bank server write the same file.
import type { DueItem } from '../monitoring/due';
import type { Language } from '../package/enums';
import { tableDate } from '../words/dates';
import { DECISION_WORDS } from '../workbook/enumWords';
import { emptySheet, num, text, type SheetSpec, type WorkbookSpec } from '../workbook/spec';
import { APPLICATION_STATUSES } from './applicationStatus';
import type { CountAmount, PortfolioRow, PortfolioStats } from './portfolioModel';
import {
  APPLICATION_STATUS_WORDS,
  MONITORING_KIND_WORDS,
  PORTFOLIO_WORDS,
  pick,
  type PortfolioWord,
} from './portfolioWords';

const MNT = '#,##0 "₮"';
const TONNES = '#,##0.0';

/** A due item in words: the schedule kind, or the ESAP action (marked if a condition precedent). */
export function dueItemWords(d: DueItem, language: Language): string {
  if (d.source === 'schedule') {
    const what = pick(MONITORING_KIND_WORDS[d.kind], language);
    const detail = [d.ref, d.note].filter(Boolean).join(', ');
    return detail ? `${what}: ${detail}` : what;
  }
  const label = pick(PORTFOLIO_WORDS.esapItem, language);
  const cp = d.conditionPrecedent ? ` (${pick(PORTFOLIO_WORDS.conditionPrecedent, language)})` : '';
  return `${label}${cp}: ${d.action}`;
}

export function buildPortfolioSpec(
  rows: readonly PortfolioRow[],
  stats: PortfolioStats,
  language: Language,
  createdAt: string,
): WorkbookSpec {
  const w = (k: PortfolioWord) => pick(PORTFOLIO_WORDS[k], language);
  const title = w('title');
  const sheet: SheetSpec = emptySheet('portfolio', w('sheet'));
  // Widths fit the Mongolian headers in at most three wrapped lines.
  sheet.columns = [
    { width: 34 },
    { width: 26 },
    { width: 14 },
    { width: 16 },
    { width: 22 },
    { width: 20 },
    { width: 24 },
    { width: 18, numFmt: MNT },
    { width: 14 },
    { width: 11 },
    { width: 13 },
    { width: 12 },
    { width: 40 },
    { width: 14 },
    { width: 40 },
    { width: 14, numFmt: TONNES },
    { width: 14 },
    { width: 48 },
  ];
  const headers: PortfolioWord[] = [
    'name',
    'nameEn',
    'registrationNo',
    'status',
    'category',
    'suggestedCategory',
    'greenDecision',
    'amountMnt',
    'taxonomyCode',
    'womenLed',
    'importedAt',
    'findings',
    'conditionsPrecedent',
    'nextDue',
    'nextDueWhat',
    'co2AvoidedT',
    'overdueCount',
    'overdueList',
  ];
  sheet.rows.push(headers.map((h) => text(w(h), { style: 'header' })));
  for (const r of rows) {
    sheet.rows.push([
      text(r.nameMn),
      text(r.nameEn),
      text(r.registrationNo),
      text(pick(APPLICATION_STATUS_WORDS[r.status], language)),
      text(r.category ?? w('notScreened')),
      text(r.suggestedCategory ?? ''),
      text(r.greenDecision ? pick(DECISION_WORDS[r.greenDecision], language) : ''),
      num(r.amountMnt, { numFmt: MNT }),
      text(r.taxonomyCode ?? ''),
      text(w(r.womenLed ? 'yes' : 'no')),
      text(tableDate(r.importedAt, language)),
      r.findings === null ? text(w('notScreened')) : num(r.findings),
      text(r.conditionsPrecedent.join('\n'), { style: 'wrap' }),
      text(r.nextDue ? tableDate(r.nextDue.due, language) : ''),
      text(r.nextDue ? dueItemWords(r.nextDue, language) : '', { style: 'wrap' }),
      r.co2AvoidedT === null ? null : num(r.co2AvoidedT, { numFmt: TONNES }),
      num(r.overdue.length),
      text(
        r.overdue
          .map((d) => `${tableDate(d.due, language)}: ${dueItemWords(d, language)}`)
          .join('\n'),
        {
          style: 'wrap',
        },
      ),
    ]);
  }
  // Three wrapped lines: the longest Mongolian headers need them at these widths.
  sheet.headerHeight = 48;
  sheet.frozen = { rows: 1, cols: 1 };
  sheet.print = {
    orientation: 'landscape',
    header: `&L${title.replace(/&/g, '&&')}`,
    footer: '&P / &N',
    repeatRows: '1:1',
    repeatCols: 'A:A',
    fitToWidth: false,
  };

  const st: SheetSpec = emptySheet('portfolio-totals', w('statsSheet'));
  st.columns = [{ width: 40 }, { width: 44 }, { width: 16 }, { width: 22, numFmt: MNT }];
  st.rows.push(
    [w('measure'), '', w('count'), w('amount')].map((h) => text(h, { style: 'header' })),
  );
  const line = (measure: string, what: string, v: CountAmount) =>
    st.rows.push([
      text(measure),
      what ? text(what) : null,
      num(v.count),
      num(v.amountMnt, { numFmt: MNT }),
    ]);
  line(w('allShown'), '', stats.all);
  for (const s of APPLICATION_STATUSES) {
    line(w('byStatus'), pick(APPLICATION_STATUS_WORDS[s], language), stats.byStatus[s]);
  }
  line(w('live'), '', stats.live);
  for (const k of ['A', 'B', 'C', 'none'] as const) {
    line(w('byCategory'), k === 'none' ? w('notScreened') : k, stats.byCategory[k]);
  }
  for (const g of stats.greenByTaxonomy) line(w('byTaxonomy'), g.code, g);
  line(w('womenLed'), '', stats.womenLed);
  line(w('withOverdue'), `${w('overdueCount')}: ${String(stats.overdue.items)}`, stats.overdue);
  st.rows.push([text(w('co2Total')), null, num(stats.co2AvoidedT, { numFmt: TONNES }), null]);
  st.rows.push([]);
  st.rows.push([text(w('liveNote'), { style: 'wrap' })]);
  st.merges.push(`A${String(st.rows.length)}:D${String(st.rows.length)}`);
  st.print = {
    orientation: 'portrait',
    header: `&L${title.replace(/&/g, '&&')}`,
    footer: '&P / &N',
  };
  return { creator: 'GreenThread', created: createdAt, title, sheets: [sheet, st] };
}
