import type { Source } from '../catalogue/types';

// Typical liquid-fuel densities used to convert litres and kilograms. Suppliers' figures vary
// (diesel 0.82–0.85, gasoline 0.72–0.76, LPG 0.51–0.54 kg/L): reference.md §5.4 [K].
const SRC: Source = {
  citation:
    'Typical liquid-fuel densities: diesel 0.82–0.85, gasoline 0.72–0.76, LPG 0.51–0.54 kg/L (verify against supplier data)',
  provenance: 'K',
};

export interface Density {
  id: string;
  kgPerL: number;
  source: Source;
}

export const DENSITY = {
  diesel: { id: 'density.diesel', kgPerL: 0.84, source: SRC },
  gasoline: { id: 'density.gasoline', kgPerL: 0.74, source: SRC },
  lpg: { id: 'density.lpg', kgPerL: 0.51, source: SRC },
} as const satisfies Record<string, Density>;
