import type { IndicatorResults } from '../../../../shared/calc/periods';
import { ChartFrame } from '../../components/charts/ChartFrame';
import { MonthlyBarChart } from '../../components/charts/MonthlyBarChart';
import { waterByMonth } from './dashboardData';
import { useDashboardFormat } from './useDashboardFormat';

export function WaterChart({
  results,
  year,
  empty,
}: {
  results: IndicatorResults;
  year: string;
  empty: React.ReactNode;
}) {
  const { t, tick, month, monthTick } = useDashboardFormat();
  const data = waterByMonth(results, year);
  const hasData = data.some((d) => d.m3 !== undefined);
  return (
    <ChartFrame
      title={t('water.title', { year })}
      unit={t('water.unit')}
      testId="chart-water"
      empty={hasData ? undefined : empty}
    >
      <MonthlyBarChart
        data={data}
        series={[{ key: 'm3', label: t('water.series'), color: '#56B4E9' }]}
        monthLabel={month}
        monthTick={monthTick}
        format={tick}
        yLabel={t('water.unit')}
      />
    </ChartFrame>
  );
}
