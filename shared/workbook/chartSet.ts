// The workbook's charts from a scored package: which charts, which numbers, which words.
import { CARRIERS, CARRIER_METRIC, type Carrier } from '../calc/carriers';
import type { PeriodResult } from '../calc/periods';
import { getMetric } from '../catalogue/metrics';
import type { CriteriaPack } from '../catalogue/types';
import type { PackageResults } from '../engine/types';
import type { Language } from '../package/enums';
import type { ApplicationPackage } from '../package/schema';
import { chartLabel, monthTick } from './chartLabels';
import { formatNumber, readableDigits } from './chartText';
import { renderChartSvg, type ChartSeries, type ChartSpec } from './chartSvg';
import { label } from './labels';

/** Okabe–Ito colours: told apart with every common colour-vision deficiency. */
export const CHART_COLOURS = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#666666',
  lightGrey: '#B3B3B3',
} as const;

const CARRIER_COLOUR: Readonly<Record<Carrier, string>> = {
  electricity: CHART_COLOURS.blue,
  district_heat: CHART_COLOURS.vermillion,
  steam: CHART_COLOURS.purple,
  coal: CHART_COLOURS.grey,
  briquettes: CHART_COLOURS.lightGrey,
  diesel: CHART_COLOURS.orange,
  gasoline: CHART_COLOURS.yellow,
  lpg: CHART_COLOURS.sky,
  solar: CHART_COLOURS.green,
};

export const CHART_WIDTH = 720;
const MONTHLY_HEIGHT = 360;

export interface ChartSvg {
  key: 'energy' | 'co2' | 'specificEnergy' | 'vcp' | 'green';
  title: string;
  svg: string;
  width: number;
  height: number;
}

export interface ChartSetInput {
  pkg: ApplicationPackage;
  results: PackageResults;
  pack: CriteriaPack | null;
  language: Language;
}

export function buildChartSvgs(input: ChartSetInput): ChartSvg[] {
  return buildChartSpecs(input).map(({ key, spec }) => ({
    key,
    title: spec.title,
    ...renderChartSvg(spec),
  }));
}

export function buildChartSpecs(input: ChartSetInput): { key: ChartSvg['key']; spec: ChartSpec }[] {
  const { pkg, results, pack, language: lang } = input;
  const window = monthWindow(results.indicators.periods);
  const out: { key: ChartSvg['key']; spec: ChartSpec }[] = [
    { key: 'energy', spec: energyChart(window, lang) },
    { key: 'co2', spec: co2Chart(window, lang) },
    { key: 'specificEnergy', spec: specificEnergyChart(window, results, lang) },
    { key: 'vcp', spec: vcpChart(results, pack, lang) },
  ];
  if (pkg.project && results.green) out.push({ key: 'green', spec: greenChart(results, lang) });
  return out;
}

interface MonthWindow<P = PeriodResult> {
  /** "YYYY-MM" of each month shown, oldest first; empty when there is no monthly data. */
  keys: string[];
  byKey: Map<string, P>;
}

/** The twelve months up to the latest month entered, so a bank sees the most recent year. */
export function monthWindow<P extends Pick<PeriodResult, 'period' | 'kind'>>(
  periods: readonly P[],
): MonthWindow<P> {
  const byKey = new Map<string, P>();
  for (const p of periods) if (p.kind === 'month') byKey.set(p.period, p);
  const latest = [...byKey.keys()].sort().at(-1);
  if (latest === undefined) return { keys: [], byKey };
  let y = Number(latest.slice(0, 4));
  let m = Number(latest.slice(5, 7));
  const keys: string[] = [];
  for (let i = 0; i < 12; i++) {
    keys.unshift(`${String(y)}-${String(m).padStart(2, '0')}`);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return { keys, byKey };
}

function categories(w: MonthWindow, lang: Language): string[][] {
  return w.keys.map((k, i) => {
    const month = Number(k.slice(5, 7));
    const tick = monthTick(month, lang);
    return i === 0 || month === 1 ? [tick, k.slice(0, 4)] : [tick];
  });
}

function subtitle(w: MonthWindow): string | undefined {
  const first = w.keys[0];
  const last = w.keys.at(-1);
  return first && last ? `${first} – ${last}` : undefined;
}

function energyChart(w: MonthWindow, lang: Language): ChartSpec {
  const kwh = (k: string, c: Carrier) =>
    w.byKey.get(k)?.indicators.energy.byCarrier[c]?.kwh.value ?? null;
  const used = CARRIERS.filter((c) => w.keys.some((k) => kwh(k, c) !== null));
  const totals = w.keys.map((k) => used.reduce((s, c) => s + Math.max(0, kwh(k, c) ?? 0), 0));
  // Six-digit kWh ticks are hard to read; a textile mill's months are usually MWh-sized.
  const mwh = Math.max(0, ...totals) >= 100_000;
  const series: ChartSeries[] = used.map((c) => ({
    label: getMetric(CARRIER_METRIC[c]).label[lang],
    colour: CARRIER_COLOUR[c],
    values: w.keys.map((k) => {
      const v = kwh(k, c);
      return v === null ? null : mwh ? v / 1000 : v;
    }),
  }));
  return {
    kind: 'columns',
    title: chartLabel('energyTitle', lang),
    ...withSubtitle(subtitle(w)),
    width: CHART_WIDTH,
    height: MONTHLY_HEIGHT,
    noData: chartLabel(w.keys.length ? 'noData' : 'noMonths', lang),
    categories: categories(w, lang),
    unit: chartLabel(mwh ? 'MWh' : 'kWh', lang),
    series,
    stacked: true,
  };
}

function co2Chart(w: MonthWindow, lang: Language): ChartSpec {
  const scope = (s: 'scope1' | 'scope2') =>
    w.keys.map((k) => w.byKey.get(k)?.indicators.emissions[s].value ?? null);
  const series: ChartSeries[] = [
    {
      label: chartLabel('scope1', lang),
      colour: CHART_COLOURS.vermillion,
      values: scope('scope1'),
    },
    { label: chartLabel('scope2', lang), colour: CHART_COLOURS.blue, values: scope('scope2') },
  ];
  return {
    kind: 'columns',
    title: chartLabel('co2Title', lang),
    ...withSubtitle(subtitle(w)),
    width: CHART_WIDTH,
    height: MONTHLY_HEIGHT,
    noData: chartLabel(w.keys.length ? 'noData' : 'noMonths', lang),
    categories: categories(w, lang),
    unit: chartLabel('tCo2e', lang),
    series,
    stacked: true,
  };
}

function specificEnergyChart(w: MonthWindow, results: PackageResults, lang: Language): ChartSpec {
  const unit = chartLabel('kWhPerKg', lang);
  // The firm's baseline as on the dashboard: its first complete year.
  const base = results.indicators.years.find((y) => y.monthsCovered === 12) ?? null;
  const bv = base?.indicators.intensity.energyKwhPerKg.value ?? null;
  const reference =
    base && bv !== null && Number.isFinite(bv)
      ? {
          value: bv,
          label: `${chartLabel('baselineRef', lang, { year: base.year })}: ${formatNumber(bv, readableDigits(bv))} ${unit}`,
        }
      : null;
  const range = subtitle(w);
  const sub = reference
    ? range
    : [range, chartLabel('noBaseline', lang)].filter(Boolean).join(' · ');
  return {
    kind: 'line',
    title: chartLabel('specificTitle', lang),
    ...withSubtitle(sub),
    width: CHART_WIDTH,
    height: MONTHLY_HEIGHT,
    noData: chartLabel(w.keys.length ? 'noData' : 'noMonths', lang),
    categories: categories(w, lang),
    unit,
    series: [
      {
        label: chartLabel('specificSeries', lang),
        colour: CHART_COLOURS.blue,
        values: w.keys.map(
          (k) => w.byKey.get(k)?.indicators.intensity.energyKwhPerKg.value ?? null,
        ),
      },
    ],
    reference,
  };
}

function vcpChart(results: PackageResults, pack: CriteriaPack | null, lang: Language): ChartSpec {
  const vcp = results.vcp;
  const title = (id: string) => {
    const p = pack?.pillars.find((x) => x.id === id);
    return p ? `${p.title[lang]} (${id})` : id;
  };
  const overall = vcp.overallPct.value;
  const sub =
    overall === null
      ? undefined
      : chartLabel(vcp.level === 0 ? 'overallNoLevel' : 'overall', lang, {
          pct: formatNumber(overall, 0),
          level: String(vcp.level),
        });
  return {
    kind: 'hbars',
    title: chartLabel('vcpTitle', lang),
    ...withSubtitle(sub),
    width: CHART_WIDTH,
    noData: chartLabel('noData', lang),
    unit: chartLabel('percent', lang),
    max: 100,
    colour: CHART_COLOURS.green,
    bars: vcp.pillars.map((p) => ({
      label: title(p.pillar),
      value: p.applicable > 0 ? p.scorePct.value : null,
    })),
    missing: chartLabel('notApplicable', lang),
  };
}

function greenChart(results: PackageResults, lang: Language): ChartSpec {
  const g = results.green;
  const b = g?.baseline;
  const a = g?.after;
  const pair = (f: (m: NonNullable<typeof b>) => number | null) =>
    [b ? f(b) : null, a ? f(a) : null] as const;
  return {
    kind: 'panels',
    title: chartLabel('greenTitle', lang),
    ...withSubtitle(g?.title),
    width: CHART_WIDTH,
    height: 340,
    noData: chartLabel('noData', lang),
    legend: [
      { label: label('baseline', lang), colour: CHART_COLOURS.orange },
      {
        label: chartLabel(g?.basis === 'verified' ? 'afterVerified' : 'after', lang),
        colour: CHART_COLOURS.blue,
      },
    ],
    panels: [
      {
        label: chartLabel('specificEnergy', lang),
        unit: chartLabel('kWhPerKg', lang),
        values: pair((m) => m.specificEnergyKwhPerKg),
      },
      {
        label: chartLabel('energyYear', lang),
        unit: chartLabel('MWh', lang),
        values: pair((m) => m.energyKwhEq / 1000),
      },
      {
        label: chartLabel('co2Year', lang),
        unit: chartLabel('tCo2e', lang),
        values: pair((m) => m.co2T),
      },
      {
        label: chartLabel('waterIntensity', lang),
        unit: chartLabel('lPerKg', lang),
        values: pair((m) => m.waterLPerKg),
      },
    ],
  };
}

/** exactOptionalPropertyTypes-proof: no `subtitle: undefined` key at all. */
function withSubtitle(s: string | undefined): { subtitle?: string } {
  return s ? { subtitle: s } : {};
}
