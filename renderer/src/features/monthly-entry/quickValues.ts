import type { MetricId } from '../../../../shared/catalogue/metricIds';
import type { DataQuality } from '../../../../shared/package/enums';
import type { MetricValue } from '../../../../shared/package/schema';
import { fromCanonical, tryToCanonical } from '../../../../shared/units/toCanonical';

/** A stored figure as the quick form shows it: in the form's unit, whatever unit it was saved in. */
export function storedText(metricId: MetricId, v: MetricValue | undefined, unit: string): string {
  if (!v) return '';
  if (v.unit === unit) return String(v.value);
  const canonical = tryToCanonical(metricId, v.value, v.unit, v.ncvKcalPerKg);
  if (canonical === null) return String(v.value);
  return String(Number(fromCanonical(metricId, canonical, unit, v.ncvKcalPerKg).toPrecision(10)));
}

/**
 * What the quick form writes for one figure: its number in the form's unit and the source the
 * user chose; the stored note and evidence stay. null clears the figure.
 */
export function entryToWrite(
  before: MetricValue | undefined,
  value: number | null,
  unit: string,
  extra: { quality: DataQuality | null; ncvKcalPerKg?: number | null },
): MetricValue | null {
  if (value === null) return null;
  const out: MetricValue = { value, unit };
  if (before?.note !== undefined) out.note = before.note;
  if (before?.evidence !== undefined) out.evidence = before.evidence;
  if (extra.quality !== null) out.quality = extra.quality;
  if (extra.ncvKcalPerKg !== undefined && extra.ncvKcalPerKg !== null)
    out.ncvKcalPerKg = extra.ncvKcalPerKg;
  return out;
}
