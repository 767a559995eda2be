import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/package/enums';

/**
 * The monitoring report for a year after the loan: the same signed workbook, holding only that
 * year's records, which the bank's officer imports to compare measured against promised savings.
 */
export function MonitoringReportExport({
  years,
  language,
  busy,
  onExport,
}: {
  years: readonly { year: number; months: number }[];
  language: Language;
  busy: boolean;
  onExport: (year: number) => void;
}) {
  const { t } = useTranslation('export');
  const [year, setYear] = useState<number | null>(years[0]?.year ?? null);
  const chosen = years.find((y) => y.year === year);
  return (
    <section className="panel export-actions" aria-labelledby="export-monitoring">
      <h2 id="export-monitoring">{t('monitoring.title')}</h2>
      <p className="hint">{t('monitoring.intro')}</p>
      {years.length === 0 ? (
        <p className="hint">{t('monitoring.noYears')}</p>
      ) : (
        <>
          <label className="inline">
            {t('monitoring.year')}
            <select
              value={year ?? ''}
              onChange={(e) => setYear(Number(e.target.value))}
              lang={language}
            >
              {years.map((y) => (
                <option key={y.year} value={y.year}>
                  {t('monitoring.yearOption', { year: y.year, count: y.months })}
                </option>
              ))}
            </select>
          </label>
          {chosen && chosen.months < 12 && (
            <p className="hint warn" data-testid="export-monitoring-part">
              {t('monitoring.partYear', { count: chosen.months, year: chosen.year })}
            </p>
          )}
          <div className="button-row">
            <button
              type="button"
              disabled={busy || year === null}
              onClick={() => year !== null && onExport(year)}
            >
              {t('monitoring.export', { year: year ?? '' })}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
