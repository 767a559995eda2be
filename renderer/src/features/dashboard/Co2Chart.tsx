import { memo, useMemo, useState } from 'react';
import type { Carrier } from '../../../../shared/calc/carriers';
import type { YearResult } from '../../../../shared/calc/periods';
import { ExplainedNumber } from '../../components/ExplainedNumber';
import { ExplanationView } from '../../components/ExplanationView';
import { ChartFrame } from '../../components/charts/ChartFrame';
import { CategoryBarChart } from '../../components/charts/CategoryBarChart';
import { co2BySource } from './dashboardData';
import { useDashboardFormat } from './useDashboardFormat';

export const Co2Chart = memo(function Co2Chart({
  year,
  current,
  empty,
  waiting,
}: {
  year: string;
  current: YearResult | null;
  empty: React.ReactNode;
  waiting: boolean;
}) {
  const { t, num } = useDashboardFormat();
  const [picked, setPicked] = useState<Carrier | null>(null);
  const sources = useMemo(() => (current ? co2BySource(current) : []), [current]);
  const pickedSource = sources.find((s) => s.carrier === picked);
  const total = current?.indicators.emissions.total;
  const explanation = pickedSource
    ? {
        title: `${t(`carriers.${pickedSource.carrier}`)}: ${num(pickedSource.tco2e, 2)} ${t('co2.unit')}`,
        body: <ExplanationView explanation={pickedSource.explained.explanation} />,
      }
    : null;
  const label = (s: (typeof sources)[number]) =>
    `${t(`carriers.${s.carrier}`)} (${t('co2.scope', { scope: s.scope })})`;
  return (
    <ChartFrame
      title={t('co2.title', { year })}
      unit={t('co2.unit')}
      testId="chart-co2"
      waiting={waiting}
      empty={sources.length === 0 ? empty : undefined}
      points={sources.map((s) => ({
        key: s.carrier,
        text: t(`carriers.${s.carrier}`),
        name: `${label(s)}: ${num(s.tco2e, 1)} ${t('co2.unit')}`,
      }))}
      explanation={explanation}
      onPick={(k) => setPicked(k as Carrier | null)}
      footer={
        <>
          {total && (
            <div className="inline-kpi">
              {t('co2.total')}:{' '}
              <ExplainedNumber
                explained={total}
                label={t('co2.total')}
                text={total.value === null ? '—' : `${num(total.value, 2)} ${t('co2.unit')}`}
                testId="co2-total"
              />
            </div>
          )}
          <p className="hint">{t('clickBar')}</p>
        </>
      }
    >
      <CategoryBarChart
        data={sources.map((s) => ({
          key: s.carrier,
          label: label(s),
          value: s.tco2e,
        }))}
        format={(v) => num(v, 1)}
        xLabel={t('co2.unit')}
        onSelect={(k) => setPicked(k as Carrier)}
      />
    </ChartFrame>
  );
});
