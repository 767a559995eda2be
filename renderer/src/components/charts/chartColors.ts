// Colour-blind-safe palette (Okabe–Ito), in a fixed order so a series keeps its colour across
// charts and screenshots.
export const SERIES_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
  '#999999',
] as const;

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? '#0072B2';
}

export const BASELINE_COLOR = '#B3261E';
