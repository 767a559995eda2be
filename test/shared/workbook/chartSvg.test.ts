// @vitest-environment jsdom
// jsdom only for DOMParser: the SVGs must parse as XML exactly as a browser's image loader does.
import { describe, expect, it } from 'vitest';
import { niceScale } from '../../../shared/workbook/chartScale';
import {
  renderChartSvg,
  type ColumnChart,
  type HBarChart,
  type LineChart,
  type PanelChart,
} from '../../../shared/workbook/chartSvg';
import { escapeXml, formatNumber, wrapText } from '../../../shared/workbook/chartText';
import { parseSvg } from './parseSvg';

const num = (el: Element, name: string): number => Number(el.getAttribute(name));

const months = (n: number) => Array.from({ length: n }, (_, i) => [`M${String(i + 1)}`]);

function columns(over: Partial<ColumnChart> = {}): ColumnChart {
  return {
    kind: 'columns',
    title: 'Energy',
    subtitle: '2025-01 – 2025-04',
    width: 720,
    height: 360,
    noData: 'No data',
    categories: months(4),
    unit: 'kWh',
    stacked: false,
    series: [{ label: 'Electricity', colour: '#0072B2', values: [100, 250, null, 50] }],
    ...over,
  };
}

describe('the parse check', () => {
  it('rejects markup that is not well-formed (so the other tests can fail)', () => {
    expect(() =>
      parseSvg('<svg xmlns="http://www.w3.org/2000/svg"><text>a & b</text></svg>'),
    ).toThrow(/not well-formed/);
  });
});

describe('niceScale', () => {
  it('starts at zero, covers the maximum and steps by 1, 2, 2.5 or 5 × 10ⁿ', () => {
    const s = niceScale(0, 467);
    expect(s.lo).toBe(0);
    expect(s.hi).toBeGreaterThanOrEqual(467);
    expect(s.ticks).toEqual([0, 100, 200, 300, 400, 500]);
    expect(s.digits).toBe(0);
    const small = niceScale(0, 0.73);
    expect(small.ticks.at(-1)).toBeCloseTo(0.8);
    expect(small.digits).toBe(1);
  });

  it('gives an axis from 0 to 1 when every value is zero', () => {
    expect(niceScale(0, 0)).toMatchObject({ lo: 0, hi: 1 });
  });

  it('reaches below zero only for negative data', () => {
    expect(niceScale(-30, 80).lo).toBeLessThanOrEqual(-30);
    expect(niceScale(5, 80).lo).toBe(0);
  });
});

describe('text helpers', () => {
  it('escapes markup and quotes and replaces characters XML cannot carry', () => {
    expect(escapeXml(`<b a="1">'x' & y</b>\u0001`)).toBe(
      '&lt;b a=&quot;1&quot;&gt;&#39;x&#39; &amp; y&lt;/b&gt;\uFFFD',
    );
  });

  it('formats with thousands separators, trims zeros and uses a true minus', () => {
    expect(formatNumber(12345.6, 1)).toBe('12,345.6');
    expect(formatNumber(1_000_000, 0)).toBe('1,000,000');
    expect(formatNumber(2.5, 2)).toBe('2.5');
    expect(formatNumber(-25.94, 1)).toBe('\u221225.9');
    expect(formatNumber(-0.01, 1)).toBe('0');
  });

  it('wraps to the line limit and marks a cut with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 60, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(wrapText('short', 200, 12, 2)).toEqual(['short']);
  });
});

describe('column chart', () => {
  it('is well-formed and bar heights are proportional to the values', () => {
    const { svg, width, height } = renderChartSvg(columns());
    expect([width, height]).toEqual([720, 360]);
    const doc = parseSvg(svg);
    const bars = [...doc.querySelectorAll('rect.bar')];
    expect(bars.map((b) => b.getAttribute('data-value'))).toEqual(['100', '250', '50']);
    const h = bars.map((b) => num(b, 'height'));
    expect(h[1] ?? 0).toBeGreaterThan(0);
    expect((h[0] ?? 0) / (h[1] ?? 1)).toBeCloseTo(100 / 250, 2);
    expect((h[2] ?? 0) / (h[1] ?? 1)).toBeCloseTo(50 / 250, 2);
    // Every bar stands on the same baseline.
    const bottoms = bars.map((b) => num(b, 'y') + num(b, 'height'));
    expect(new Set(bottoms.map((v) => v.toFixed(1))).size).toBe(1);
    // A null month leaves a gap: no bar at index 2.
    expect(doc.querySelector('rect.bar[data-index="2"]')).toBeNull();
  });

  it('stacks series: each segment starts where the one below ends', () => {
    const doc = parseSvg(
      renderChartSvg(
        columns({
          stacked: true,
          series: [
            { label: 'A', colour: '#0072B2', values: [30, 10, 0, 0] },
            { label: 'B', colour: '#D55E00', values: [60, 20, 0, 0] },
          ],
        }),
      ).svg,
    );
    const a = doc.querySelector('rect.bar[data-series="0"][data-index="0"]');
    const b = doc.querySelector('rect.bar[data-series="1"][data-index="0"]');
    if (!a || !b) throw new Error('missing bars');
    expect(num(b, 'y') + num(b, 'height')).toBeCloseTo(num(a, 'y'), 1);
    expect(num(b, 'height') / num(a, 'height')).toBeCloseTo(2, 2);
    expect(num(a, 'x')).toBeCloseTo(num(b, 'x'), 5);
    const tall = doc.querySelector('rect.bar[data-series="1"][data-index="1"]');
    expect(((tall && num(tall, 'height')) ?? 0) / num(b, 'height')).toBeCloseTo(20 / 60, 2);
  });

  it('draws value ticks with the unit and the category ticks', () => {
    const doc = parseSvg(renderChartSvg(columns()).svg);
    expect(doc.querySelector('.unit')?.textContent).toBe('kWh');
    const ticks = [...doc.querySelectorAll('.tick')].map((t) => t.textContent);
    expect(ticks[0]).toBe('0');
    expect(ticks).toContain('250');
    expect([...doc.querySelectorAll('.category')].map((t) => t.textContent)).toEqual([
      'M1',
      'M2',
      'M3',
      'M4',
    ]);
  });

  it('shows a "no data" chart instead of crashing when nothing was entered', () => {
    for (const spec of [
      columns({ series: [] }),
      columns({ series: [{ label: 'A', colour: '#000', values: [null, null, null, null] }] }),
      columns({ categories: [], series: [] }),
    ]) {
      const doc = parseSvg(renderChartSvg(spec).svg);
      expect(doc.querySelector('.no-data')?.textContent).toBe('No data');
      expect(doc.querySelectorAll('rect.bar')).toHaveLength(0);
      expect(doc.querySelector('.title')?.textContent).toBe('Energy');
    }
  });

  it('escapes user text: it reads back exactly and adds no elements', () => {
    const evil = `Boiler <script>alert("x")</script> & 'co' \u0007`;
    const doc = parseSvg(
      renderChartSvg(
        columns({
          title: evil,
          subtitle: evil,
          series: [{ label: evil, colour: '#000', values: [1, 2, 3, 4] }],
        }),
      ).svg,
    );
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('.title')?.textContent).toBe(evil.replace('\u0007', '\uFFFD'));
    expect(doc.documentElement.getAttribute('aria-label')).toBe(evil.replace('\u0007', '\uFFFD'));
  });

  it('names its font family explicitly', () => {
    const doc = parseSvg(renderChartSvg(columns()).svg);
    expect(doc.documentElement.getAttribute('font-family')).toMatch(/^'Noto Sans'/);
  });
});

describe('line chart', () => {
  const line = (over: Partial<LineChart> = {}): LineChart => ({
    kind: 'line',
    title: 'Specific energy',
    width: 720,
    height: 360,
    noData: 'No data',
    categories: months(5),
    unit: 'kWh/kg',
    series: [{ label: 'Month', colour: '#0072B2', values: [40, 20, null, 10, 30] }],
    reference: { value: 25, label: 'Baseline 2024' },
    ...over,
  });

  it('places points proportionally and breaks the line at a missing month', () => {
    const doc = parseSvg(renderChartSvg(line()).svg);
    const pts = [...doc.querySelectorAll('circle.point')];
    expect(pts.map((p) => p.getAttribute('data-index'))).toEqual(['0', '1', '3', '4']);
    const ref = doc.querySelector('line.reference');
    if (!ref) throw new Error('no reference line');
    // The zero line is the axis line at the bottom of the grid.
    const axis = [...doc.querySelectorAll('.axes line')].at(-1);
    const zero = axis ? num(axis, 'y1') : 0;
    const height = (el: Element, attr: string) => zero - num(el, attr);
    const [p40, p20] = pts;
    if (!p40 || !p20) throw new Error('missing points');
    expect(height(p40, 'cy') / height(p20, 'cy')).toBeCloseTo(2, 2);
    expect(height(ref, 'y1') / height(p20, 'cy')).toBeCloseTo(25 / 20, 2);
    expect(doc.querySelectorAll('path.line')).toHaveLength(2);
    expect(doc.querySelector('.legend')?.textContent).toContain('Baseline 2024');
  });

  it('is a "no data" chart when no month has a value', () => {
    const doc = parseSvg(
      renderChartSvg(line({ series: [{ label: 'M', colour: '#000', values: [null, null] }] })).svg,
    );
    expect(doc.querySelector('.no-data')).not.toBeNull();
    expect(doc.querySelector('line.reference')).toBeNull();
  });
});

describe('horizontal bars', () => {
  const hbars = (over: Partial<HBarChart> = {}): HBarChart => ({
    kind: 'hbars',
    title: 'VCP',
    width: 720,
    noData: 'No data',
    unit: '%',
    max: 100,
    colour: '#009E73',
    bars: [
      { label: 'Energy (EN)', value: 75 },
      { label: 'Water (WA)', value: null },
      { label: 'Waste (WS)', value: 37.5 },
    ],
    missing: 'not answered',
    ...over,
  });

  it('widths are proportional, a missing value says so, and the height fits the rows', () => {
    const { svg, height } = renderChartSvg(hbars());
    const doc = parseSvg(svg);
    const bars = [...doc.querySelectorAll('rect.bar')];
    expect(bars).toHaveLength(2);
    const [en, ws] = bars;
    if (!en || !ws) throw new Error('missing bars');
    expect(num(ws, 'width') / num(en, 'width')).toBeCloseTo(0.5, 2);
    expect(doc.documentElement.textContent).toContain('not answered');
    expect([...doc.querySelectorAll('.value')].map((v) => v.textContent)).toEqual(['75%', '37.5%']);
    const taller = renderChartSvg(
      hbars({ bars: Array.from({ length: 10 }, (_, i) => ({ label: `P${String(i)}`, value: i })) }),
    );
    expect(taller.height).toBeGreaterThan(height);
  });

  it('is a "no data" chart when no pillar has a score', () => {
    const doc = parseSvg(renderChartSvg(hbars({ bars: [{ label: 'EN', value: null }] })).svg);
    expect(doc.querySelector('.no-data')).not.toBeNull();
  });
});

describe('before/after panels', () => {
  const panels: PanelChart = {
    kind: 'panels',
    title: 'Green project',
    width: 720,
    height: 340,
    noData: 'No data',
    legend: [
      { label: 'Baseline', colour: '#E69F00' },
      { label: 'After', colour: '#0072B2' },
    ],
    panels: [
      { label: 'Specific energy', unit: 'kWh/kg', values: [20, 15] },
      { label: 'CO2e', unit: 't', values: [1000, null] },
    ],
  };

  it('scales each panel on its own and labels the change', () => {
    const doc = parseSvg(renderChartSvg(panels).svg);
    const p0 = [...doc.querySelectorAll('.panel[data-index="0"] rect.bar')];
    const [before, after] = p0;
    if (!before || !after) throw new Error('missing bars');
    expect(num(after, 'height') / num(before, 'height')).toBeCloseTo(0.75, 2);
    expect(doc.querySelector('.panel[data-index="0"] .change')?.textContent).toBe('\u221225%');
    // No "after" value: no bar and no change, but a dash.
    expect(doc.querySelectorAll('.panel[data-index="1"] rect.bar')).toHaveLength(1);
    expect(doc.querySelector('.panel[data-index="1"] .change')).toBeNull();
    expect(doc.querySelector('.panel[data-index="1"]')?.textContent).toContain('—');
  });
});
