// Permanent metric ids. Released ids are never removed or reused: the workbook, packages and
// backups refer to them, and test/shared/releasedIds.test.ts compares with a committed list.
export const METRIC_IDS = [
  'production.input_kg',
  'production.output_kg',
  'energy.electricity',
  'energy.district_heat',
  'energy.steam',
  'energy.coal',
  'energy.briquettes',
  'energy.diesel',
  'energy.gasoline',
  'energy.lpg',
  'energy.solar_generated',
  'water.municipal',
  'water.groundwater',
  'water.recycled',
  'wastewater.discharged',
  'waste.fibre',
  'waste.sludge',
  'waste.hazardous',
  'waste.general',
  'waste.reused_recycled',
  'chemicals.detergents',
  'chemicals.dyes',
  'chemicals.auxiliaries',
  'labour.employees',
  'labour.women',
  'labour.hours_worked',
  'labour.overtime_hours',
  'labour.lowest_wage_mnt',
  'labour.lost_time_injuries',
  'labour.training_hours',
  'cost.energy_mnt',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

export function isMetricId(value: string): value is MetricId {
  return (METRIC_IDS as readonly string[]).includes(value);
}
