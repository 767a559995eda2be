import { memo, useMemo, useState } from 'react';
import type { IndicatorResults } from '../../../../shared/calc/periods';
import { ExplanationView } from '../../components/ExplanationView';
import { ChartFrame } from '../../components/charts/ChartFrame';
import { MonthlyBarChart } from '../../components/charts/MonthlyBarChart';
import { monthlyResults, waterByMonth } from './dashboardData';
import { useDashboardFormat } from './useDashboardFormat';

export const WaterChart = memo(function WaterChart({
  results,
  year,
  empty,
  waiting,
}: {
  results: IndicatorResults;
  year: string;
  empty: React.ReactNode;
  waiting: boolean;
}) {
  const { t, num, tick, month, monthTick } = useDashboardFormat();
  const [picked, setPicked] = useState<number | null>(null);
  const data = useMemo(() => waterByMonth(results, year), [results, year]);
  const series = useMemo(() => [{ key: 'm3', label: t('water.series'), color: '#56B4E9' }], [t]);
  const hasData = data.some((d) => d.m3 !== undefined);
  const unit = t('water.unit');
  const pickedValue =
    picked === null
      ? undefined
      : monthlyResults(results, year).get(picked)?.indicators.water.intakeM3;
  const explanation =
    picked !== null && pickedValue && pickedValue.value !== null
      ? {
          title: `${t('water.series')}, ${month(picked)}: ${num(pickedValue.value, 0)} ${unit}`,
          body: <ExplanationView explanation={pickedValue.explanation} />,
        }
      : null;
  const points = data.flatMap((d) =>
    d.m3 === undefined
      ? []
      : [
          {
            key: String(d.month),
            text: monthTick(d.month),
            name: `${month(d.month)}: ${num(d.m3, 0)} ${unit}`,
          },
        ],
  );
  return (
    <ChartFrame
      title={t('water.title', { year })}
      unit={t('water.unit')}
      testId="chart-water"
      waiting={waiting}
      points={points}
      explanation={explanation}
      onPick={(k) => setPicked(k === null ? null : Number(k))}
      empty={hasData ? undefined : empty}
    >
      <MonthlyBarChart
        data={data}
        series={series}
        monthLabel={month}
        monthTick={monthTick}
        format={tick}
        yLabel={unit}
        onSelect={(_key, m) => setPicked(m)}
      />
    </ChartFrame>
  );
});
