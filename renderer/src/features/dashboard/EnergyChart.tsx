import { memo, useMemo, useState } from 'react';
import type { IndicatorResults } from '../../../../shared/calc/periods';
import { ExplanationView, UnreviewedNotice } from '../../components/ExplanationView';
import { sumText } from '../../components/readableExplanation';
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
  const { t, num, tick, month, monthTick, language } = useDashboardFormat();
  const [unit, setUnit] = useState<EnergyUnit>('kWh');
  // A month: its bar (all carriers) explained, carrier by carrier.
  const [picked, setPicked] = useState<number | null>(null);
  const { data, carriers } = useMemo(
    () => energyByCarrierByMonth(results, year, unit),
    [results, year, unit],
  );
  const series = useMemo(
    () => carriers.map((c) => ({ key: c, label: t(`carriers.${c}`) })),
    [carriers, t],
  );
  const unitText = t(`energy.unit.${unit}`);
  const points = data
    .filter((d) => carriers.some((c) => d[c] !== undefined))
    .map((d) => {
      const total = carriers.reduce((s, c) => s + (d[c] ?? 0), 0);
      return {
        key: String(d.month),
        text: monthTick(d.month),
        name: `${month(d.month)}: ${num(total, 0)} ${unitText}`,
      };
    });
  const byCarrier =
    picked === null ? null : monthlyResults(results, year).get(picked)?.indicators.energy.byCarrier;
  const shownCarriers =
    picked === null || !byCarrier
      ? []
      : carriers.flatMap((c) => {
          const e = byCarrier[c];
          const x = e ? (unit === 'kWh' ? e.kwh : e.gj) : null;
          return x && x.value !== null ? [{ carrier: c, x, value: x.value }] : [];
        });
  const explanation =
    picked !== null && byCarrier
      ? {
          title: `${t('energy.title', { year })} · ${month(picked)}`,
          body: (
            <>
              <UnreviewedNotice />
              {/* The bar's total written out from its parts, so it adds up where it is read. */}
              <p className="explain-line" data-testid="energy-explanation-sum">
                {sumText(
                  shownCarriers.map((p) => ({ label: t(`carriers.${p.carrier}`), value: p.value })),
                  unitText,
                  language,
                )}
              </p>
              {shownCarriers.map(({ carrier: c, x }) => (
                <div key={c} data-testid={`energy-explanation-${c}`}>
                  <strong>{t(`carriers.${c}`)}</strong>
                  <ExplanationView explanation={x.explanation} notice={false} />
                </div>
              ))}
            </>
          ),
        }
      : null;
  return (
    <ChartFrame
      title={t('energy.title', { year })}
      unit={unitText}
      testId="chart-energy"
      waiting={waiting}
      empty={carriers.length === 0 ? empty : undefined}
      points={points}
      explanation={explanation}
      onPick={(k) => setPicked(k === null ? null : Number(k))}
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
        </>
      }
    >
      <MonthlyBarChart
        data={data}
        series={series}
        monthLabel={month}
        monthTick={monthTick}
        format={tick}
        yLabel={unitText}
        onSelect={(_key, m) => setPicked(m)}
      />
    </ChartFrame>
  );
});
