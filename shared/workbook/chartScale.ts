// Value axes with round tick steps (1, 2, 2.5 or 5 × 10ⁿ) that always include zero.

export interface LinearScale {
  lo: number;
  hi: number;
  ticks: number[];
  /** Decimals the tick labels need to show the step exactly. */
  digits: number;
}

export function niceScale(min: number, max: number, targetTicks = 5): LinearScale {
  let lo = Math.min(0, Number.isFinite(min) ? min : 0);
  let hi = Math.max(0, Number.isFinite(max) ? max : 0);
  // All zeros (or nothing) still gets an axis, from 0 to 1.
  if (hi - lo <= 0) hi = lo + 1;
  const raw = (hi - lo) / targetTicks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
  // The epsilon keeps 300.0000001 from growing an extra tick and 0 from dropping below zero.
  lo = Math.floor(lo / step + 1e-9) * step;
  hi = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  const n = Math.round((hi - lo) / step);
  for (let i = 0; i <= n; i++) ticks.push(Number((lo + i * step).toPrecision(12)));
  return { lo: ticks[0] ?? lo, hi: ticks[n] ?? hi, ticks, digits: decimals(step) };
}

function decimals(step: number): number {
  const s = String(Number(step.toPrecision(6)));
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Maps a value on the scale to a pixel between `from` (at lo) and `to` (at hi). */
export function project(scale: LinearScale, value: number, from: number, to: number): number {
  return from + ((value - scale.lo) / (scale.hi - scale.lo)) * (to - from);
}
