import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { seriesColor } from './chartColors';

export interface Series {
  key: string;
  label: string;
  color?: string;
}

export interface MonthlyBarChartProps {
  data: readonly { month: number; [k: string]: number }[];
  series: readonly Series[];
  monthLabel: (month: number) => string;
  /** Shorter label for the axis ticks; defaults to monthLabel. */
  monthTick?: (month: number) => string;
  format: (value: number) => string;
  yLabel: string;
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
      <BarChart data={[...data]} margin={{ top: 8, right: 12, bottom: 4, left: 12 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="month"
          tickFormatter={(m: number) => (monthTick ?? monthLabel)(m)}
          interval={0}
          fontSize={12}
        />
        <YAxis
          tickFormatter={(v: number) => format(v)}
          width={78}
          fontSize={12}
          label={{ value: yLabel, angle: -90, position: 'insideLeft', offset: 0, fontSize: 12 }}
        />
        <Tooltip
          labelFormatter={(m) => monthLabel(Number(m))}
          formatter={(v) => (typeof v === 'number' ? format(v) : String(v))}
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
