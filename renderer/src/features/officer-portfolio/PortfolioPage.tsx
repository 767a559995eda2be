import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import { formatMnt } from '../../i18n/format';
import { writeWorkbook } from '../../../../adapters/excel';
import { platform } from '../../platform/platform';
import { PortfolioCharts } from './PortfolioCharts';
import { PortfolioFilters } from './PortfolioFilters';
import {
  DEFAULT_SORT,
  EMPTY_FILTER,
  filterPortfolio,
  portfolioStats,
  sortPortfolio,
  type PortfolioFilter,
  type PortfolioSort,
  type SortKey,
} from '../../../../shared/portfolio/portfolioModel';
import { buildPortfolioSpec } from '../../../../shared/portfolio/portfolioWorkbook';
import { PortfolioTable } from './PortfolioTable';
import { PortfolioTotals } from './PortfolioTotals';
import { usePortfolioRows } from './usePortfolioRows';
import './officer-portfolio.css';
import { useToday } from '../../lib/useToday';

export function PortfolioPage() {
  const { t } = useTranslation(['portfolio', 'officer', 'common']);
  const { language } = useLanguage();
  // Overdue and next due are judged against today, recomputed when the day changes.
  const today = useToday();
  const rows = usePortfolioRows(today);
  const [filter, setFilter] = useState<PortfolioFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<PortfolioSort>(DEFAULT_SORT);
  const [message, setMessage] = useState<string | null>(null);
  // Typing in the search box stays responsive while 5,000 rows re-filter.
  const deferredFilter = useDeferredValue(filter);
  // Sorting once per sort order and filtering the sorted list keeps each keystroke to one pass
  // over the rows (filtering keeps the order).
  const sorted = useMemo(() => (rows ? sortPortfolio(rows, sort) : []), [rows, sort]);
  const shown = useMemo(() => filterPortfolio(sorted, deferredFilter), [sorted, deferredFilter]);
  const stats = useMemo(() => portfolioStats(shown), [shown]);
  // The table answers the search first; the charts follow in a later, interruptible render.
  const chartStats = useDeferredValue(stats);

  function onSort(key: SortKey) {
    setSort((s) =>
      s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' },
    );
  }

  async function exportWorkbook() {
    // The workbook is written in the screen's language; its words live in shared/portfolio.
    const spec = buildPortfolioSpec(shown, stats, language, new Date().toISOString());
    const bytes = await writeWorkbook(spec);
    const r = await platform.saveFile({ kind: 'workbook', suggestedName: 'portfolio.xlsx', bytes });
    if (r.saved) setMessage(t('exported', { name: r.name ?? 'portfolio.xlsx' }));
  }

  return (
    <section className="page officer-portfolio" aria-labelledby="portfolio-title">
      <h1 id="portfolio-title">{t('title')}</h1>
      {rows === undefined ? (
        <p>{t('common:loading')}</p>
      ) : rows.length === 0 ? (
        <div className="panel">
          <p>{t('empty')}</p>
          <a className="button primary" href={hrefFor({ name: 'officer', section: 'import' })}>
            {t('officer:import.title')}
          </a>
        </div>
      ) : (
        <>
          <p className="lead" data-testid="portfolio-summary">
            {t('summary', {
              shown: shown.length,
              total: rows.length,
              amount: formatMnt(stats.live.amountMnt, language),
              closed: stats.byStatus.declined.count + stats.byStatus.returned.count,
            })}
          </p>
          <PortfolioTotals stats={stats} />
          <PortfolioFilters filter={filter} onChange={setFilter} />
          <div className="button-row">
            <button type="button" onClick={() => void exportWorkbook()}>
              {t('export')}
            </button>
            <a href={hrefFor({ name: 'officer', section: 'import' })}>
              {t('officer:import.title')}
            </a>
            {message && <span className="status">{message}</span>}
          </div>
          {shown.length === 0 ? (
            <p className="hint">{t('noMatch')}</p>
          ) : (
            <PortfolioTable rows={shown} sort={sort} onSort={onSort} />
          )}
          <h2>{t('statistics')}</h2>
          <PortfolioCharts stats={chartStats} />
        </>
      )}
    </section>
  );
}
