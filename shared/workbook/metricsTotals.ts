// A year's total row under its months on the Metrics sheet, and the row under the header that says
// how each total is formed. Flows are summed; headcounts are averaged over the months reported and
// the lowest wage is the lowest month, by the engine's own roll-up rule (shared/calc/rollup).
import type { MetricId } from '../catalogue/metricIds';
import { rollUpRule } from '../calc/rollup';
import type { Language } from '../package/enums';
import { agg, evaluate, mul, ratio, ref, render, sum, type Expr } from './expr';
import type { FactorKey } from './factorTable';
import { label } from './labels';
import type { MetricColumn } from './layout';
import { DERIVED_KEYS, numFmtFor, type DerivedKey } from './metricsSheet';
import { columnLetter } from './raw';
import { formula, text, type CellSpec } from './spec';

const HOW_WORDS = {
  sum: ['sum of months', 'саруудын нийлбэр'],
  average: ['average of months', 'саруудын дундаж'],
  minimum: ['lowest month', 'хамгийн бага сар'],
  ratio: ['ratio of totals', 'дүнгийн харьцаа'],
  ncv: ['per month', 'сар бүр'],
} as const;

const how = (k: keyof typeof HOW_WORDS, lang: Language): string =>
  HOW_WORDS[k][lang === 'en' ? 0 : 1];

const INTENSITY: ReadonlySet<DerivedKey> = new Set([
  'energyIntensity',
  'co2Intensity',
  'waterIntensity',
]);

export function howRow(
  columns: readonly MetricColumn[],
  hasCoal: boolean,
  lang: Language,
): CellSpec[] {
  const row: CellSpec[] = [text(label('yearTotalIs', lang), { style: 'muted' })];
  for (const col of columns)
    row.push(text(how(rollUpRule(col.metric as MetricId), lang), { style: 'muted' }));
  if (hasCoal) row.push(text(how('ncv', lang), { style: 'muted' }));
  for (const k of DERIVED_KEYS)
    row.push(text(how(INTENSITY.has(k) ? 'ratio' : 'sum', lang), { style: 'muted' }));
  return row;
}

/** The total row of one year whose months are on rows first..last; returns the row and its values. */
export function yearTotalRow(
  year: string,
  first: number,
  last: number,
  columns: readonly MetricColumn[],
  hasCoal: boolean,
  firstDerived: number,
  columnValues: (number | '')[][],
  lang: Language,
  F: (k: FactorKey) => Expr,
): { row: CellSpec[]; values: (number | '')[] } {
  const totalRowNo = last + 1;
  const row: CellSpec[] = [text(`${year} ${label('yearTotal', lang)}`, { style: 'header' })];
  const values: (number | '')[] = [];
  const range = (col: number): string => `${columnLetter(col)}${first}:${columnLetter(col)}${last}`;
  const at = (col: number): (number | '')[] => columnValues.map((v) => v[col - 2] ?? '');
  const push = (e: Expr, numFmt: string): void => {
    const v = evaluate(e);
    values.push(v);
    row.push(formula(render(e), v, { numFmt, style: 'header' }));
  };
  for (const col of columns) {
    const rule = rollUpRule(col.metric as MetricId);
    const e =
      rule === 'sum'
        ? sum(range(col.col), at(col.col))
        : agg(rule === 'average' ? 'AVERAGE' : 'MIN', range(col.col), at(col.col));
    push(e, numFmtFor(col.metric as MetricId));
  }
  if (hasCoal) {
    row.push(null);
    values.push('');
  }
  const totals = new Map<DerivedKey, Expr>();
  const cellOf = (k: DerivedKey): Expr => {
    const col = firstDerived + DERIVED_KEYS.indexOf(k);
    const v = evaluate(totals.get(k) ?? sum('', []));
    return ref(`${columnLetter(col)}${totalRowNo}`, v === '' ? 0 : v);
  };
  DERIVED_KEYS.forEach((k, i) => {
    const col = firstDerived + i;
    let e: Expr;
    if (k === 'energyIntensity') e = ratio(cellOf('totalEnergy'), cellOf('output'));
    else if (k === 'co2Intensity')
      e = ratio(mul(cellOf('co2'), F('conv.kg_per_t')), cellOf('output'));
    else if (k === 'waterIntensity')
      e = ratio(mul(cellOf('water'), F('conv.l_per_m3')), cellOf('output'));
    else e = sum(range(col), at(col));
    totals.set(k, e);
    push(
      e,
      k === 'totalEnergy' || k === 'output' ? '#,##0' : INTENSITY.has(k) ? '0.000' : '#,##0.00',
    );
  });
  return { row, values };
}
