// Energy conversions. Every factor is "GJ per unit"; kcal is the International Table calorie
// (1 kcal = 4.1868 kJ), which is what Mongolian heat tariffs (Gcal) and coal certificates use.
// Source: reference.md §5.4 (exact or standard definitions) [S].

/** 1 Gcal in GJ (International Table calorie). */
export const GJ_PER_GCAL = 4.1868;
/** 1 kWh in GJ (3.6 MJ). */
export const GJ_PER_KWH = 0.0036;

/**
 * The calorific values a coal or briquette certificate may state: below 1,000 kcal/kg is not a
 * fuel, above 8,000 is beyond anthracite, so either is a typing error (reference.md §5.3) [D].
 */
export const NCV_KCAL_PER_KG_MIN = 1000;
export const NCV_KCAL_PER_KG_MAX = 8000;

export function ncvInRange(kcalPerKg: number): boolean {
  return kcalPerKg >= NCV_KCAL_PER_KG_MIN && kcalPerKg <= NCV_KCAL_PER_KG_MAX;
}

/**
 * Coal NCV when the certificate gives none: Baganuur-type lignite [D] (reference §5.3). The factor
 * `coal.default_ncv` takes its value from here, so unit conversion and CO2 use the same number.
 */
export const DEFAULT_COAL_NCV_KCAL_PER_KG = 3400;

export const ENERGY_UNITS = ['GJ', 'MJ', 'TJ', 'kWh', 'MWh', 'Gcal', 'kcal', 'toe', 'tce'] as const;
export type EnergyUnit = (typeof ENERGY_UNITS)[number];

export const GJ_PER: Readonly<Record<EnergyUnit, number>> = {
  GJ: 1,
  MJ: 1e-3,
  TJ: 1e3,
  kWh: GJ_PER_KWH,
  MWh: 3.6,
  Gcal: GJ_PER_GCAL,
  kcal: 4.1868e-6,
  /** Tonne of oil equivalent = 10 Gcal. */
  toe: 41.868,
  /** Tonne of coal equivalent = 7 Gcal. */
  tce: 29.3076,
};

export function convertEnergy(value: number, from: EnergyUnit, to: EnergyUnit): number {
  if (from === to) return value;
  return (value * GJ_PER[from]) / GJ_PER[to];
}

/** Net calorific value: kcal/kg → GJ/t (numerically the same as MJ/kg). */
export function ncvKcalPerKgToGjPerT(kcalPerKg: number): number {
  return (kcalPerKg * GJ_PER_GCAL) / 1000;
}

export function ncvGjPerTToKcalPerKg(gjPerT: number): number {
  return (gjPerT * 1000) / GJ_PER_GCAL;
}
