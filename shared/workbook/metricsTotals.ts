// The Total row under the Metrics periods: SUM formulas, cached with the same Expr evaluation.
import type { MetricId } from '../catalogue/metricIds';
import type { Language } from '../package/enums';
import { add, c, evaluate, mul, ratio, ref, render, sum, type Expr } from './expr';
import type { MetricColumn } from './layout';
import { HEADER_ROW, numFmtFor } from './metricsSheet';
import { columnLetter } from './raw';
import { formula, text, type CellSpec } from './spec';

/** A Total row: SUM of every input and of energy and CO2e; intensities from the totals. */
export function totalsRow(
  n: number,
  columns: readonly MetricColumn[],
  hasCoal: boolean,
  firstDerived: number,
  columnValues: (number | '')[][],
  lang: Language,
): CellSpec[] {
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + n;
  const totalRowNo = last + 1;
  const row: CellSpec[] = [text(lang === 'en' ? 'Total' : 'Нийт', { style: 'header' })];
  const sumOf = (col: number, idx: number): Expr =>
    sum(
      `${columnLetter(col)}${first}:${columnLetter(col)}${last}`,
      columnValues.map((v) => v[idx] ?? ''),
    );
  columns.forEach((col, idx) => {
    const e = sumOf(col.col, idx);
    row.push(
      formula(render(e), evaluate(e), {
        numFmt: numFmtFor(col.metric as MetricId),
        style: 'header',
      }),
    );
  });
  if (hasCoal) row.push(null);
  const base = columns.length + (hasCoal ? 1 : 0);
  const eSum = sumOf(firstDerived, base);
  const cSum = sumOf(firstDerived + 1, base + 1);
  const eTotal = evaluate(eSum);
  const cTotal = evaluate(cSum);
  row.push(formula(render(eSum), eTotal, { numFmt: '#,##0', style: 'header' }));
  row.push(formula(render(cSum), cTotal, { numFmt: '#,##0.00', style: 'header' }));
  const at = (col: number, v: number | ''): Expr =>
    ref(`${columnLetter(col)}${totalRowNo}`, v === '' ? 0 : v);
  const outIdx = columns.findIndex((x) => x.metric === 'production.output_kg' && x.unit === 'kg');
  const out = outIdx >= 0 ? at(outIdx + 2, evaluate(sumOf(outIdx + 2, outIdx))) : c(0);
  const waterParts = columns
    .map((x, idx) => ({ x, idx }))
    .filter(
      ({ x }) =>
        (x.metric === 'water.municipal' || x.metric === 'water.groundwater') && x.unit === 'm3',
    )
    .map(({ x, idx }) => at(x.col, evaluate(sumOf(x.col, idx))));
  const exprs = [
    ratio(at(firstDerived, eTotal), out),
    ratio(mul(at(firstDerived + 1, cTotal), c(1000)), out),
    ratio(mul(add(...waterParts), c(1000)), out),
  ];
  for (const e of exprs)
    row.push(formula(render(e), evaluate(e), { numFmt: '0.000', style: 'header' }));
  return row;
}
