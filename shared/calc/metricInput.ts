import { METRICS } from '../catalogue/metrics';
import type { MetricId } from '../catalogue/metricIds';
import type { ExplanationInput } from '../explain/types';

/** An explanation input for a metric value in its canonical unit, labelled in English. */
export function metricInput(metricId: MetricId, value: number | null): ExplanationInput {
  const m = METRICS[metricId];
  return { label: m.label.en, value, unit: m.canonicalUnit, ref: metricId };
}
