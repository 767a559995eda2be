import { useEffect } from 'react';
import { isScreened } from '../../../../shared/portfolio/screened';
import { setApplicationOutcome, setApplicationSummary } from '../../db/repositories/applications';
import { generatedSchedule } from './applicationSchedule';
import type { ApplicationData } from './useApplicationData';

/**
 * Keeps the portfolio row in step with the screening. The officer's category (suggested or
 * overridden) is set only once the officer has screened; before that the row says "not
 * screened" and holds the engine's suggestion apart. The summary the portfolio lists
 * (findings, CO2 avoided, the generated schedule once a signing date is set) follows the
 * latest scoring. A row deleted meanwhile (trash, restore) simply has nothing to follow.
 */
export function useRowSync(data: ApplicationData | null): void {
  const id = data?.app.id;
  const rowCategory = data?.app.category;
  const screening = data?.esAssessment?.instrument === 'es' ? data.esAssessment.screening : null;
  const screened = data ? isScreened(data.pack, screening) : false;
  const finalCategory = data?.results.es.finalCategory;
  useEffect(() => {
    if (!id || !finalCategory) return;
    if (screened && rowCategory !== finalCategory) {
      setApplicationOutcome(id, { category: finalCategory }).catch(() => undefined);
    } else if (!screened && rowCategory !== undefined) {
      // A category set at import by an older version was the engine's, not the officer's.
      setApplicationOutcome(id, { category: null }).catch(() => undefined);
    }
  }, [id, rowCategory, finalCategory, screened]);

  const summary = data
    ? JSON.stringify({
        suggestedCategory: data.results.es.suggestedCategory,
        ...(screened ? { findings: data.results.es.findings.total } : {}),
        ...(data.results.green && data.results.green.co2AvoidedTPerYear.value !== null
          ? { co2AvoidedT: data.results.green.co2AvoidedTPerYear.value }
          : {}),
        // Monitoring starts at signing: no schedule on the portfolio before a signing date.
        ...(screened && data.terms.signingDate
          ? { generatedSchedule: generatedSchedule(data) }
          : {}),
      })
    : null;
  useEffect(() => {
    if (!id || summary === null) return;
    setApplicationSummary(
      id,
      JSON.parse(summary) as Parameters<typeof setApplicationSummary>[1],
    ).catch(() => undefined);
  }, [id, summary]);
}
