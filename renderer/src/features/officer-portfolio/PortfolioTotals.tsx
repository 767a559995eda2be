import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, isLive } from '../../../../shared/portfolio/applicationStatus';
import type { PortfolioStats } from '../../../../shared/portfolio/portfolioModel';
import { useLanguage } from '../../app/LanguageContext';
import { formatMnt, formatNumber } from '../../i18n/format';

/** Count and amount by status; declined and returned are shown apart and never added in. */
export function PortfolioTotals({ stats }: { stats: PortfolioStats }) {
  const { t } = useTranslation(['portfolio', 'officer']);
  const { language } = useLanguage();
  return (
    <table className="data portfolio-totals" data-testid="portfolio-totals">
      <caption className="sr-only">{t('totals.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('column.status')}</th>
          <th scope="col" className="num">
            {t('chart.count')}
          </th>
          <th scope="col" className="num">
            {t('column.amountMnt')}
          </th>
        </tr>
      </thead>
      <tbody>
        {APPLICATION_STATUSES.map((s) => (
          <tr key={s} className={isLive(s) ? undefined : 'closed'} data-status={s}>
            <th scope="row">{t(`officer:status.${s}`)}</th>
            <td className="num">{formatNumber(stats.byStatus[s].count, language, 0)}</td>
            <td className="num">{formatMnt(stats.byStatus[s].amountMnt, language)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-testid="portfolio-live-total">
          <th scope="row">{t('totals.live')}</th>
          <td className="num">{formatNumber(stats.live.count, language, 0)}</td>
          <td className="num">{formatMnt(stats.live.amountMnt, language)}</td>
        </tr>
        <tr>
          <th scope="row">{t('totals.overdue', { items: stats.overdue.items })}</th>
          <td className="num">{formatNumber(stats.overdue.count, language, 0)}</td>
          <td className="num">{formatMnt(stats.overdue.amountMnt, language)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
