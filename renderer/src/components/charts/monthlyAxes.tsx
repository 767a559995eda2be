import { CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

/** What a monthly chart's axes and tooltip need to label months and values. */
export interface MonthlyAxesProps {
  monthLabel: (month: number) => string;
  /** Shorter label for the axis ticks; defaults to monthLabel. */
  monthTick?: (month: number) => string;
  format: (value: number) => string;
  yLabel: string;
}

/**
 * Grid, month axis, value axis and tooltip of the monthly charts, so bars and lines label
 * months and values alike. Recharts 3 finds axes inside a component, not only as direct children.
 */
export function MonthlyAxes({ monthLabel, monthTick, format, yLabel }: MonthlyAxesProps) {
  return (
    <>
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
    </>
  );
}
