import type { GreenResult } from './green';

/**
 * What a failing green criterion needs, as a figure the firm can aim at: the "after" value that
 * would just reach the threshold, beside the value the project gives now and the baseline's.
 * Reads the assessment's own figures, so it never disagrees with the verdict it explains.
 */
export interface GreenTarget {
  criterionId: string;
  /** energy: kWh-eq per kg; co2Intensity: kg CO2e per kg; co2: t CO2e per year; water: L per kg. */
  measure: 'energy' | 'co2Intensity' | 'co2' | 'water';
  thresholdPct: number;
  base: number;
  now: number;
  /** The highest "after" value that reaches the threshold: base × (1 − threshold ÷ 100). */
  need: number;
}

export interface PaybackTarget {
  criterionId: string;
  thresholdYears: number;
  /** null when the project saves nothing, so it never pays back. */
  nowYears: number | null;
}

function target(
  criterionId: string,
  measure: GreenTarget['measure'],
  thresholdPct: number,
  base: number | null,
  now: number | null,
): GreenTarget | null {
  if (base === null || now === null || base <= 0) return null;
  return { criterionId, measure, thresholdPct, base, now, need: base * (1 - thresholdPct / 100) };
}

export function greenTargets(result: GreenResult): {
  reductions: GreenTarget[];
  payback: PaybackTarget | null;
} {
  const reductions: GreenTarget[] = [];
  let payback: PaybackTarget | null = null;
  const b = result.baseline;
  const a = result.after;
  for (const c of result.criteria) {
    if (c.pass !== false) continue;
    let t: GreenTarget | null = null;
    switch (c.kind) {
      case 'energy_intensity_reduction':
        t = target(c.id, 'energy', c.threshold, b.specificEnergyKwhPerKg, a.specificEnergyKwhPerKg);
        break;
      case 'water_intensity_reduction':
        t = target(c.id, 'water', c.threshold, b.waterLPerKg, a.waterLPerKg);
        break;
      case 'co2_reduction':
        // The same basis as the verdict: per kg when both years give production, else in total.
        t =
          b.co2KgPerKg !== null && a.co2KgPerKg !== null
            ? target(c.id, 'co2Intensity', c.threshold, b.co2KgPerKg, a.co2KgPerKg)
            : target(c.id, 'co2', c.threshold, b.co2T, a.co2T);
        break;
      case 'payback':
        payback = {
          criterionId: c.id,
          thresholdYears: c.threshold,
          nowYears: typeof c.measured === 'number' ? c.measured : null,
        };
        break;
      default:
        break;
    }
    if (t) reductions.push(t);
  }
  return { reductions, payback };
}
