import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import { formatMnt, formatShortDate } from '../../i18n/format';
import type {
  PortfolioRow,
  PortfolioSort,
  SortKey,
} from '../../../../shared/portfolio/portfolioModel';

const COLUMNS: { key: SortKey; num?: boolean }[] = [
  { key: 'name' },
  { key: 'registrationNo' },
  { key: 'status' },
  { key: 'category' },
  { key: 'greenDecision' },
  { key: 'amountMnt', num: true },
  { key: 'taxonomyCode' },
  { key: 'womenLed' },
  { key: 'importedAt' },
  { key: 'nextDue' },
  { key: 'overdue', num: true },
];

const ROW_HEIGHT = 40;

/** Only the rows in view are in the DOM, so 5,000 applications scroll smoothly. */
export function PortfolioTable({
  rows,
  sort,
  onSort,
}: {
  rows: readonly PortfolioRow[];
  sort: PortfolioSort;
  onSort: (key: SortKey) => void;
}) {
  const { t } = useTranslation(['portfolio', 'officer', 'common']);
  const { language } = useLanguage();
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders this component itself on scroll; nothing here is memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // jsdom and the first paint have no layout yet: assume a screenful.
    initialRect: { width: 1000, height: 600 },
  });

  const cell = (r: PortfolioRow, key: SortKey) => {
    switch (key) {
      case 'name':
        return (
          <a href={hrefFor({ name: 'officer', section: 'application', id: r.id, tab: 'overview' })}>
            {r.nameMn}
            {r.nameEn ? <span className="muted"> · {r.nameEn}</span> : null}
          </a>
        );
      case 'status':
        return t(`officer:status.${r.status}`);
      case 'category':
        return r.category ? (
          r.category
        ) : (
          <span className="not-screened">
            {t('notScreened')}
            {r.suggestedCategory ? (
              <>
                {/* Read aloud as one line; shown as two, the suggestion under the status. */}
                <span className="sr-only"> · </span>
                <span className="muted suggestion">
                  {t('suggests', { category: r.suggestedCategory })}
                </span>
              </>
            ) : null}
          </span>
        );
      case 'greenDecision':
        return r.greenDecision ? t(`officer:decision.${r.greenDecision}`) : '—';
      case 'amountMnt':
        return formatMnt(r.amountMnt, language);
      case 'taxonomyCode':
        return r.taxonomyCode ?? '—';
      case 'womenLed':
        return r.womenLed ? t('officer:app.yes') : t('officer:app.no');
      case 'importedAt':
        return formatShortDate(r.importedAt, language);
      case 'registrationNo':
        return r.registrationNo || '—';
      case 'nextDue':
        return r.nextDue ? formatShortDate(r.nextDue.due, language) : '—';
      case 'overdue':
        return r.overdue.length > 0 ? <strong className="overdue">{r.overdue.length}</strong> : '—';
    }
  };

  return (
    <div
      className="portfolio-table"
      role="table"
      aria-label={t('table')}
      aria-rowcount={rows.length + 1}
    >
      <div className="pt-row pt-head" role="row" aria-rowindex={1}>
        {COLUMNS.map((c) => {
          const active = sort.key === c.key;
          return (
            <div
              key={c.key}
              role="columnheader"
              className={c.num ? 'num' : undefined}
              aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              <button type="button" onClick={() => onSort(c.key)}>
                {t(`column.${c.key}`)}
                {active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
              </button>
            </div>
          );
        })}
      </div>
      <div
        ref={scroller}
        className="pt-scroll"
        role="rowgroup"
        style={{ height: Math.min(rows.length * ROW_HEIGHT, 512) }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const r = rows[v.index];
            if (!r) return null;
            return (
              <div
                key={r.id}
                role="row"
                aria-rowindex={v.index + 2}
                className="pt-row"
                data-testid="portfolio-row"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${String(v.start)}px)`,
                }}
              >
                {COLUMNS.map((c) => (
                  <div
                    key={c.key}
                    role="cell"
                    className={
                      c.num
                        ? 'num'
                        : (c.key === 'category' && !r.category) || c.key === 'greenDecision'
                          ? 'two-lines'
                          : undefined
                    }
                    title={
                      c.key === 'name'
                        ? `${r.nameMn} ${r.nameEn}`.trim()
                        : c.key === 'overdue' && r.overdue.length > 0
                          ? r.overdue.map((d) => d.due).join(', ')
                          : undefined
                    }
                  >
                    {cell(r, c.key)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
