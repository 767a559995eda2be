import { memo, useMemo, useState } from 'react';
import type { Carrier } from '../../../../shared/calc/carriers';
import type { IndicatorResults } from '../../../../shared/calc/periods';
import { ExplanationView } from '../../components/ExplanationView';
import { ChartFrame } from '../../components/charts/ChartFrame';
import { MonthlyBarChart } from '../../components/charts/MonthlyBarChart';
import { energyByCarrierByMonth, monthlyResults, type EnergyUnit } from './dashboardData';
import { useDashboardFormat } from './useDashboardFormat';

export const EnergyChart = memo(function EnergyChart({
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
  const [unit, setUnit] = useState<EnergyUnit>('kWh');
  const [picked, setPicked] = useState<{ carrier: Carrier; month: number } | null>(null);
  const { data, carriers } = useMemo(
    () => energyByCarrierByMonth(results, year, unit),
    [results, year, unit],
  );
  const series = useMemo(
    () => carriers.map((c) => ({ key: c, label: t(`carriers.${c}`) })),
    [carriers, t],
  );
  const pickedEnergy = picked
    ? monthlyResults(results, year).get(picked.month)?.indicators.energy.byCarrier[picked.carrier]
    : undefined;
  const pickedExplained = pickedEnergy
    ? unit === 'kWh'
      ? pickedEnergy.kwh
      : pickedEnergy.gj
    : null;
  return (
    <ChartFrame
      title={t('energy.title', { year })}
      unit={t(`energy.unit.${unit}`)}
      testId="chart-energy"
      waiting={waiting}
      empty={carriers.length === 0 ? empty : undefined}
      footer={
        <>
          <div className="chart-controls" role="group" aria-label={t('energy.unitChoice')}>
            {(['kWh', 'GJ'] as const).map((u) => (
              <label key={u} className="inline">
                <input
                  type="radio"
                  name="energy-unit"
                  checked={unit === u}
                  onChange={() => setUnit(u)}
                />
                {t(`energy.unit.${u}`)}
              </label>
            ))}
          </div>
          <p className="hint">{t('clickBar')}</p>
          {picked && pickedExplained && (
            <div data-testid="energy-explanation">
              <strong>
                {t(`carriers.${picked.carrier}`)}, {month(picked.month)}:{' '}
                {num(pickedExplained.value ?? 0, 0)} {t(`energy.unit.${unit}`)}
              </strong>
              <ExplanationView explanation={pickedExplained.explanation} />
            </div>
          )}
        </>
      }
    >
      <MonthlyBarChart
        data={data}
        series={series}
        monthLabel={month}
        monthTick={monthTick}
        format={tick}
        yLabel={t(`energy.unit.${unit}`)}
        onSelect={(key, m) => setPicked({ carrier: key as Carrier, month: m })}
      />
    </ChartFrame>
  );
});
