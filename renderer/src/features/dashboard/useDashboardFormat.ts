import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { formatNumber } from '../../i18n/format';

/**
 * Number and month formatting shared by the dashboard's charts, in the user's language. The same
 * functions while the language stays, so a chart given them is not redrawn on every render.
 */
export function useDashboardFormat() {
  const { t } = useTranslation(['dashboard', 'common']);
  const { language } = useLanguage();
  return useMemo(
    () => ({
      t,
      language,
      num: (v: number, digits = 1) => formatNumber(v, language, digits),
      /** Axis ticks: few digits, thousands shortened so labels fit. */
      tick: (v: number) =>
        Math.abs(v) >= 10_000
          ? `${formatNumber(v / 1000, language, 0)}${t('thousandSuffix')}`
          : formatNumber(v, language, Math.abs(v) < 10 ? 2 : 0),
      month: (m: number) => t(`months.m${String(m)}`),
      /** Axis ticks: "1-р сар" twelve times does not fit under a chart. */
      monthTick: (m: number) => t(`monthsShort.m${String(m)}`),
    }),
    [t, language],
  );
}
