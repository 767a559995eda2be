import { Bar, BarChart, Legend, ResponsiveContainer } from 'recharts';
import { seriesColor } from './chartColors';
import { MonthlyAxes, type MonthlyAxesProps } from './monthlyAxes';

export interface Series {
  key: string;
  label: string;
  color?: string;
}

export interface MonthlyBarChartProps extends MonthlyAxesProps {
  data: readonly { month: number; [k: string]: number }[];
  series: readonly Series[];
  stacked?: boolean;
  height?: number;
  onSelect?: (seriesKey: string, month: number) => void;
}

/** Bars by month, stacked when there are several series (e.g. energy by carrier). */
export function MonthlyBarChart({
  data,
  series,
  monthLabel,
  monthTick,
  format,
  yLabel,
  stacked = true,
  height = 280,
  onSelect,
}: MonthlyBarChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <BarChart
        accessibilityLayer={false}
        data={[...data]}
        margin={{ top: 8, right: 12, bottom: 4, left: 12 }}
      >
        <MonthlyAxes
          monthLabel={monthLabel}
          monthTick={monthTick}
          format={format}
          yLabel={yLabel}
        />
        {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId={stacked ? 'stack' : undefined}
            fill={s.color ?? seriesColor(i)}
            isAnimationActive={false}
            cursor={onSelect ? 'pointer' : undefined}
            onClick={(d: { payload?: { month?: number } }) => {
              const m = d.payload?.month;
              if (onSelect && m !== undefined) onSelect(s.key, m);
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
