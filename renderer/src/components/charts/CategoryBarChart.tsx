import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { seriesColor } from './chartColors';

export interface CategoryDatum {
  key: string;
  label: string;
  value: number;
  color?: string;
}

/** Horizontal bars for named categories (CO2 by source, score by pillar). */
export function CategoryBarChart({
  data,
  format,
  xLabel,
  domainMax,
  height,
  onSelect,
}: {
  data: readonly CategoryDatum[];
  format: (value: number) => string;
  xLabel: string;
  /** Fixed end of the axis, e.g. 100 for percentages. */
  domainMax?: number;
  height?: number;
  onSelect?: (key: string) => void;
}) {
  const h = height ?? Math.max(120, 36 * data.length + 50);
  // Each bar takes its colour from its own datum's `fill` (Cell is deprecated in Recharts 3).
  const rows = data.map((d, i) => ({ ...d, fill: d.color ?? seriesColor(i) }));
  return (
    <ResponsiveContainer width="100%" height={h} initialDimension={{ width: 640, height: h }}>
      <BarChart
        accessibilityLayer={false}
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 24, bottom: 16, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={domainMax === undefined ? [0, 'auto'] : [0, domainMax]}
          tickFormatter={(v: number) => format(v)}
          fontSize={12}
          label={{ value: xLabel, position: 'insideBottom', offset: -10, fontSize: 12 }}
        />
        <YAxis type="category" dataKey="label" width={190} fontSize={12} interval={0} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} />
        <Bar
          dataKey="value"
          name={xLabel}
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={(d: { payload?: { key?: string } }) => {
            const k = d.payload?.key;
            if (onSelect && k !== undefined) onSelect(k);
          }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
