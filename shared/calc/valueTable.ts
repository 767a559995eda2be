import { METRIC_IDS, type MetricId } from '../catalogue/metricIds';

/** A metric value in the metric's canonical unit. */
export interface CanonicalValue {
  /** In the metric's canonical unit. */
  value: number;
  /** Coal and briquettes: calorific value used (from the entry, else null = use the default). */
  ncvKcalPerKg: number | null;
}

/**
 * One period's canonical values, indexed by the metric's position in METRIC_IDS (undefined = not
 * reported). An array rather than a record keyed by id: every month of every package is read
 * metric by metric, and dotted string keys made each read a slow keyed lookup.
 */
export type CanonicalValues = readonly (CanonicalValue | undefined)[];

const INDEX = new Map<string, number>(METRIC_IDS.map((id, i) => [id, i]));

/** The position of a metric in METRIC_IDS (and in a CanonicalValues table). */
export function metricIndex(id: MetricId): number {
  return INDEX.get(id) as number;
}

/** Position of a known metric id given as text; undefined for anything else. */
export function metricIndexOf(id: string): number | undefined {
  return INDEX.get(id);
}

/** An empty table: one slot per metric. */
export function emptyValues(): (CanonicalValue | undefined)[] {
  return new Array<CanonicalValue | undefined>(METRIC_IDS.length).fill(undefined);
}

/** The canonical number at a metric position, null when not reported. */
export function numberAt(values: CanonicalValues, i: number): number | null {
  return values[i]?.value ?? null;
}

/** A table from a record keyed by metric id (tests, callers that hold records). */
export function valuesFromRecord(
  record: Partial<Record<MetricId, CanonicalValue>>,
): CanonicalValues {
  const out = emptyValues();
  for (const [id, v] of Object.entries(record)) {
    const i = INDEX.get(id);
    if (i !== undefined && v) out[i] = v;
  }
  return out;
}

/** The reported values as a record keyed by metric id, in METRIC_IDS order. */
export function valuesToRecord(values: CanonicalValues): Partial<Record<MetricId, CanonicalValue>> {
  const out: Partial<Record<MetricId, CanonicalValue>> = {};
  METRIC_IDS.forEach((id, i) => {
    const v = values[i];
    if (v) out[id] = v;
  });
  return out;
}
