import { memo, useMemo, useState } from 'react';
import type { IndicatorResults, YearResult } from '../../../../shared/calc/periods';
import { ExplainedNumber } from '../../components/ExplainedNumber';
import { ExplanationView } from '../../components/ExplanationView';
import { ChartFrame } from '../../components/charts/ChartFrame';
import { MonthlyLineChart } from '../../components/charts/MonthlyLineChart';
import { intensitySeries, monthlyResults, type IntensityKind } from './dashboardData';
import { useDashboardFormat } from './useDashboardFormat';

const KINDS: readonly IntensityKind[] = ['energyKwhPerKg', 'waterLPerKg', 'co2KgPerKg'];

export const IntensityChart = memo(function IntensityChart({
  results,
  year,
  current,
  empty,
  waiting,
}: {
  results: IndicatorResults;
  year: string;
  current: YearResult | null;
  empty: React.ReactNode;
  waiting: boolean;
}) {
  const { t, num, month, monthTick } = useDashboardFormat();
  const [kind, setKind] = useState<IntensityKind>('energyKwhPerKg');
  const { data, baseline } = useMemo(
    () => intensitySeries(results, year, kind),
    [results, year, kind],
  );
  const hasData = data.some((d) => d.value !== undefined);
  const annual = current?.indicators.intensity[kind];
  const unit = t(`intensity.unit.${kind}`);
  const [picked, setPicked] = useState<number | null>(null);
  const pickedValue =
    picked === null
      ? undefined
      : monthlyResults(results, year).get(picked)?.indicators.intensity[kind];
  const explanation =
    picked !== null && pickedValue && pickedValue.value !== null
      ? {
          title: `${t(`intensity.kind.${kind}`)}, ${month(picked)}: ${num(pickedValue.value, 2)} ${unit}`,
          body: <ExplanationView explanation={pickedValue.explanation} />,
        }
      : null;
  const points = data.flatMap((d) =>
    d.value === undefined
      ? []
      : [
          {
            key: String(d.month),
            text: monthTick(d.month),
            name: `${month(d.month)}: ${num(d.value, 2)} ${unit}`,
          },
        ],
  );
  return (
    <ChartFrame
      title={t('intensity.title', { year })}
      unit={unit}
      testId="chart-intensity"
      waiting={waiting}
      points={points}
      explanation={explanation}
      onPick={(k) => setPicked(k === null ? null : Number(k))}
      empty={hasData ? undefined : empty}
      footer={
        <>
          <div className="chart-controls" role="group" aria-label={t('intensity.choice')}>
            {KINDS.map((k) => (
              <label key={k} className="inline">
                <input
                  type="radio"
                  name="intensity-kind"
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />
                {t(`intensity.kind.${k}`)}
              </label>
            ))}
          </div>
          <p className="hint">
            {baseline
              ? t('intensity.baselineNote', { year: baseline.year })
              : t('intensity.noBaseline', { year: String(Number(year) - 1) })}
          </p>
          {annual && (
            <div className="inline-kpi">
              {t('intensity.annual', { year })}:{' '}
              <ExplainedNumber
                explained={annual}
                label={t(`intensity.kind.${kind}`)}
                text={annual.value === null ? '—' : `${num(annual.value, 2)} ${unit}`}
                testId="intensity-annual"
              />
            </div>
          )}
        </>
      }
    >
      <MonthlyLineChart
        data={data}
        label={t(`intensity.kind.${kind}`)}
        monthLabel={month}
        monthTick={monthTick}
        format={(v) => num(v, 2)}
        yLabel={unit}
        reference={
          baseline
            ? { value: baseline.value, label: t('intensity.baseline', { year: baseline.year }) }
            : null
        }
      />
    </ChartFrame>
  );
});
