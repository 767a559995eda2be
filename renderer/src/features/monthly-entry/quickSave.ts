import type { MetricId } from '../../../../shared/catalogue/metricIds';
import type { MetricValue } from '../../../../shared/package/schema';
import { ConflictError } from '../../db/repositories/conflictError';
import { setMetricValueIfUnchanged } from '../../db/repositories/periods';

/** One figure of the quick form: what to store, over the figure the form was showing. */
export interface QuickFigure {
  metricId: MetricId;
  entry: MetricValue | null;
  /** The figure stored when the form loaded it or last saved it (null: empty). */
  base: MetricValue | null;
}

/** A figure another window changed first: nothing was written, `stored` is there now. */
export interface RefusedFigure {
  metricId: MetricId;
  mine: MetricValue | null;
  stored: MetricValue | null;
}

/**
 * Writes each figure through the grid's compare-and-set: it lands only while its cell still holds
 * the base. The figures are independent cells, so one refused never stops the other; any other
 * failure (a restore in another window, a database error) is thrown as it is.
 */
export async function saveQuickFigures(
  orgId: string,
  month: string,
  figures: readonly QuickFigure[],
): Promise<{ landed: QuickFigure[]; refused: RefusedFigure[] }> {
  const landed: QuickFigure[] = [];
  const refused: RefusedFigure[] = [];
  for (const f of figures) {
    try {
      await setMetricValueIfUnchanged(orgId, month, f.metricId, f.entry, f.base);
      landed.push(f);
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      const stored = (e.current as MetricValue | undefined) ?? null;
      refused.push({ metricId: f.metricId, mine: f.entry, stored });
    }
  }
  return { landed, refused };
}
