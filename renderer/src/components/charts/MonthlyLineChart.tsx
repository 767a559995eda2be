import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { BASELINE_COLOR, seriesColor } from './chartColors';

/** One monthly series with an optional horizontal reference (the firm's own baseline). */
export function MonthlyLineChart({
  data,
  label,
  monthLabel,
  monthTick,
  format,
  yLabel,
  reference,
  height = 260,
}: {
  data: readonly { month: number; value?: number }[];
  label: string;
  monthLabel: (month: number) => string;
  /** Shorter label for the axis ticks; defaults to monthLabel. */
  monthTick?: (month: number) => string;
  format: (value: number) => string;
  yLabel: string;
  reference?: { value: number; label: string } | null;
  height?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <LineChart data={[...data]} margin={{ top: 16, right: 24, bottom: 4, left: 12 }}>
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
        <Line
          type="linear"
          dataKey="value"
          name={label}
          stroke={seriesColor(0)}
          strokeWidth={2}
          dot={{ r: 3 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        {reference && (
          <ReferenceLine
            y={reference.value}
            stroke={BASELINE_COLOR}
            strokeDasharray="6 4"
            label={{
              value: reference.label,
              position: 'insideTopRight',
              fontSize: 12,
              fill: BASELINE_COLOR,
            }}
          />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}
