// Chart descriptions → standalone SVG markup (pure string building; the renderer rasterises it).
// Every string that reaches the markup goes through escapeXml, whoever typed it.
import { niceScale, project, type LinearScale } from './chartScale';
import { escapeXml, formatNumber, readableDigits, textWidth, wrapText } from './chartText';

/** Noto Sans is bundled with the app; the others are what a spreadsheet PC surely has. */
export const CHART_FONT_FAMILY = "'Noto Sans', 'Segoe UI', Arial, sans-serif";

const INK = '#1a1a1a';
const MUTED = '#555555';
const GRID = '#e3e3e3';
const AXIS = '#737373';
const PAD = 16;

export interface ChartSeries {
  label: string;
  /** A colour of the Okabe–Ito palette (see CHART_COLOURS), so no pair relies on red/green. */
  colour: string;
  /** One value per category; null leaves a gap. */
  values: readonly (number | null)[];
}

interface ChartBase {
  title: string;
  subtitle?: string;
  width: number;
  /** Shown instead of the plot when there is nothing to draw. */
  noData: string;
}

/** Columns per category (months), stacked or side by side. */
export interface ColumnChart extends ChartBase {
  kind: 'columns';
  height: number;
  /** Tick text per category, one or two lines (e.g. month and, at January, the year). */
  categories: readonly (readonly string[])[];
  unit: string;
  series: readonly ChartSeries[];
  stacked: boolean;
}

/** Lines over categories with an optional horizontal reference (the firm's own baseline). */
export interface LineChart extends ChartBase {
  kind: 'line';
  height: number;
  categories: readonly (readonly string[])[];
  unit: string;
  series: readonly ChartSeries[];
  reference: { value: number; label: string } | null;
}

/** One horizontal bar per row (e.g. a score per pillar); its height follows from the rows. */
export interface HBarChart extends ChartBase {
  kind: 'hbars';
  unit: string;
  /** Fixed end of the axis (100 for percentages); null fits the data. */
  max: number | null;
  colour: string;
  bars: readonly { label: string; value: number | null }[];
  /** Written where a row has no value. */
  missing: string;
}

/** Side-by-side small panels, each comparing two values on its own scale (before vs after). */
export interface PanelChart extends ChartBase {
  kind: 'panels';
  height: number;
  legend: readonly [LegendItem, LegendItem];
  panels: readonly {
    label: string;
    unit: string;
    values: readonly [number | null, number | null];
  }[];
}

export type ChartSpec = ColumnChart | LineChart | HBarChart | PanelChart;

export interface LegendItem {
  label: string;
  colour: string;
  mark?: 'box' | 'line' | 'dash';
}

export interface RenderedChart {
  svg: string;
  width: number;
  height: number;
}

export function renderChartSvg(spec: ChartSpec): RenderedChart {
  switch (spec.kind) {
    case 'columns':
      return hasValues(spec.series.flatMap((s) => s.values))
        ? columnChart(spec)
        : emptyChart(spec, spec.height);
    case 'line':
      return hasValues(spec.series.flatMap((s) => s.values))
        ? lineChart(spec)
        : emptyChart(spec, spec.height);
    case 'hbars':
      return hasValues(spec.bars.map((b) => b.value)) ? hbarChart(spec) : emptyChart(spec, 240);
    case 'panels':
      return hasValues(spec.panels.flatMap((p) => p.values))
        ? panelChart(spec)
        : emptyChart(spec, spec.height);
  }
}

function hasValues(values: readonly (number | null)[]): boolean {
  return values.some((v) => v !== null && Number.isFinite(v));
}

const r2 = (v: number): string => String(Math.round(v * 100) / 100);

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${r2(x)}" y="${r2(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(s)}</text>`;
}

function svgDoc(spec: ChartBase, height: number, body: string[]): RenderedChart {
  const w = spec.width;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(w)}" height="${String(height)}" viewBox="0 0 ${String(w)} ${String(height)}" font-family="${escapeXml(CHART_FONT_FAMILY)}" font-size="12" role="img" aria-label="${escapeXml(spec.title)}">`,
    `<rect width="${String(w)}" height="${String(height)}" fill="#ffffff"/>`,
    ...header(spec),
    ...body,
    '</svg>',
  ].join('\n');
  return { svg, width: w, height };
}

function header(spec: ChartBase): string[] {
  const max = spec.width - 2 * PAD;
  const out = [
    text(
      PAD,
      26,
      wrapText(spec.title, max, 16, 1)[0] ?? '',
      `font-size="16" font-weight="700" fill="${INK}" class="title"`,
    ),
  ];
  if (spec.subtitle) {
    const sub = wrapText(spec.subtitle, max, 12, 1)[0] ?? '';
    out.push(text(PAD, 46, sub, `fill="${MUTED}" class="subtitle"`));
  }
  return out;
}

function headerBottom(spec: ChartBase): number {
  return spec.subtitle ? 56 : 38;
}

function emptyChart(spec: ChartBase, height: number): RenderedChart {
  const top = headerBottom(spec) + 8;
  const w = spec.width - 2 * PAD;
  const h = height - top - PAD;
  return svgDoc(spec, height, [
    `<rect x="${String(PAD)}" y="${String(top)}" width="${String(w)}" height="${String(h)}" fill="#fafafa" stroke="${GRID}" stroke-dasharray="4 3"/>`,
    text(
      PAD + w / 2,
      top + h / 2 + 5,
      spec.noData,
      `text-anchor="middle" font-size="14" fill="${MUTED}" class="no-data"`,
    ),
  ]);
}

/** Legend rows from `top`; returns the markup and the y just below the last row. */
function legend(
  items: readonly LegendItem[],
  top: number,
  width: number,
): { svg: string[]; bottom: number } {
  const out: string[] = ['<g class="legend">'];
  let x = PAD;
  let y = top;
  for (const item of items) {
    const w = 22 + textWidth(item.label, 12) + 18;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += 18;
    }
    const cy = y + 7;
    if (item.mark === 'line' || item.mark === 'dash') {
      const dash = item.mark === 'dash' ? ' stroke-dasharray="5 3"' : '';
      out.push(
        `<line x1="${r2(x)}" y1="${r2(cy)}" x2="${r2(x + 16)}" y2="${r2(cy)}" stroke="${item.colour}" stroke-width="2.5"${dash}/>`,
      );
    } else {
      out.push(
        `<rect x="${r2(x)}" y="${r2(y + 1)}" width="12" height="12" fill="${item.colour}"/>`,
      );
    }
    out.push(text(x + 22, y + 11, item.label, `fill="${INK}"`));
    x += w;
  }
  out.push('</g>');
  return { svg: out, bottom: y + 18 };
}

interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Grid, value ticks with the unit above them, category ticks and the zero line. */
function axes(
  plot: Plot,
  scale: LinearScale,
  unit: string,
  categories: readonly (readonly string[])[],
): string[] {
  const out: string[] = ['<g class="axes">'];
  for (const t of scale.ticks) {
    const y = project(scale, t, plot.bottom, plot.top);
    out.push(
      `<line x1="${r2(plot.left)}" y1="${r2(y)}" x2="${r2(plot.right)}" y2="${r2(y)}" stroke="${GRID}"/>`,
    );
    out.push(
      text(
        plot.left - 6,
        y + 4,
        formatNumber(t, scale.digits),
        `text-anchor="end" fill="${MUTED}" class="tick"`,
      ),
    );
  }
  out.push(text(PAD, plot.top - 14, unit, `fill="${MUTED}" font-weight="700" class="unit"`));
  const slot = (plot.right - plot.left) / Math.max(1, categories.length);
  categories.forEach((lines, i) => {
    const x = plot.left + slot * (i + 0.5);
    lines.forEach((line, k) => {
      out.push(
        text(
          x,
          plot.bottom + 16 + k * 14,
          line,
          `text-anchor="middle" fill="${k === 0 ? INK : MUTED}" class="category"`,
        ),
      );
    });
  });
  const zero = project(scale, 0, plot.bottom, plot.top);
  out.push(
    `<line x1="${r2(plot.left)}" y1="${r2(zero)}" x2="${r2(plot.right)}" y2="${r2(zero)}" stroke="${AXIS}"/>`,
  );
  out.push('</g>');
  return out;
}

function plotArea(spec: ChartBase, height: number, top: number, scale: LinearScale): Plot {
  const widest = Math.max(...scale.ticks.map((t) => textWidth(formatNumber(t, scale.digits), 12)));
  return {
    left: PAD + Math.max(28, widest) + 8,
    right: spec.width - PAD,
    top: top + 30,
    bottom: height - 40,
  };
}

function finite(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null && Number.isFinite(v));
}

function columnChart(spec: ColumnChart): RenderedChart {
  const n = spec.categories.length;
  const stackTop = (i: number, sign: 1 | -1) =>
    spec.series.reduce((sum, s) => {
      const v = s.values[i] ?? 0;
      return Number.isFinite(v) && Math.sign(v) === sign ? sum + v : sum;
    }, 0);
  const all = finite(spec.series.flatMap((s) => s.values));
  const hi = spec.stacked
    ? Math.max(...Array.from({ length: n }, (_, i) => stackTop(i, 1)))
    : Math.max(...all);
  const lo = spec.stacked
    ? Math.min(...Array.from({ length: n }, (_, i) => stackTop(i, -1)))
    : Math.min(...all);
  const scale = niceScale(lo, hi);
  const leg = legend(
    spec.series.map((s) => ({ label: s.label, colour: s.colour })),
    headerBottom(spec) + 4,
    spec.width,
  );
  const plot = plotArea(spec, spec.height, leg.bottom, scale);
  const slot = (plot.right - plot.left) / Math.max(1, n);
  const bars: string[] = ['<g class="bars">'];
  const y = (v: number) => project(scale, v, plot.bottom, plot.top);
  for (let i = 0; i < n; i++) {
    const up = { at: 0 };
    const down = { at: 0 };
    spec.series.forEach((s, k) => {
      const v = s.values[i];
      if (v === null || v === undefined || !Number.isFinite(v)) return;
      let x: number;
      let w: number;
      let from: number;
      if (spec.stacked) {
        w = slot * 0.62;
        x = plot.left + slot * i + (slot - w) / 2;
        const acc = v >= 0 ? up : down;
        from = acc.at;
        acc.at += v;
      } else {
        const group = slot * 0.76;
        w = group / spec.series.length;
        x = plot.left + slot * i + (slot - group) / 2 + k * w;
        from = 0;
      }
      const y1 = y(from);
      const y2 = y(from + v);
      bars.push(
        `<rect class="bar" data-series="${String(k)}" data-index="${String(i)}" data-value="${String(v)}" x="${r2(x)}" y="${r2(Math.min(y1, y2))}" width="${r2(w)}" height="${r2(Math.abs(y2 - y1))}" fill="${s.colour}" stroke="#ffffff" stroke-width="0.75"/>`,
      );
    });
  }
  bars.push('</g>');
  return svgDoc(spec, spec.height, [
    ...leg.svg,
    ...axes(plot, scale, spec.unit, spec.categories),
    ...bars,
  ]);
}

function lineChart(spec: LineChart): RenderedChart {
  const n = spec.categories.length;
  const all = finite(spec.series.flatMap((s) => s.values));
  const ref = spec.reference;
  const scale = niceScale(
    Math.min(...all, ref?.value ?? Infinity),
    Math.max(...all, ref?.value ?? -Infinity),
  );
  const items: LegendItem[] = spec.series.map((s) => ({
    label: s.label,
    colour: s.colour,
    mark: 'line',
  }));
  if (ref) items.push({ label: ref.label, colour: INK, mark: 'dash' });
  const leg = legend(items, headerBottom(spec) + 4, spec.width);
  const plot = plotArea(spec, spec.height, leg.bottom, scale);
  const slot = (plot.right - plot.left) / Math.max(1, n);
  const x = (i: number) => plot.left + slot * (i + 0.5);
  const y = (v: number) => project(scale, v, plot.bottom, plot.top);
  const out: string[] = [];
  if (ref) {
    const ry = y(ref.value);
    out.push(
      `<line class="reference" data-value="${String(ref.value)}" x1="${r2(plot.left)}" y1="${r2(ry)}" x2="${r2(plot.right)}" y2="${r2(ry)}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    );
  }
  spec.series.forEach((s, k) => {
    const segments: string[] = [];
    let current: string[] = [];
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        if (current.length) segments.push(current.join(' '));
        current = [];
        return;
      }
      current.push(`${current.length ? 'L' : 'M'}${r2(x(i))} ${r2(y(v))}`);
    });
    if (current.length) segments.push(current.join(' '));
    for (const d of segments) {
      out.push(
        `<path class="line" d="${d}" fill="none" stroke="${s.colour}" stroke-width="2.5" stroke-linejoin="round"/>`,
      );
    }
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) return;
      out.push(
        `<circle class="point" data-series="${String(k)}" data-index="${String(i)}" data-value="${String(v)}" cx="${r2(x(i))}" cy="${r2(y(v))}" r="3.5" fill="${s.colour}" stroke="#ffffff" stroke-width="1"/>`,
      );
    });
  });
  return svgDoc(spec, spec.height, [
    ...leg.svg,
    ...axes(plot, scale, spec.unit, spec.categories),
    ...out,
  ]);
}

function hbarChart(spec: HBarChart): RenderedChart {
  const rowH = 30;
  const labelW = Math.min(300, spec.width * 0.4);
  const top = headerBottom(spec) + 12;
  const height = top + spec.bars.length * rowH + 34;
  const values = finite(spec.bars.map((b) => b.value));
  const scale = niceScale(0, spec.max ?? Math.max(...values));
  const plot: Plot = {
    left: PAD + labelW + 10,
    right: spec.width - PAD - 56,
    top,
    bottom: top + spec.bars.length * rowH,
  };
  const x = (v: number) => project(scale, v, plot.left, plot.right);
  const out: string[] = ['<g class="axes">'];
  for (const t of scale.ticks) {
    out.push(
      `<line x1="${r2(x(t))}" y1="${r2(plot.top)}" x2="${r2(x(t))}" y2="${r2(plot.bottom)}" stroke="${GRID}"/>`,
    );
    out.push(
      text(
        x(t),
        plot.bottom + 16,
        `${formatNumber(t, scale.digits)}${spec.unit}`,
        `text-anchor="middle" fill="${MUTED}" class="tick"`,
      ),
    );
  }
  out.push(
    `<line x1="${r2(plot.left)}" y1="${r2(plot.top)}" x2="${r2(plot.left)}" y2="${r2(plot.bottom)}" stroke="${AXIS}"/>`,
    '</g>',
    '<g class="bars">',
  );
  spec.bars.forEach((b, i) => {
    const cy = plot.top + rowH * (i + 0.5);
    const lines = wrapText(b.label, labelW, 12, 2);
    lines.forEach((line, k) => {
      const dy = (k - (lines.length - 1) / 2) * 13 + 4;
      out.push(
        text(plot.left - 10, cy + dy, line, `text-anchor="end" fill="${INK}" class="category"`),
      );
    });
    if (b.value === null || !Number.isFinite(b.value)) {
      out.push(text(plot.left + 8, cy + 4, spec.missing, `fill="${MUTED}" font-style="italic"`));
      return;
    }
    const w = Math.max(0, x(b.value) - plot.left);
    out.push(
      `<rect class="bar" data-index="${String(i)}" data-value="${String(b.value)}" x="${r2(plot.left)}" y="${r2(cy - 9)}" width="${r2(w)}" height="18" fill="${spec.colour}"/>`,
    );
    const label = `${formatNumber(b.value, 1)}${spec.unit}`;
    out.push(text(plot.left + w + 6, cy + 4, label, `fill="${INK}" class="value"`));
  });
  out.push('</g>');
  return svgDoc(spec, height, out);
}

function panelChart(spec: PanelChart): RenderedChart {
  const leg = legend(spec.legend, headerBottom(spec) + 4, spec.width);
  const n = spec.panels.length;
  const panelW = (spec.width - 2 * PAD) / Math.max(1, n);
  const top = leg.bottom + 34;
  const base = spec.height - 52;
  const out: string[] = [];
  spec.panels.forEach((p, i) => {
    const left = PAD + panelW * i;
    const vals = finite(p.values);
    const scale = niceScale(0, vals.length ? Math.max(...vals) : 0);
    const barW = Math.min(64, panelW * 0.28);
    const gap = 14;
    const start = left + (panelW - 2 * barW - gap) / 2;
    out.push(`<g class="panel" data-index="${String(i)}">`);
    out.push(
      `<line x1="${r2(left + 12)}" y1="${r2(base)}" x2="${r2(left + panelW - 12)}" y2="${r2(base)}" stroke="${AXIS}"/>`,
    );
    p.values.forEach((v, k) => {
      const bx = start + k * (barW + gap);
      const item = spec.legend[k];
      if (v === null || !Number.isFinite(v) || !item) {
        out.push(text(bx + barW / 2, base - 6, '—', `text-anchor="middle" fill="${MUTED}"`));
        return;
      }
      const by = project(scale, v, base, top);
      out.push(
        `<rect class="bar" data-series="${String(k)}" data-index="${String(i)}" data-value="${String(v)}" x="${r2(bx)}" y="${r2(by)}" width="${r2(barW)}" height="${r2(base - by)}" fill="${item.colour}"/>`,
      );
      out.push(
        text(
          bx + barW / 2,
          by - 6,
          formatNumber(v, readableDigits(v)),
          `text-anchor="middle" fill="${INK}" class="value"`,
        ),
      );
    });
    const [a, b] = p.values;
    if (a !== null && b !== null && a !== 0 && Number.isFinite(a) && Number.isFinite(b)) {
      const pct = ((b - a) / Math.abs(a)) * 100;
      const sign = pct > 0 ? '+' : '';
      out.push(
        text(
          left + panelW / 2,
          top - 16,
          `${sign}${formatNumber(pct, 1)}%`,
          `text-anchor="middle" font-weight="700" fill="${INK}" class="change"`,
        ),
      );
    }
    const lines = wrapText(`${p.label} (${p.unit})`, panelW - 16, 12, 2);
    lines.forEach((line, k) => {
      out.push(
        text(
          left + panelW / 2,
          base + 18 + k * 14,
          line,
          `text-anchor="middle" fill="${INK}" class="category"`,
        ),
      );
    });
    out.push('</g>');
  });
  return svgDoc(spec, spec.height, [...leg.svg, ...out]);
}
