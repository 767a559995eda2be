import { memo, useMemo } from 'react';
import type { IndicatorResults } from '../../../../shared/calc/periods';
import { ChartFrame } from '../../components/charts/ChartFrame';
import { MonthlyBarChart } from '../../components/charts/MonthlyBarChart';
import { waterByMonth } from './dashboardData';
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
  const { t, tick, month, monthTick } = useDashboardFormat();
  const data = useMemo(() => waterByMonth(results, year), [results, year]);
  const series = useMemo(() => [{ key: 'm3', label: t('water.series'), color: '#56B4E9' }], [t]);
  const hasData = data.some((d) => d.m3 !== undefined);
  return (
    <ChartFrame
      title={t('water.title', { year })}
      unit={t('water.unit')}
      testId="chart-water"
      waiting={waiting}
      empty={hasData ? undefined : empty}
    >
      <MonthlyBarChart
        data={data}
        series={series}
        monthLabel={month}
        monthTick={monthTick}
        format={tick}
        yLabel={t('water.unit')}
      />
    </ChartFrame>
  );
});
