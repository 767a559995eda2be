import { useTranslation } from 'react-i18next';
import type { PortfolioBucket } from '../../../../shared/sync/portfolio';
import { useLanguage } from '../../app/LanguageContext';
import { formatMnt, formatNumber } from '../../i18n/format';

/** One breakdown of the portfolio: a label in words per bucket, its count and amount. */
export function BucketTable({
  title,
  head,
  buckets,
  label,
  testId,
}: {
  title: string;
  head: string;
  buckets: readonly PortfolioBucket[];
  label: (key: string) => string;
  testId: string;
}) {
  const { t } = useTranslation('headOffice');
  const { language } = useLanguage();
  return (
    <table className="data compact head-office-table" data-testid={testId}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="num">
            {t('colCount')}
          </th>
          <th scope="col" className="num">
            {t('colAmount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {buckets.length === 0 && (
          <tr>
            <td colSpan={3} className="muted">
              {t('none')}
            </td>
          </tr>
        )}
        {buckets.map((b) => (
          <tr key={b.key}>
            <th scope="row">{label(b.key)}</th>
            <td className="num">{formatNumber(b.count, language, 0)}</td>
            <td className="num">{formatMnt(b.amountMnt, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
