import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MonthlyBarChart } from '../../../../renderer/src/components/charts/MonthlyBarChart';
import { MonthlyLineChart } from '../../../../renderer/src/components/charts/MonthlyLineChart';
import type { MonthlyAxesProps } from '../../../../renderer/src/components/charts/monthlyAxes';

const months = [1, 2, 3];
const axes: MonthlyAxesProps = {
  monthLabel: (m) => `Month ${m}`,
  monthTick: (m) => `M${m}`,
  format: (v) => `${v} kWh`,
  yLabel: 'Energy (kWh)',
};

const charts = {
  bar: (props: MonthlyAxesProps) => (
    <MonthlyBarChart
      {...props}
      data={months.map((month) => ({ month, a: month * 10 }))}
      series={[{ key: 'a', label: 'A' }]}
    />
  ),
  line: (props: MonthlyAxesProps) => (
    <MonthlyLineChart
      {...props}
      data={months.map((month) => ({ month, value: month * 10 }))}
      label="A"
    />
  ),
};

// Recharts draws every tick label in one layer apart from its axis: values are the ones `format`
// wrote (they end in " kWh"), months are the rest.
function tickTexts(container: HTMLElement, axis: 'x' | 'y'): string[] {
  return [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')]
    .map((t) => t.textContent)
    .filter((t) => t.endsWith(' kWh') === (axis === 'y'));
}

// Both charts take their grid, axes and tooltip set-up from MonthlyAxes, so the same props
// must label both alike.
describe.each(Object.entries(charts))('the monthly %s chart', (_kind, chart) => {
  it('labels months with the short tick and values with format, under yLabel', async () => {
    const { container } = render(chart(axes));
    await waitFor(() => expect(tickTexts(container, 'x')).toEqual(['M1', 'M2', 'M3']));
    const y = tickTexts(container, 'y');
    expect(y.length).toBeGreaterThan(1);
    expect(y.every((t) => t.endsWith(' kWh'))).toBe(true);
    expect(container.querySelector('.recharts-label')).toHaveTextContent('Energy (kWh)');
    // Horizontal grid lines only: months are told apart by their ticks.
    expect(
      container.querySelectorAll('.recharts-cartesian-grid-horizontal line').length,
    ).toBeGreaterThan(0);
    expect(container.querySelectorAll('.recharts-cartesian-grid-vertical line')).toHaveLength(0);
  });

  it('falls back to the full month label when there is no short tick', async () => {
    const { container } = render(chart({ ...axes, monthTick: undefined }));
    await waitFor(() =>
      expect(tickTexts(container, 'x')).toEqual(['Month 1', 'Month 2', 'Month 3']),
    );
  });
});
