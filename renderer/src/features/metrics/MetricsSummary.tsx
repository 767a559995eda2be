import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computePeriodIndicators } from '../../../../shared/calc/periods';
import type { Explained } from '../../../../shared/explain/types';
import { factorsFor } from '../../../../shared/factors/resolve';
import type { Process } from '../../../../shared/package/enums';
import type { PeriodData } from '../../../../shared/package/schema';
import { useLanguage } from '../../app/LanguageContext';
import { ExplainedNumber } from '../../components/ExplainedNumber';
import { formatNumber } from '../../i18n/format';

interface Item {
  id: string;
  explained: Explained;
  digits: number;
}

/** Live results for the year from what is on screen (typed values count before they are saved). */
export function MetricsSummary({
  year,
  periods,
  processes,
}: {
  year: string;
  periods: readonly PeriodData[];
  processes: readonly Process[];
}) {
  const { t } = useTranslation(['metrics', 'common']);
  const { language } = useLanguage();
  const result = useMemo(
    () =>
      computePeriodIndicators(periods, processes, factorsFor(undefined)).years.find(
        (y) => y.year === year,
      ),
    [periods, processes, year],
  );
  if (!result) {
    return (
      <section className="panel metrics-summary" aria-labelledby="summary-title">
        <h2 id="summary-title">{t('summary.title', { year })}</h2>
        <p className="muted">{t('summary.empty')}</p>
      </section>
    );
  }
  const ind = result.indicators;
  const groups: { title: string; items: Item[] }[] = [
    {
      title: t('summary.energy'),
      items: [
        { id: 'energyKwh', explained: ind.energy.totalKwh, digits: 0 },
        { id: 'energyGj', explained: ind.energy.totalGj, digits: 1 },
        { id: 'waterM3', explained: ind.water.intakeM3, digits: 0 },
      ],
    },
    {
      title: t('summary.co2'),
      items: [
        { id: 'scope1', explained: ind.emissions.scope1, digits: 2 },
        { id: 'scope2', explained: ind.emissions.scope2, digits: 2 },
        { id: 'co2Total', explained: ind.emissions.total, digits: 2 },
      ],
    },
    {
      title: t('summary.intensity'),
      items: [
        { id: 'kwhPerKg', explained: ind.intensity.energyKwhPerKg, digits: 2 },
        { id: 'lPerKg', explained: ind.intensity.waterLPerKg, digits: 1 },
        { id: 'co2PerKg', explained: ind.intensity.co2KgPerKg, digits: 2 },
      ],
    },
  ];
  const noOutput = ind.intensity.energyKwhPerKg.value === null;
  return (
    <section className="panel metrics-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('summary.title', { year })}</h2>
      <p className="muted" data-testid="months-covered">
        {t('summary.months', { count: result.monthsCovered })} {t('summary.clickHint')}
      </p>
      <div className="summary-groups">
        {groups.map((g) => (
          <div key={g.title} className="summary-group">
            <h3>{g.title}</h3>
            <dl>
              {g.items.map((it) => (
                <div key={it.id} className="summary-item">
                  <dt>{t(`summary.items.${it.id}`)}</dt>
                  <dd>
                    <ExplainedNumber
                      explained={it.explained}
                      label={t(`summary.items.${it.id}`)}
                      testId={`summary-${it.id}`}
                      text={
                        it.explained.value === null
                          ? '—'
                          : formatNumber(it.explained.value, language, it.digits)
                      }
                    />
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
      {noOutput && <p className="hint">{t('summary.needOutput')}</p>}
    </section>
  );
}
