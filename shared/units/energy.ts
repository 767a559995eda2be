// Energy conversions. Every factor is "GJ per unit"; kcal is the International Table calorie
// (1 kcal = 4.1868 kJ), which is what Mongolian heat tariffs (Gcal) and coal certificates use.
// Source: reference.md §5.4 (exact or standard definitions) [S].

export const ENERGY_UNITS = ['GJ', 'MJ', 'TJ', 'kWh', 'MWh', 'Gcal', 'kcal', 'toe', 'tce'] as const;
export type EnergyUnit = (typeof ENERGY_UNITS)[number];

export const GJ_PER: Readonly<Record<EnergyUnit, number>> = {
  GJ: 1,
  MJ: 1e-3,
  TJ: 1e3,
  kWh: 3.6e-3,
  MWh: 3.6,
  Gcal: 4.1868,
  kcal: 4.1868e-6,
  /** Tonne of oil equivalent = 10 Gcal. */
  toe: 41.868,
  /** Tonne of coal equivalent = 7 Gcal. */
  tce: 29.3076,
};

export const KWH_PER_GJ = 1 / 3.6e-3;

export function isEnergyUnit(unit: string): unit is EnergyUnit {
  return Object.hasOwn(GJ_PER, unit);
}

export function convertEnergy(value: number, from: EnergyUnit, to: EnergyUnit): number {
  if (from === to) return value;
  return (value * GJ_PER[from]) / GJ_PER[to];
}

/** Net calorific value: kcal/kg → GJ/t (numerically the same as MJ/kg). */
export function ncvKcalPerKgToGjPerT(kcalPerKg: number): number {
  return (kcalPerKg * 4.1868) / 1000;
}

export function ncvGjPerTToKcalPerKg(gjPerT: number): number {
  return (gjPerT * 1000) / 4.1868;
}
