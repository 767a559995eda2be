import type { Process } from '../package/enums';
import { GJ_PER, type EnergyUnit } from '../units/energy';
import { DENSITY } from '../units/densities';
import { STEAM_GJ_PER_T } from '../units/steam';
import { METRIC_IDS, type MetricId } from './metricIds';
import { METRIC_RANGES, RANGE_SOURCE, combinedRange, type Range } from './metricRanges';
import type { Text } from './types';

export type Dimension = 'mass' | 'energy' | 'volume' | 'count' | 'hours' | 'money';
export type MetricGroup =
  'production' | 'energy' | 'water' | 'waste' | 'chemicals' | 'labour' | 'cost';

/**
 * How an entered unit becomes the canonical unit. "linear": canonical = value × factor.
 * "ncv": an energy amount of coal/briquettes turned into tonnes with the calorific value.
 */
export type UnitConversion =
  { kind: 'linear'; factor: number; note?: string } | { kind: 'ncv'; energyUnit: EnergyUnit };

export interface MetricDefinition {
  id: MetricId;
  label: Text;
  dimension: Dimension;
  canonicalUnit: string;
  /** Allowed units including the canonical one (factor 1). */
  units: Readonly<Record<string, UnitConversion>>;
  /** Empty means it applies to every process. */
  appliesTo: readonly Process[];
  group: MetricGroup;
}

const lin = (factor: number, note?: string): UnitConversion =>
  note === undefined ? { kind: 'linear', factor } : { kind: 'linear', factor, note };
const t = (en: string, mn: string): Text => ({ en, mn, mnReviewed: false });

const MASS_KG = { kg: lin(1), t: lin(1000) };
const MASS_T = { t: lin(1), kg: lin(0.001) };
const WATER = { m3: lin(1), L: lin(0.001) };
const ELECTRIC = { kWh: lin(1), MWh: lin(1000) };
const SOLID_FUEL = {
  t: lin(1),
  kg: lin(0.001),
  GJ: { kind: 'ncv', energyUnit: 'GJ' },
  Gcal: { kind: 'ncv', energyUnit: 'Gcal' },
} as const satisfies Record<string, UnitConversion>;
const WET: readonly Process[] = ['scouring', 'dyeing', 'finishing'];

function def(
  id: MetricId,
  label: Text,
  dimension: Dimension,
  group: MetricGroup,
  units: Record<string, UnitConversion>,
  appliesTo: readonly Process[] = [],
): MetricDefinition {
  const canonicalUnit = Object.keys(units)[0] ?? '';
  return { id, label, dimension, canonicalUnit, units, appliesTo, group };
}

const DEFINITIONS: readonly MetricDefinition[] = [
  def(
    'production.input_kg',
    t('Raw material input', 'Түүхий эдийн оролт'),
    'mass',
    'production',
    MASS_KG,
  ),
  def(
    'production.output_kg',
    t('Production output', 'Бүтээгдэхүүний гарц'),
    'mass',
    'production',
    MASS_KG,
  ),
  def(
    'energy.electricity',
    t('Electricity (grid)', 'Цахилгаан эрчим хүч (сүлжээ)'),
    'energy',
    'energy',
    ELECTRIC,
  ),
  def(
    'energy.district_heat',
    t('District heat', 'Дулааны эрчим хүч (төвийн)'),
    'energy',
    'energy',
    {
      Gcal: lin(1),
      GJ: lin(1 / GJ_PER.Gcal),
      MWh: lin(GJ_PER.MWh / GJ_PER.Gcal),
      kWh: lin(GJ_PER.kWh / GJ_PER.Gcal),
    },
  ),
  def('energy.steam', t('Purchased steam', 'Худалдан авсан уур'), 'mass', 'energy', {
    t: lin(1),
    kg: lin(0.001),
    GJ: lin(1 / STEAM_GJ_PER_T, 'steam enthalpy 2.7 GJ/t [K]'),
    Gcal: lin(GJ_PER.Gcal / STEAM_GJ_PER_T, 'steam enthalpy 2.7 GJ/t [K]'),
  }),
  def('energy.coal', t('Coal', 'Нүүрс'), 'mass', 'energy', SOLID_FUEL),
  def('energy.briquettes', t('Briquettes', 'Шахмал түлш'), 'mass', 'energy', SOLID_FUEL),
  def('energy.diesel', t('Diesel', 'Дизель түлш'), 'volume', 'energy', {
    L: lin(1),
    m3: lin(1000),
    kg: lin(1 / DENSITY.diesel.kgPerL, 'density 0.84 kg/L [K]'),
    t: lin(1000 / DENSITY.diesel.kgPerL, 'density 0.84 kg/L [K]'),
  }),
  def('energy.gasoline', t('Gasoline', 'Бензин'), 'volume', 'energy', {
    L: lin(1),
    m3: lin(1000),
    kg: lin(1 / DENSITY.gasoline.kgPerL, 'density 0.74 kg/L [K]'),
  }),
  def('energy.lpg', t('LPG', 'Шингэрүүлсэн шатдаг хий'), 'mass', 'energy', {
    kg: lin(1),
    t: lin(1000),
    L: lin(DENSITY.lpg.kgPerL, 'density 0.51 kg/L [K]'),
  }),
  def(
    'energy.solar_generated',
    t('Solar electricity generated', 'Нарны цахилгаан (өөрийн үйлдвэрлэл)'),
    'energy',
    'energy',
    ELECTRIC,
  ),
  def(
    'water.municipal',
    t('Water from the utility', 'Төвийн шугамын ус'),
    'volume',
    'water',
    WATER,
  ),
  def(
    'water.groundwater',
    t('Groundwater (own well)', 'Гүний ус (өөрийн худаг)'),
    'volume',
    'water',
    WATER,
  ),
  def('water.recycled', t('Recycled water', 'Дахин ашигласан ус'), 'volume', 'water', WATER),
  def(
    'wastewater.discharged',
    t('Wastewater discharged', 'Гаргасан бохир ус'),
    'volume',
    'water',
    WATER,
  ),
  def('waste.fibre', t('Fibre waste', 'Ширхэгийн хаягдал'), 'mass', 'waste', MASS_T),
  def('waste.sludge', t('Sludge', 'Лаг'), 'mass', 'waste', MASS_T, WET),
  def('waste.hazardous', t('Hazardous waste', 'Аюултай хог хаягдал'), 'mass', 'waste', MASS_T),
  def('waste.general', t('General waste', 'Ердийн хог хаягдал'), 'mass', 'waste', MASS_T),
  def(
    'waste.reused_recycled',
    t('Waste reused or recycled', 'Дахин ашигласан хог хаягдал'),
    'mass',
    'waste',
    MASS_T,
  ),
  def(
    'chemicals.detergents',
    t('Detergents', 'Угаалгын бодис'),
    'mass',
    'chemicals',
    { kg: lin(1), t: lin(1000) },
    WET,
  ),
  def('chemicals.dyes', t('Dyes', 'Будаг'), 'mass', 'chemicals', { kg: lin(1), t: lin(1000) }, [
    'dyeing',
  ]),
  def(
    'chemicals.auxiliaries',
    t('Auxiliary chemicals', 'Туслах химийн бодис'),
    'mass',
    'chemicals',
    { kg: lin(1), t: lin(1000) },
  ),
  def('labour.employees', t('Employees', 'Ажилчдын тоо'), 'count', 'labour', { persons: lin(1) }),
  def('labour.women', t('Women employees', 'Эмэгтэй ажилчдын тоо'), 'count', 'labour', {
    persons: lin(1),
  }),
  def('labour.hours_worked', t('Hours worked', 'Ажилласан цаг'), 'hours', 'labour', { h: lin(1) }),
  def('labour.overtime_hours', t('Overtime hours', 'Илүү цагийн ажил (цаг)'), 'hours', 'labour', {
    h: lin(1),
  }),
  def(
    'labour.lowest_wage_mnt',
    t('Lowest monthly wage paid', 'Олгосон хамгийн бага сарын цалин'),
    'money',
    'labour',
    { MNT: lin(1) },
  ),
  def(
    'labour.lost_time_injuries',
    t('Lost-time injuries', 'Ажлын цаг алдсан осол'),
    'count',
    'labour',
    { count: lin(1) },
  ),
  def('labour.training_hours', t('Training hours', 'Сургалтын цаг'), 'hours', 'labour', {
    h: lin(1),
  }),
  def('cost.energy_mnt', t('Energy cost', 'Эрчим хүчний зардал'), 'money', 'cost', {
    MNT: lin(1),
    'thousand MNT': lin(1000),
  }),
];

export const METRICS: Readonly<Record<MetricId, MetricDefinition>> = Object.fromEntries(
  DEFINITIONS.map((d) => [d.id, d]),
) as Record<MetricId, MetricDefinition>;

export function getMetric(id: MetricId): MetricDefinition {
  return METRICS[id];
}

export function metricsForProcesses(processes: readonly Process[]): MetricDefinition[] {
  return METRIC_IDS.map((id) => METRICS[id]).filter(
    (m) => m.appliesTo.length === 0 || m.appliesTo.some((p) => processes.includes(p)),
  );
}

export interface OutlierCheck {
  outlier: boolean;
  range: { min: number; max: number; unit: string } | null;
  reason: string | null;
  provenance: typeof RANGE_SOURCE.provenance;
}

export type RangeTable = Readonly<Partial<Record<MetricId, Range>>>;
const RANGE_TABLES = new Map<string, RangeTable>();

/**
 * Combined plausible ranges of every metric for one set of processes, computed once per set:
 * outlier checks run for every value of every month of every package.
 */
export function rangeTable(
  processes: readonly Process[],
): Readonly<Partial<Record<MetricId, Range>>> {
  const key = processes.length === 1 ? (processes[0] as string) : [...processes].sort().join(',');
  let table = RANGE_TABLES.get(key);
  if (!table) {
    const built: Partial<Record<MetricId, Range>> = {};
    for (const id of METRIC_IDS) {
      const ranges = METRIC_RANGES[id];
      const r = ranges ? combinedRange(ranges, processes) : null;
      if (r) built[id] = r;
    }
    table = built;
    RANGE_TABLES.set(key, table);
  }
  return table;
}

/** Flags a canonical monthly value outside the illustrative plausible range [D]. */
export function checkOutlier(
  metricId: MetricId,
  canonicalValue: number,
  processes: readonly Process[],
): OutlierCheck {
  return checkOutlierIn(rangeTable(processes), metricId, canonicalValue);
}

/** checkOutlier against a table from rangeTable (the hot path: no per-call lookups). */
export function checkOutlierIn(
  table: RangeTable,
  metricId: MetricId,
  canonicalValue: number,
): OutlierCheck {
  const unit = METRICS[metricId].canonicalUnit;
  const r = table[metricId];
  const range = r ? { min: r[0], max: r[1], unit } : null;
  // Plain literals, not `{ ...base, … }`: see explainAs in explain/build.ts.
  const check = (outlier: boolean, reason: string | null): OutlierCheck => ({
    range,
    provenance: RANGE_SOURCE.provenance,
    outlier,
    reason,
  });
  if (!Number.isFinite(canonicalValue)) return check(true, 'not a finite number');
  if (canonicalValue < 0) return check(true, 'negative quantity');
  if (!range) return check(false, null);
  if (canonicalValue < range.min)
    return check(true, `below the plausible monthly minimum ${range.min} ${unit}`);
  if (canonicalValue > range.max)
    return check(true, `above the plausible monthly maximum ${range.max} ${unit}`);
  return check(false, null);
}
