import { useMemo } from 'react';
import { useApplications } from '../../db/hooks/useApplications';
import { useOrganisations } from '../../db/hooks/useOrganisations';
import type { PortfolioRow } from './portfolioModel';

/** Portfolio entries joined with their organisation's names; undefined while loading. */
export function usePortfolioRows(): PortfolioRow[] | undefined {
  const apps = useApplications();
  const orgs = useOrganisations();
  return useMemo(() => {
    if (!apps || !orgs) return undefined;
    const byId = new Map(orgs.map((o) => [o.id, o]));
    return apps.map((a) => {
      const o = byId.get(a.orgId);
      return {
        id: a.id,
        orgId: a.orgId,
        nameMn: o?.nameMn ?? a.orgId,
        nameEn: o?.nameEn ?? '',
        registrationNo: o?.registrationNo ?? '',
        status: a.status,
        category: a.category ?? null,
        greenDecision: a.greenDecision ?? null,
        amountMnt: a.amountMnt,
        taxonomyCode: a.taxonomyCode ?? null,
        womenLed: a.womenLed === 1,
        importedAt: a.importedAt,
      };
    });
  }, [apps, orgs]);
}
