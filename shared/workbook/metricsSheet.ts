// The Metrics sheet: a row per period, the typed values in editable cells, and derived columns
// (total energy, CO2e, intensities) as live formulas over the Factors sheet. The same Expr tree
// gives the cached result, so Excel or LibreOffice recalculating gets GreenThread's numbers.
import { METRICS } from '../catalogue/metrics';
import { METRIC_IDS, type MetricId } from '../catalogue/metricIds';
import type { Language } from '../package/enums';
import type { ApplicationPackage } from '../package/schema';
import { DEFAULT_COAL_NCV_KCAL_PER_KG, GJ_PER } from '../units/energy';
import { add, c, div, evaluate, mul, ratio, ref, render, type Expr } from './expr';
import type { FactorKey } from './factorTable';
import { label } from './labels';
import { totalsRow } from './metricsTotals';
import type { MetricColumn, MetricsLayout } from './layout';
import { columnLetter } from './raw';
import { emptySheet, formula, num, text, type CellSpec, type SheetSpec } from './spec';

export type FactorRefs = ReadonlyMap<FactorKey, { ref: string; value: number }>;

export interface DerivedRow {
  period: string;
  energyKwh: number;
  co2eT: number;
  energyKwhPerKg: number | '';
  co2eKgPerKg: number | '';
  waterLPerKg: number | '';
}

export const HEADER_ROW = 1;
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
): { sheet: SheetSpec; layout: MetricsLayout; derived: DerivedRow[] } {
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
    header.push(text(`${METRICS[x.metric].label[lang]} (${x.unit})`, { style: 'header' }));
  }
  if (hasCoal)
    header.push(
      text(lang === 'en' ? 'Coal NCV (kcal/kg)' : 'Нүүрсний илчлэг (ккал/кг)', { style: 'header' }),
    );
  const derivedKeys = [
    'totalEnergy',
    'co2',
    'energyIntensity',
    'co2Intensity',
    'waterIntensity',
  ] as const;
  for (const k of derivedKeys) header.push(text(label(k, lang), { style: 'header' }));
  sheet.rows.push(header);

  const derived: DerivedRow[] = [];
  const columnValues: (number | '')[][] = [];
  periods.forEach((p, i) => {
    const rowNo = HEADER_ROW + 1 + i;
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
        if (col.metric !== metric || values[idx] === '') return [];
        const x = cell(col.col, values[idx] ?? 0);
        const conv = METRICS[metric].units[col.unit];
        if (conv === undefined) return [];
        if (conv.kind === 'linear') return [conv.factor === 1 ? x : mul(x, c(conv.factor))];
        // coal/briquettes typed as energy: tonnes = energy ÷ (NCV kcal/kg × 4.1868 / 1000), with
        // the entry's certificate NCV or the fixed unit-conversion default, as the engine does
        const convNcv = c(p.values[metric]?.ncvKcalPerKg ?? DEFAULT_COAL_NCV_KCAL_PER_KG);
        return [
          div(mul(x, c(GJ_PER[conv.energyUnit])), mul(convNcv, F('conv.gj_per_gcal'), c(0.001))),
        ];
      });
    const amount = (metric: MetricId): Expr | null => {
      const parts = canon(metric);
      return parts.length === 0 ? null : parts.length === 1 ? (parts[0] as Expr) : add(...parts);
    };
    const gj: Expr[] = [];
    const co2: Expr[] = [];
    const el = amount('energy.electricity');
    if (el) {
      gj.push(mul(el, F('conv.gj_per_kwh')));
      co2.push(mul(el, F('grid.ef'), c(0.001)));
    }
    const heat = amount('energy.district_heat');
    if (heat) {
      gj.push(mul(heat, F('conv.gj_per_gcal')));
      co2.push(mul(heat, F('heat.ef')));
    }
    const steam = amount('energy.steam');
    if (steam) {
      gj.push(mul(steam, F('steam.enthalpy')));
      co2.push(div(mul(steam, F('steam.enthalpy'), F('heat.ef')), F('conv.gj_per_gcal')));
    }
    const coal = amount('energy.coal');
    if (coal) {
      gj.push(mul(coal, ncv, F('conv.gj_per_gcal'), c(0.001)));
      co2.push(mul(coal, ncv, F('conv.gj_per_gcal'), c(0.001), F('co2e.coal')));
    }
    const briq = amount('energy.briquettes');
    if (briq) {
      // a supplier certificate's NCV (kcal/kg) wins over the IPCC default, as in the engine
      const certNcv = p.values['energy.briquettes']?.ncvKcalPerKg;
      const perT =
        certNcv === undefined
          ? F('fuel.briquettes.ncv')
          : mul(c(certNcv), F('conv.gj_per_gcal'), c(0.001));
      gj.push(mul(briq, perT));
      co2.push(mul(briq, perT, F('co2e.briquettes')));
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
      const energy = mul(litres, F(`density.${fuel}`), c(0.001), F(`fuel.${fuel}.ncv`));
      gj.push(energy);
      co2.push(mul(energy, F(`co2e.${fuel}`)));
    }
    const lpg = amount('energy.lpg');
    if (lpg) {
      gj.push(mul(lpg, c(0.001), F('fuel.lpg.ncv')));
      co2.push(mul(lpg, c(0.001), F('fuel.lpg.ncv'), F('co2e.lpg')));
    }
    const energyExpr = div(add(...gj), F('conv.gj_per_kwh'));
    const co2Expr = add(...co2);
    const energyKwh = evaluate(energyExpr) as number;
    const co2eT = evaluate(co2Expr) as number;
    const out = amount('production.output_kg') ?? c(0);
    const water = add(
      ...[amount('water.municipal'), amount('water.groundwater')].filter(
        (x): x is Expr => x !== null,
      ),
    );
    const eCell = cell(firstDerived, energyKwh);
    const cCell = cell(firstDerived + 1, co2eT);
    const intensity = [
      ratio(eCell, out),
      ratio(mul(cCell, c(1000)), out),
      ratio(mul(water, c(1000)), out),
    ];
    const [ei, ci, wi] = intensity.map(evaluate) as [number | '', number | '', number | ''];
    row.push(formula(render(energyExpr), energyKwh, { numFmt: '#,##0' }));
    row.push(formula(render(co2Expr), co2eT, { numFmt: '#,##0.00' }));
    intensity.forEach((e, k) =>
      row.push(formula(render(e), [ei, ci, wi][k] ?? '', { numFmt: '0.000' })),
    );
    values.push(energyKwh, co2eT, ei, ci, wi);
    columnValues.push(values);
    derived.push({
      period: p.period,
      energyKwh,
      co2eT,
      energyKwhPerKg: ei,
      co2eKgPerKg: ci,
      waterLPerKg: wi,
    });
    sheet.rows.push(row);
  });
  if (periods.length > 0)
    sheet.rows.push(totalsRow(periods.length, columns, hasCoal, firstDerived, columnValues, lang));

  const lastCol = firstDerived + derivedKeys.length - 1;
  sheet.columns = [{ width: 12 }, ...Array.from({ length: lastCol - 1 }, () => ({ width: 13 }))];
  sheet.frozen = { rows: HEADER_ROW, cols: 1 };
  sheet.headerHeight = 60;
  sheet.protect = true;
  return {
    sheet,
    layout: { sheet: sheet.name, headerRow: HEADER_ROW, periodCol: 1, columns },
    derived,
  };
}
