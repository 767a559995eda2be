// The Metrics sheet: a row per period, the typed values in editable cells, and derived columns
// (total energy, CO2e, intensities) as live formulas over the Factors sheet. The same Expr tree
// gives the cached result, so Excel or LibreOffice recalculating gets GreenThread's numbers.
import { METRICS } from '../catalogue/metrics';
import { METRIC_IDS, type MetricId } from '../catalogue/metricIds';
import type { Language } from '../package/enums';
import type { ApplicationPackage, PeriodData } from '../package/schema';
import { DEFAULT_COAL_NCV_KCAL_PER_KG, GJ_PER } from '../units/energy';
import { add, c, div, evaluate, mul, ratio, ref, render, type Expr } from './expr';
import type { FactorKey } from './factorTable';
import { unitWord } from './enumWords';
import { label } from './labels';
import { howRow, yearTotalRow } from './metricsTotals';
import type { MetricColumn, MetricsLayout } from './layout';
import { columnLetter } from './raw';
import { emptySheet, formula, num, text, type CellSpec, type SheetSpec } from './spec';

export type FactorRefs = ReadonlyMap<FactorKey, { ref: string; value: number }>;

export interface DerivedRow {
  period: string;
  energyKwh: number;
  scope1T: number;
  scope2T: number;
  co2eT: number;
  energyKwhPerKg: number | '';
  co2eKgPerKg: number | '';
  waterLPerKg: number | '';
}

export const HEADER_ROW = 1;
/** Row 2 says how each column's year total is formed; the periods start on row 3. */
export const FIRST_DATA_ROW = HEADER_ROW + 2;

/** The row holding a year's figures (its total row, or its yearly entry) and their values. */
export interface YearFigures {
  year: string;
  row: number;
  figures: Record<DerivedKey, number | ''>;
  /** Periods entered for the year (months, or 1 for a yearly entry). */
  months: number;
}

function yearGroups(periods: readonly PeriodData[]): { year: string; periods: PeriodData[] }[] {
  const out: { year: string; periods: PeriodData[] }[] = [];
  for (const p of periods) {
    const year = p.period.slice(0, 4);
    const last = out[out.length - 1];
    if (last?.year === year) last.periods.push(p);
    else out.push({ year, periods: [p] });
  }
  return out;
}

/** The formula columns right of the inputs, in order. */
export const DERIVED_KEYS = [
  'totalEnergy',
  'scope1',
  'scope2',
  'co2',
  'output',
  'water',
  'energyIntensity',
  'co2Intensity',
  'waterIntensity',
] as const;
export type DerivedKey = (typeof DERIVED_KEYS)[number];
const DERIVED_FORMAT: Record<DerivedKey, string> = {
  totalEnergy: '#,##0',
  scope1: '#,##0.00',
  scope2: '#,##0.00',
  co2: '#,##0.00',
  output: '#,##0',
  water: '#,##0.0',
  energyIntensity: '0.000',
  co2Intensity: '0.000',
  waterIntensity: '0.000',
};
const MONEY = '#,##0 ₮';

export function numFmtFor(metric: MetricId): string {
  const dim = METRICS[metric].dimension;
  if (dim === 'money') return MONEY;
  if (dim === 'count' || dim === 'hours') return '#,##0';
  return '#,##0.00';
}

/** The (metric, unit) pairs used anywhere in the package, in catalogue order. */
function inputColumns(pkg: ApplicationPackage): { metric: MetricId; unit: string }[] {
  const seen = new Map<string, { metric: MetricId; unit: string }>();
  for (const p of pkg.periods) {
    for (const [m, v] of Object.entries(p.values)) {
      if (v !== undefined) seen.set(`${m}|${v.unit}`, { metric: m as MetricId, unit: v.unit });
    }
  }
  const order = (m: string): number => METRIC_IDS.indexOf(m as MetricId);
  return [...seen.values()].sort(
    (a, b) => order(a.metric) - order(b.metric) || a.unit.localeCompare(b.unit),
  );
}

export function buildMetricsSheet(
  pkg: ApplicationPackage,
  lang: Language,
  factors: FactorRefs,
): {
  sheet: SheetSpec;
  layout: MetricsLayout;
  derived: DerivedRow[];
  years: YearFigures[];
  /** Column letter of each derived figure, for formulas on other sheets. */
  derivedCols: Record<DerivedKey, string>;
} {
  const F = (k: FactorKey): Expr => {
    const f = factors.get(k);
    if (f === undefined) throw new Error(`factor ${k} missing from the Factors sheet`);
    return ref(f.ref, f.value);
  };
  const inputs = inputColumns(pkg);
  const columns: MetricColumn[] = inputs.map((x, i) => ({
    col: i + 2,
    metric: x.metric,
    unit: x.unit,
  }));
  const hasCoal = inputs.some((x) => x.metric === 'energy.coal');
  const ncvCol = hasCoal ? inputs.length + 2 : 0;
  const firstDerived = inputs.length + 2 + (hasCoal ? 1 : 0);
  const periods = [...pkg.periods].sort((a, b) => a.period.localeCompare(b.period));

  const sheet = emptySheet('metrics', label('metrics', lang));
  const header: CellSpec[] = [text(label('period', lang), { style: 'header' })];
  for (const x of inputs) {
    header.push(
      text(`${METRICS[x.metric].label[lang]} (${unitWord(x.unit, lang)})`, { style: 'header' }),
    );
  }
  if (hasCoal)
    header.push(
      text(lang === 'en' ? 'Coal NCV (kcal/kg)' : 'Нүүрсний илчлэг (ккал/кг)', { style: 'header' }),
    );
  for (const k of DERIVED_KEYS) header.push(text(label(k, lang), { style: 'header' }));
  sheet.rows.push(header);

  sheet.rows.push(howRow(columns, hasCoal, lang));

  const derived: DerivedRow[] = [];
  const emitRow = (p: PeriodData, rowNo: number): (number | '')[] => {
    const row: CellSpec[] = [text(p.period, { style: 'label' })];
    const cell = (col: number, value: number | ''): Expr =>
      ref(`${columnLetter(col)}${rowNo}`, value === '' ? 0 : value);
    const values: (number | '')[] = [];
    for (const col of columns) {
      const v = p.values[col.metric as MetricId];
      const here = v !== undefined && v.unit === col.unit ? v.value : '';
      values.push(here);
      row.push(
        here === ''
          ? { t: 's', v: '', unlocked: true, style: 'input' }
          : num(here, {
              numFmt: numFmtFor(col.metric as MetricId),
              unlocked: true,
              style: 'input',
            }),
      );
    }
    let ncv: Expr = c(0);
    if (hasCoal) {
      const typed = p.values['energy.coal']?.ncvKcalPerKg;
      const def = F('coal.default_ncv');
      const ncvValue = typed ?? evaluate(def);
      row.push(
        typed !== undefined
          ? num(typed, { numFmt: '#,##0' })
          : formula(render(def), ncvValue, { numFmt: '#,##0' }),
      );
      values.push(ncvValue);
      ncv = cell(ncvCol, ncvValue);
    }
    // canonical amount of a metric in this row: Σ over its unit columns
    const canon = (metric: MetricId): Expr[] =>
      columns.flatMap((col, idx) => {
        // every column of the metric, typed or blank: a value typed later is included
        if (col.metric !== metric) return [];
        const x = cell(col.col, values[idx] ?? 0);
        const conv = METRICS[metric].units[col.unit];
        if (conv === undefined) return [];
        if (conv.kind === 'linear') return [conv.factor === 1 ? x : mul(x, c(conv.factor))];
        // coal/briquettes typed as energy: tonnes = energy ÷ (NCV kcal/kg × 4.1868 / 1000), with
        // the entry's certificate NCV or the fixed unit-conversion default, as the engine does
        const convNcv = c(p.values[metric]?.ncvKcalPerKg ?? DEFAULT_COAL_NCV_KCAL_PER_KG);
        return [
          div(
            mul(x, c(GJ_PER[conv.energyUnit])),
            mul(convNcv, F('conv.gj_per_gcal'), F('conv.t_per_kg')),
          ),
        ];
      });
    const amount = (metric: MetricId): Expr | null => {
      const parts = canon(metric);
      return parts.length === 0 ? null : parts.length === 1 ? (parts[0] as Expr) : add(...parts);
    };
    const gj: Expr[] = [];
    const scope1: Expr[] = [];
    const scope2: Expr[] = [];
    const el = amount('energy.electricity');
    if (el) {
      gj.push(mul(el, F('conv.gj_per_kwh')));
      scope2.push(mul(el, F('conv.mwh_per_kwh'), F('grid.ef')));
    }
    const heat = amount('energy.district_heat');
    if (heat) {
      gj.push(mul(heat, F('conv.gj_per_gcal')));
      scope2.push(mul(heat, F('heat.ef')));
    }
    const steam = amount('energy.steam');
    if (steam) {
      gj.push(mul(steam, F('steam.enthalpy')));
      scope2.push(div(mul(steam, F('steam.enthalpy'), F('heat.ef')), F('conv.gj_per_gcal')));
    }
    const coal = amount('energy.coal');
    if (coal) {
      gj.push(mul(coal, ncv, F('conv.gj_per_gcal'), F('conv.t_per_kg')));
      scope1.push(mul(coal, ncv, F('conv.gj_per_gcal'), F('conv.t_per_kg'), F('co2e.coal')));
    }
    const briq = amount('energy.briquettes');
    if (briq) {
      // a supplier certificate's NCV (kcal/kg) wins over the IPCC default, as in the engine
      const certNcv = p.values['energy.briquettes']?.ncvKcalPerKg;
      const perT =
        certNcv === undefined
          ? F('fuel.briquettes.ncv')
          : mul(c(certNcv), F('conv.gj_per_gcal'), F('conv.t_per_kg'));
      gj.push(mul(briq, perT));
      scope1.push(mul(briq, perT, F('co2e.briquettes')));
    }
    // own solar generation counts as energy used but emits nothing
    const solar = amount('energy.solar_generated');
    if (solar) gj.push(mul(solar, F('conv.gj_per_kwh')));
    for (const [metric, fuel] of [
      ['energy.diesel', 'diesel'],
      ['energy.gasoline', 'gasoline'],
    ] as const) {
      const litres = amount(metric);
      if (!litres) continue;
      const energy = mul(litres, F(`density.${fuel}`), F('conv.t_per_kg'), F(`fuel.${fuel}.ncv`));
      gj.push(energy);
      scope1.push(mul(energy, F(`co2e.${fuel}`)));
    }
    const lpg = amount('energy.lpg');
    if (lpg) {
      gj.push(mul(lpg, F('conv.t_per_kg'), F('fuel.lpg.ncv')));
      scope1.push(mul(lpg, F('conv.t_per_kg'), F('fuel.lpg.ncv'), F('co2e.lpg')));
    }
    const energyExpr = div(add(...gj), F('conv.gj_per_kwh'));
    const s1Expr = add(...scope1);
    const s2Expr = add(...scope2);
    const outExpr = amount('production.output_kg') ?? c(0);
    const waterExpr = add(
      ...[amount('water.municipal'), amount('water.groundwater')].filter(
        (x): x is Expr => x !== null,
      ),
    );
    const at = (k: DerivedKey, e: Expr): Expr =>
      cell(firstDerived + DERIVED_KEYS.indexOf(k), evaluate(e));
    const co2Expr = add(at('scope1', s1Expr), at('scope2', s2Expr));
    const outCell = at('output', outExpr);
    const exprs: Record<DerivedKey, Expr> = {
      totalEnergy: energyExpr,
      scope1: s1Expr,
      scope2: s2Expr,
      co2: co2Expr,
      output: outExpr,
      water: waterExpr,
      energyIntensity: ratio(at('totalEnergy', energyExpr), outCell),
      co2Intensity: ratio(mul(at('co2', co2Expr), F('conv.kg_per_t')), outCell),
      waterIntensity: ratio(mul(at('water', waterExpr), F('conv.l_per_m3')), outCell),
    };
    const got = {} as Record<DerivedKey, number | ''>;
    for (const k of DERIVED_KEYS) {
      got[k] = evaluate(exprs[k]);
      row.push(formula(render(exprs[k]), got[k], { numFmt: DERIVED_FORMAT[k] }));
      values.push(got[k]);
    }
    derived.push({
      period: p.period,
      energyKwh: got.totalEnergy as number,
      scope1T: got.scope1 as number,
      scope2T: got.scope2 as number,
      co2eT: got.co2 as number,
      energyKwhPerKg: got.energyIntensity,
      co2eKgPerKg: got.co2Intensity,
      waterLPerKg: got.waterIntensity,
    });
    sheet.rows.push(row);
    return values;
  };

  // Each calendar year: its months, then a year-total row (a yearly entry is its own total, as
  // in the engine). The reader matches rows by period, so the total rows are never read as data.
  const years: YearFigures[] = [];
  let rowNo = FIRST_DATA_ROW;
  for (const g of yearGroups(periods)) {
    const first = rowNo;
    const groupValues: (number | '')[][] = [];
    let explicit: { row: number; values: (number | '')[] } | null = null;
    for (const p of g.periods) {
      const values = emitRow(p, rowNo);
      groupValues.push(values);
      if (p.period === g.year) explicit = { row: rowNo, values };
      rowNo++;
    }
    if (explicit === null) {
      const total = yearTotalRow(
        g.year,
        first,
        rowNo - 1,
        columns,
        hasCoal,
        firstDerived,
        groupValues,
        lang,
        F,
      );
      sheet.rows.push(total.row);
      explicit = { row: rowNo, values: total.values };
      rowNo++;
    }
    const base = columns.length + (hasCoal ? 1 : 0);
    const figures = {} as Record<DerivedKey, number | ''>;
    DERIVED_KEYS.forEach((k, i) => (figures[k] = explicit.values[base + i] ?? ''));
    years.push({ year: g.year, row: explicit.row, figures, months: g.periods.length });
  }

  const lastCol = firstDerived + DERIVED_KEYS.length - 1;
  // 15 wide: a year of energy cost (#,##0 ₮ in the hundreds of millions) shows without "###"
  sheet.columns = [{ width: 12 }, ...Array.from({ length: lastCol - 1 }, () => ({ width: 15 }))];
  sheet.frozen = { rows: FIRST_DATA_ROW - 1, cols: 1 };
  sheet.headerHeight = 60;
  sheet.protect = true;
  const derivedCols = {} as Record<DerivedKey, string>;
  DERIVED_KEYS.forEach((k, i) => (derivedCols[k] = columnLetter(firstDerived + i)));
  return {
    sheet,
    layout: { sheet: sheet.name, headerRow: HEADER_ROW, periodCol: 1, columns },
    derived,
    years,
    derivedCols,
  };
}
