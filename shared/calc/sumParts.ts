/**
 * A total written out from its parts ("741,757 kWh = Electricity 322,465 kWh + Coal 419,292 kWh")
 * where every part is the very number its own line shows (each part rounded on its own, at the
 * digits its own line uses) and the total is the number the bar shows. Both cannot always hold
 * and add up: 322,465.4 + 419,291.4 = 741,756.8 → 741,757, yet the parts on their own lines are
 * 322,465 and 419,291 (741,756). Moving a part to make the sum work would contradict its own line
 * one screen lower, so the parts stay as shown and the line says "≈" instead of "=" (addsUp).
 */
export interface ShownSum {
  /** The total as shown, rounded at `totalDigits`. */
  total: number;
  totalDigits: number;
  /** Each part as its own line shows it: rounded at its own digits. */
  parts: { value: number; digits: number }[];
  /** Whether the shown parts add up exactly to the shown total. */
  addsUp: boolean;
}

// Rounded by the same Intl rounding the screen's numbers use (half away from zero on the
// shortest decimal form: 1.005 → 1.01, where toFixed gives 1.00), so a part here can never
// differ from the same value printed on its own line. One formatter per digit count.
const ROUNDERS = new Map<number, Intl.NumberFormat>();

function roundShown(v: number, digits: number): number {
  let f = ROUNDERS.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, useGrouping: false });
    ROUNDERS.set(digits, f);
  }
  return Number(f.format(v));
}

/** A shown number as a whole count of its smallest shown unit, so sums compare exactly. */
function units(v: number, digits: number): number {
  return Math.round(v * 10 ** digits);
}

export function sumParts(values: readonly number[], digitsOf: (v: number) => number): ShownSum {
  const exact = values.reduce((s, v) => s + v, 0);
  const totalDigits = digitsOf(exact);
  const total = roundShown(exact, totalDigits);
  const parts = values.map((v) => {
    const digits = digitsOf(v);
    return { value: roundShown(v, digits), digits };
  });
  const d = Math.max(totalDigits, ...parts.map((p) => p.digits));
  const partsSum = parts.reduce((s, p) => s + units(p.value, d), 0);
  return { total, totalDigits, parts, addsUp: partsSum === units(total, d) };
}
