// Mass and volume conversions (exact SI definitions) [S].

export const MASS_UNITS = ['kg', 't', 'g'] as const;
export type MassUnit = (typeof MASS_UNITS)[number];
export const KG_PER: Readonly<Record<MassUnit, number>> = { kg: 1, t: 1000, g: 1e-3 };

export const VOLUME_UNITS = ['L', 'm3'] as const;
export type VolumeUnit = (typeof VOLUME_UNITS)[number];
export const L_PER: Readonly<Record<VolumeUnit, number>> = { L: 1, m3: 1000 };

export function convertMass(value: number, from: MassUnit, to: MassUnit): number {
  return from === to ? value : (value * KG_PER[from]) / KG_PER[to];
}

export function convertVolume(value: number, from: VolumeUnit, to: VolumeUnit): number {
  return from === to ? value : (value * L_PER[from]) / L_PER[to];
}
