import { useMemo } from 'react';
import { effectiveSchedule } from '../../../../shared/monitoring/schedule';
import type { PortfolioRow } from '../../../../shared/portfolio/portfolioModel';
import { toPortfolioRow } from '../../../../shared/portfolio/portfolioRow';
import { useApplications } from '../../db/hooks/useApplications';
import { useOrganisations } from '../../db/hooks/useOrganisations';

/**
 * Portfolio entries joined with their organisation's names, from the summary stored on each row
 * (ESAP items and the monitoring schedule that applies); undefined while loading. `today`
 * decides what is overdue.
 */
export function usePortfolioRows(today: string): PortfolioRow[] | undefined {
  const apps = useApplications();
  const orgs = useOrganisations();
  return useMemo(() => {
    if (!apps || !orgs) return undefined;
    const byId = new Map(orgs.map((o) => [o.id, o]));
    return apps.map((a) => {
      const o = byId.get(a.orgId);
      return toPortfolioRow(
        {
          id: a.id,
          orgId: a.orgId,
          nameMn: o?.nameMn ?? a.orgId,
          nameEn: o?.nameEn ?? '',
          registrationNo: o?.registrationNo ?? '',
          status: a.status,
          ...(a.category ? { category: a.category } : {}),
          ...(a.suggestedCategory ? { suggestedCategory: a.suggestedCategory } : {}),
          ...(a.greenDecision ? { greenDecision: a.greenDecision } : {}),
          amountMnt: a.amountMnt,
          ...(a.taxonomyCode ? { taxonomyCode: a.taxonomyCode } : {}),
          womenLed: a.womenLed === 1,
          importedAt: a.importedAt,
          ...(a.findings !== undefined ? { findings: a.findings } : {}),
          ...(a.co2AvoidedT !== undefined ? { co2AvoidedT: a.co2AvoidedT } : {}),
          // Monitoring counts only once the officer has screened (a category of their own).
          schedule: a.category ? effectiveSchedule(a.monitoring, a.generatedSchedule ?? []) : [],
          esap: a.esapDue ?? [],
        },
        today,
      );
    });
  }, [apps, orgs, today]);
}
