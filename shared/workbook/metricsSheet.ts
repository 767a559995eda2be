// The Metrics sheet as a credit analyst prints it: one block per calendar year, metrics as rows,
// the year's months and its total as columns, so a year fits the width of an A4 landscape page.
// Typed values sit in editable cells; the figures under them (total energy, CO2e, intensities) are
// live formulas over the Factors sheet. The same Expr tree gives the cached result, so Excel or
// LibreOffice recalculating gets GreenThread's numbers.
import { hasFigures } from '../calc/periods';
import { METRICS } from '../catalogue/metrics';
import { METRIC_IDS, type MetricId } from '../catalogue/metricIds';
import type { Language } from '../package/enums';
import type { ApplicationPackage, PeriodData } from '../package/schema';
import { evaluate, ref, render, type Expr } from './expr';
import type { FactorKey } from './factorTable';
import { unitWord } from './enumWords';
import { label } from './labels';
import type { GridBlock, MetricsGridLayout } from './layout';
import { DERIVED_KEYS, periodExprs, type DerivedKey, type InputRef } from './metricsFormulas';
import { derivedHow, derivedTotal, howWord, inputHow, inputTotal } from './metricsTotals';
import { columnLetter } from './raw';
import { emptySheet, formula, num, text, type CellSpec, type SheetSpec } from './spec';

export type { DerivedKey } from './metricsFormulas';

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

/** A year's figures (its total column, or its yearly entry), where they are, and their values. */
export interface YearFigures {
  year: string;
  /** Absolute A1 address of each figure on the Metrics sheet, e.g. "$N$31". */
  cells: Record<DerivedKey, string>;
  figures: Record<DerivedKey, number | ''>;
  /** Months with a figure typed in any metric row (12 for a yearly entry that has one). */
  months: number;
  /** The same count as a formula over this sheet's input rows, for sheets that cite it. */
  monthsFormula: (sheetRef: (range: string) => string) => string;
}

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
/** The row label says MNT; no ₮ in each cell keeps twelve months on one page width. */
const MONEY = '#,##0';

/** The column of a year's figure, right of December (column M). */
const YEAR_COL = 14;

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

/** The (metric, unit) pairs used anywhere in the package, in catalogue order. */
function inputRefs(pkg: ApplicationPackage): InputRef[] {
  const seen = new Map<string, InputRef>();
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

/** Whole numbers print without decimals, so a month of kWh fits a narrow column. */
function inputFormat(x: InputRef, pkg: ApplicationPackage): string {
  const dim = METRICS[x.metric].dimension;
  if (dim === 'money') return MONEY;
  if (dim === 'count' || dim === 'hours') return '#,##0';
  const whole = pkg.periods.every((p) => {
    const v = p.values[x.metric];
    return v === undefined || v.unit !== x.unit || Number.isInteger(v.value);
  });
  return whole ? '#,##0' : '#,##0.00';
}

/** Characters a number takes in a format like '#,##0.00 ₮' (for column widths without "###"). */
export function shownLength(v: number | string, numFmt: string | undefined): number {
  if (typeof v === 'string') return v.length;
  const decimals = /0\.(0+)/.exec(numFmt ?? '')?.[1]?.length ?? 0;
  const s = v.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: (numFmt ?? '').includes(','),
  });
  return s.length + (numFmt?.includes('₮') ? 2 : 0) + (numFmt?.includes('%') ? 1 : 0);
}

/**
 * Months of a year block with at least one typed figure: a month entered but left blank is no
 * month with data. One COUNT per month column, so a figure typed later into a blank month counts.
 */
function monthsWithData(
  periods: readonly PeriodData[],
  inputs: readonly InputRef[],
  inputRow: (i: number) => number,
): Pick<YearFigures, 'months' | 'monthsFormula'> {
  if (inputs.length === 0) return { months: 0, monthsFormula: () => '0' };
  // the rows now: the closures run after the next year's block has moved inputRow on
  const [first, last] = [inputRow(0), inputRow(inputs.length - 1)];
  const rows = (col: number): string =>
    `$${columnLetter(col)}$${first}:$${columnLetter(col)}$${last}`;
  // a yearly entry with a figure stands for the whole year, as in the engine's months covered; a
  // blank one stands for nothing, and the months present count
  const yearly = periods.find((p) => p.period.length === 4 && hasFigures(p));
  if (yearly !== undefined)
    return {
      months: 12,
      monthsFormula: (at) => `IF(COUNT(${at(rows(YEAR_COL))})>0,12,0)`,
    };
  const months = periods.filter(hasFigures).length;
  const cols = Array.from({ length: 12 }, (_, i) => i + 2);
  return {
    months,
    monthsFormula: (at) => cols.map((c) => `(COUNT(${at(rows(c))})>0)`).join('+'),
  };
}

export function inputLabel(x: InputRef, lang: Language): string {
  return `${METRICS[x.metric].label[lang]} (${unitWord(x.unit, lang)})`;
}

export function buildMetricsSheet(
  pkg: ApplicationPackage,
  lang: Language,
  factors: FactorRefs,
): {
  sheet: SheetSpec;
  layout: MetricsGridLayout;
  derived: DerivedRow[];
  years: YearFigures[];
} {
  const F = (k: FactorKey): Expr => {
    const f = factors.get(k);
    if (f === undefined) throw new Error(`factor ${k} missing from the Factors sheet`);
    return ref(f.ref, f.value);
  };
  const inputs = inputRefs(pkg);
  const formats = inputs.map((x) => inputFormat(x, pkg));
  const hasCoal = inputs.some((x) => x.metric === 'energy.coal');
  const periods = [...pkg.periods].sort((a, b) => a.period.localeCompare(b.period));
  const sheet = emptySheet('metrics', label('metrics', lang));
  const blocks: GridBlock[] = [];
  const derived: DerivedRow[] = [];
  const years: YearFigures[] = [];
  /** Longest text shown in each column (1-based), for widths that never show "###". */
  const longest: number[] = [];
  const put = (r: number, col: number, cell: CellSpec): void => {
    while (sheet.rows.length < r) sheet.rows.push([]);
    const row = sheet.rows[r - 1] as CellSpec[];
    while (row.length < col - 1) row.push(null);
    row[col - 1] = cell;
    if (cell !== null && col > 1) {
      const v = cell.t === 'f' ? cell.result : cell.t === 'b' ? 'Yes' : cell.v;
      longest[col] = Math.max(longest[col] ?? 0, shownLength(v, cell.numFmt));
    }
  };
  const rowBreaks: number[] = [];

  let headerRow = 1;
  for (const g of yearGroups(periods)) {
    if (headerRow > 1) rowBreaks.push(headerRow - 1);
    const yearly = g.periods.find((p) => p.period === g.year);
    // a month sits in its calendar column (January in B) in every year; the year's figure in N: a
    // total over the months, or the yearly entry itself, which is its own total as in the engine
    const periodCol = (j: number): number => {
      const p = g.periods[j];
      const month = Number(p?.period.slice(5, 7));
      return p === undefined || p === yearly || !(month >= 1 && month <= 12) ? YEAR_COL : 1 + month;
    };
    const totalCol = yearly === undefined ? YEAR_COL : null;
    const howCol = totalCol === null ? null : YEAR_COL + 1;
    const inputRow = (i: number): number => headerRow + 1 + i;
    const ncvRow = hasCoal ? headerRow + 1 + inputs.length : null;
    const calcRow = headerRow + 1 + inputs.length + (hasCoal ? 1 : 0);
    const derivedRow = (k: DerivedKey): number => calcRow + 1 + DERIVED_KEYS.indexOf(k);
    const addr = (col: number, r: number): string => `${columnLetter(col)}${r}`;

    put(headerRow, 1, text(g.year, { style: 'header' }));
    g.periods.forEach((p, j) => put(headerRow, periodCol(j), text(p.period, { style: 'header' })));
    if (totalCol !== null && howCol !== null) {
      put(headerRow, totalCol, text(`${g.year} ${label('yearTotal', lang)}`, { style: 'header' }));
      put(headerRow, howCol, text(label('yearTotalIs', lang), { style: 'header' }));
    }
    inputs.forEach((x, i) => put(inputRow(i), 1, text(inputLabel(x, lang), { style: 'wrap' })));
    if (ncvRow !== null)
      put(
        ncvRow,
        1,
        text(lang === 'en' ? 'Coal NCV (kcal/kg)' : 'Нүүрсний илчлэг (ккал/кг)', { style: 'wrap' }),
      );
    put(calcRow, 1, text(label('calculated', lang), { style: 'muted' }));
    for (const k of DERIVED_KEYS) put(derivedRow(k), 1, text(label(k, lang), { style: 'wrap' }));

    const rowValues = new Map<number, (number | '')[]>();
    const remember = (r: number, v: number | ''): void => {
      const list = rowValues.get(r) ?? [];
      list.push(v);
      rowValues.set(r, list);
    };
    g.periods.forEach((p, j) => {
      const col = periodCol(j);
      const values = inputs.map((x, i) => {
        const v = p.values[x.metric];
        const here = v !== undefined && v.unit === x.unit ? v.value : '';
        put(
          inputRow(i),
          col,
          here === ''
            ? { t: 's', v: '', unlocked: true, style: 'input' }
            : num(here, { numFmt: formats[i] as string, unlocked: true, style: 'input' }),
        );
        remember(inputRow(i), here);
        return here;
      });
      let ncv: Expr | null = null;
      if (ncvRow !== null) {
        const typed = p.values['energy.coal']?.ncvKcalPerKg;
        const def = F('coal.default_ncv');
        const ncvValue = typed ?? evaluate(def);
        put(
          ncvRow,
          col,
          typed !== undefined
            ? num(typed, { numFmt: '#,##0', style: 'text' })
            : formula(render(def), ncvValue, { numFmt: '#,##0', style: 'text' }),
        );
        ncv = ref(addr(col, ncvRow), ncvValue === '' ? 0 : ncvValue);
      }
      const exprs = periodExprs({
        period: p,
        inputs,
        values,
        inputAt: (i) => addr(col, inputRow(i)),
        ncv,
        derivedAt: (k) => addr(col, derivedRow(k)),
        F,
      });
      const got = {} as Record<DerivedKey, number | ''>;
      for (const k of DERIVED_KEYS) {
        got[k] = evaluate(exprs[k]);
        put(
          derivedRow(k),
          col,
          formula(render(exprs[k]), got[k], { numFmt: DERIVED_FORMAT[k], style: 'text' }),
        );
        remember(derivedRow(k), got[k]);
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
    });

    const figureCol = YEAR_COL;
    const figures = {} as Record<DerivedKey, number | ''>;
    const cells = {} as Record<DerivedKey, string>;
    for (const k of DERIVED_KEYS) cells[k] = `$${columnLetter(figureCol)}$${derivedRow(k)}`;
    if (totalCol !== null && howCol !== null) {
      const range = (r: number): string => `${addr(2, r)}:${addr(YEAR_COL - 1, r)}`;
      const style = { style: 'label' } as const;
      inputs.forEach((x, i) => {
        const r = inputRow(i);
        const e = inputTotal(x.metric, range(r), rowValues.get(r) ?? []);
        put(
          r,
          totalCol,
          formula(render(e), evaluate(e), { numFmt: formats[i] as string, ...style }),
        );
        put(r, howCol, text(howWord(inputHow(x.metric), lang), { style: 'muted' }));
      });
      if (ncvRow !== null) put(ncvRow, howCol, text(howWord('ncv', lang), { style: 'muted' }));
      const totals = new Map<DerivedKey, Expr>();
      const totalRef = (k: DerivedKey): Expr => {
        const e = totals.get(k);
        const v = e === undefined ? 0 : evaluate(e);
        return ref(addr(totalCol, derivedRow(k)), v === '' ? 0 : v);
      };
      for (const k of DERIVED_KEYS) {
        const r = derivedRow(k);
        const e = derivedTotal(k, range(r), rowValues.get(r) ?? [], totalRef, F);
        totals.set(k, e);
        figures[k] = evaluate(e);
        put(r, totalCol, formula(render(e), figures[k], { numFmt: DERIVED_FORMAT[k], ...style }));
        put(r, howCol, text(howWord(derivedHow(k), lang), { style: 'muted' }));
      }
    } else {
      const j = g.periods.findIndex((p) => p === yearly);
      for (const k of DERIVED_KEYS) figures[k] = rowValues.get(derivedRow(k))?.[j] ?? '';
    }
    years.push({ year: g.year, cells, figures, ...monthsWithData(g.periods, inputs, inputRow) });
    blocks.push({
      headerRow,
      title: g.year,
      periods: g.periods.map((p, j) => ({ col: periodCol(j), period: p.period })),
      rows: inputs.map((x, i) => ({
        row: inputRow(i),
        metric: x.metric,
        unit: x.unit,
        label: inputLabel(x, lang),
      })),
    });
    headerRow = derivedRow('waterIntensity') + 2;
  }

  // a column is as wide as its longest number or word, so nothing shows as "###"; the twelve
  // month columns share one width so the page reads as a table
  const widthOf = (n: number): number => Math.min(18, Math.max(9, n + 2));
  const monthWidth = widthOf(Math.max(0, ...Array.from(longest.slice(2, YEAR_COL), (n) => n ?? 0)));
  sheet.columns = [
    { width: 34 },
    ...Array.from({ length: Math.max(0, longest.length - 2) }, (_, i) =>
      i + 2 < YEAR_COL ? { width: monthWidth } : { width: widthOf(longest[i + 2] ?? 0) },
    ),
  ];
  sheet.frozen = { rows: 0, cols: 1 };
  sheet.rowBreaks = rowBreaks;
  sheet.protect = true;
  return {
    sheet,
    layout: { sheet: sheet.name, blocks },
    derived,
    years,
  };
}
