import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { FiveNumberSummary } from '../../../../shared/workshop';
import { useProjectorView } from './projectorView';

export interface RangeRow {
  label: string;
  summary: FiveNumberSummary;
}

/**
 * A horizontal box-like chart: stacked bars from min to Q1 (light), Q1 to median and median to
 * Q3 (dark, split at the median by a white line) and Q3 to max (light). One row per measure.
 */
export function RangeChart({
  title,
  unit,
  rows,
  max,
  width,
  labelWidth = 200,
}: {
  title: string;
  unit: string;
  rows: readonly RangeRow[];
  /** Fixed axis end (100 for percentages); otherwise fitted to the data. */
  max?: number;
  /** Fixed pixel width (tests: jsdom has no layout); otherwise fills its container. */
  width?: number;
  labelWidth?: number;
}) {
  // SVG text does not follow the page's rem scaling reliably: size it for the projector here.
  const [projector] = useProjectorView();
  const fontSize = projector ? 16 : 12;
  const yWidth = projector ? Math.round(labelWidth * 1.35) : labelWidth;
  // Everyone equal (min = max) would draw a box of width zero, i.e. nothing: such a row is drawn
  // as a thin dark mark at the common value, 1/150 of the axis wide.
  const axisEnd = max ?? Math.max(1, ...rows.map((r) => r.summary.max));
  const mark = axisEnd / 150;
  const data = rows.map((r) =>
    r.summary.max === r.summary.min
      ? {
          label: r.label,
          offset: Math.max(0, r.summary.median - mark / 2),
          low: 0,
          boxLow: mark / 2,
          boxHigh: mark / 2,
          high: 0,
        }
      : {
          label: r.label,
          offset: r.summary.min,
          low: r.summary.q1 - r.summary.min,
          boxLow: r.summary.median - r.summary.q1,
          boxHigh: r.summary.q3 - r.summary.median,
          high: r.summary.max - r.summary.q3,
        },
  );
  const height = (projector ? 80 : 70) + rows.length * (projector ? 46 : 38);
  const chart = (
    <BarChart
      data={data}
      layout="vertical"
      margin={{ top: 4, right: 24, bottom: 22, left: 8 }}
      {...(width !== undefined ? { width, height } : {})}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        domain={[0, max ?? 'auto']}
        label={{ value: unit, position: 'insideBottom', offset: -14 }}
        tick={{ fontSize }}
      />
      <YAxis type="category" dataKey="label" width={yWidth} tick={{ fontSize }} interval={0} />
      <Bar dataKey="offset" stackId="r" fill="transparent" isAnimationActive={false} />
      <Bar dataKey="low" stackId="r" fill="#a8d5b9" isAnimationActive={false} />
      <Bar dataKey="boxLow" stackId="r" fill="#1f7a4d" stroke="#fff" isAnimationActive={false} />
      <Bar dataKey="boxHigh" stackId="r" fill="#155c39" stroke="#fff" isAnimationActive={false} />
      <Bar dataKey="high" stackId="r" fill="#a8d5b9" isAnimationActive={false} />
    </BarChart>
  );
  return (
    <figure className="range-chart">
      <figcaption>
        <strong>{title}</strong> <span className="muted">({unit})</span>
      </figcaption>
      {width !== undefined ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          {chart}
        </ResponsiveContainer>
      )}
    </figure>
  );
}
