import { Line, LineChart, ReferenceLine, ResponsiveContainer } from 'recharts';
import { BASELINE_COLOR, seriesColor } from './chartColors';
import { MonthlyAxes, type MonthlyAxesProps } from './monthlyAxes';

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
}: MonthlyAxesProps & {
  data: readonly { month: number; value?: number }[];
  label: string;
  reference?: { value: number; label: string } | null;
  height?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <LineChart
        accessibilityLayer={false}
        data={[...data]}
        margin={{ top: 16, right: 24, bottom: 4, left: 12 }}
      >
        <MonthlyAxes
          monthLabel={monthLabel}
          monthTick={monthTick}
          format={format}
          yLabel={yLabel}
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
