import { useTranslation } from 'react-i18next';
import { GREEN_DECISIONS, RISK_CATEGORIES } from '../../../../shared/package/enums';
import { APPLICATION_STATUSES } from '../../db/types';
import type { PortfolioFilter } from '../../../../shared/portfolio/portfolioModel';

export function PortfolioFilters({
  filter,
  onChange,
}: {
  filter: PortfolioFilter;
  onChange: (next: PortfolioFilter) => void;
}) {
  const { t } = useTranslation(['portfolio', 'officer']);
  const set = <K extends keyof PortfolioFilter>(key: K, value: PortfolioFilter[K]) =>
    onChange({ ...filter, [key]: value });
  return (
    <form className="portfolio-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('search')}
        <input
          type="search"
          value={filter.search}
          placeholder={t('searchHint')}
          onChange={(e) => set('search', e.target.value)}
        />
      </label>
      <label>
        {t('column.status')}
        <select
          value={filter.status}
          onChange={(e) => set('status', e.target.value as PortfolioFilter['status'])}
        >
          <option value="all">{t('all')}</option>
          {APPLICATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`officer:status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('column.category')}
        <select
          value={filter.category}
          onChange={(e) => set('category', e.target.value as PortfolioFilter['category'])}
        >
          <option value="all">{t('all')}</option>
          {RISK_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
          <option value="none">{t('notScreened')}</option>
        </select>
      </label>
      <label>
        {t('column.greenDecision')}
        <select
          value={filter.greenDecision}
          onChange={(e) => set('greenDecision', e.target.value as PortfolioFilter['greenDecision'])}
        >
          <option value="all">{t('all')}</option>
          {GREEN_DECISIONS.map((d) => (
            <option key={d} value={d}>
              {t(`officer:decision.${d}`)}
            </option>
          ))}
          <option value="none">{t('noDecision')}</option>
        </select>
      </label>
      <label>
        {t('column.womenLed')}
        <select
          value={filter.womenLed}
          onChange={(e) => set('womenLed', e.target.value as PortfolioFilter['womenLed'])}
        >
          <option value="all">{t('all')}</option>
          <option value="yes">{t('officer:app.yes')}</option>
          <option value="no">{t('officer:app.no')}</option>
        </select>
      </label>
      <label>
        {t('column.overdue')}
        <select
          value={filter.overdue}
          onChange={(e) => set('overdue', e.target.value as PortfolioFilter['overdue'])}
        >
          <option value="all">{t('all')}</option>
          <option value="yes">{t('overdueOnly')}</option>
        </select>
      </label>
    </form>
  );
}
