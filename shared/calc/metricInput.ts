import { METRICS } from '../catalogue/metrics';
import { METRIC_IDS, type MetricId } from '../catalogue/metricIds';
import type { ExplanationInput } from '../explain/types';

// English label and canonical unit per metric, looked up once: inputs are built for every
// indicator of every period.
const META = new Map<MetricId, readonly [string, string]>(
  METRIC_IDS.map((id) => [id, [METRICS[id].label.en, METRICS[id].canonicalUnit]]),
);

/** An explanation input for a metric value in its canonical unit, labelled in English. */
export function metricInput(metricId: MetricId, value: number | null): ExplanationInput {
  const m = META.get(metricId) as readonly [string, string];
  return { label: m[0], value, unit: m[1], ref: metricId };
}
