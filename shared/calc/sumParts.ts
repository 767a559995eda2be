/**
 * A total and its parts rounded so that the line a reader can add up does add up: "741,756 kWh
 * = 322,465 kWh + 419,291 kWh". Rounding each number on its own can leave the shown parts one
 * unit away from the shown total (322,465.4 + 419,291.4 = 741,756.8 → 741,757, yet the parts
 * round to 741,756); here the total is rounded once and the units left over go to the parts with
 * the largest remainders, so no part moves by more than one unit of its last digit.
 */
export function sumParts(
  values: readonly number[],
  digits: number,
): { total: number; parts: number[] } {
  const scale = 10 ** digits;
  const scaled = values.map((v) => v * scale);
  const exact = scaled.reduce((s, v) => s + v, 0);
  const floors = scaled.map(Math.floor);
  let left = Math.round(exact) - floors.reduce((s, v) => s + v, 0);
  // Largest remainder first; on a tie the earlier part, so the result does not depend on sorting.
  const order = scaled
    .map((v, i) => ({ i, rest: v - (floors[i] as number) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  const parts = [...floors];
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    left--;
  }
  return {
    total: parts.reduce((s, v) => s + v, 0) / scale,
    parts: parts.map((v) => v / scale),
  };
}
