// One period's derived figures (total energy, scope 1 and 2, intensities) as Expr trees over the
// period's input cells and the named factors. Every input cell of a metric is read, typed or blank,
// so a value typed later into a blank cell counts (blank reads as zero).
import { METRICS } from '../catalogue/metrics';
import type { MetricId } from '../catalogue/metricIds';
import type { PeriodData } from '../package/schema';
import { DEFAULT_COAL_NCV_KCAL_PER_KG, GJ_PER } from '../units/energy';
import { add, c, div, evaluate, mul, ratio, ref, type Expr } from './expr';
import type { FactorKey } from './factorTable';

/** The formula figures under the inputs, in order. */
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

export interface InputRef {
  metric: MetricId;
  unit: string;
}

export interface PeriodCells {
  period: PeriodData;
  inputs: readonly InputRef[];
  /** The period's value of each input ('' when blank), in the order of `inputs`. */
  values: readonly (number | '')[];
  /** A1 address of input i in this period. */
  inputAt: (i: number) => string;
  /** The coal NCV cell of this period, or null when no coal column exists. */
  ncv: Expr | null;
  /** A1 address of a derived figure in this period. */
  derivedAt: (k: DerivedKey) => string;
  F: (k: FactorKey) => Expr;
}

export function periodExprs(x: PeriodCells): Record<DerivedKey, Expr> {
  const { period: p, inputs, values, F } = x;
  const ncv = x.ncv ?? c(0);
  const canon = (metric: MetricId): Expr[] =>
    inputs.flatMap((col, idx) => {
      if (col.metric !== metric) return [];
      const v = values[idx] ?? '';
      const cell = ref(x.inputAt(idx), v === '' ? 0 : v);
      const conv = METRICS[metric].units[col.unit];
      if (conv === undefined) return [];
      if (conv.kind === 'linear') return [conv.factor === 1 ? cell : mul(cell, c(conv.factor))];
      // coal/briquettes typed as energy: tonnes = energy ÷ (NCV kcal/kg × 4.1868 / 1000), with
      // the entry's certificate NCV or the fixed unit-conversion default, as the engine does
      const convNcv = c(p.values[metric]?.ncvKcalPerKg ?? DEFAULT_COAL_NCV_KCAL_PER_KG);
      return [
        div(
          mul(cell, c(GJ_PER[conv.energyUnit])),
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
      (e): e is Expr => e !== null,
    ),
  );
  const at = (k: DerivedKey, e: Expr): Expr => {
    const v = evaluate(e);
    return ref(x.derivedAt(k), v === '' ? 0 : v);
  };
  const co2Expr = add(at('scope1', s1Expr), at('scope2', s2Expr));
  const outCell = at('output', outExpr);
  return {
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
}
