// Head office's view of synced applications: counts and amounts by branch, category,
// green-taxonomy code and status. Pure, so the server and any test compute it the same way.
import { z } from 'zod';
import { GREEN_DECISIONS, RISK_CATEGORIES } from '../package/enums';
import { APPLICATION_STATUSES, isLive } from '../portfolio/applicationStatus';

/** The fields of a synced application row this view reads; other fields are ignored. */
const applicationFields = z.object({
  status: z.enum(APPLICATION_STATUSES),
  category: z.enum(RISK_CATEGORIES).optional(),
  greenDecision: z.enum(GREEN_DECISIONS).optional(),
  taxonomyCode: z.string().min(1).max(80).optional(),
  amountMnt: z.number().min(0),
});

export interface PortfolioBucket {
  key: string;
  count: number;
  amountMnt: number;
}

export interface PortfolioSummary {
  /** Received, in review or approved: declined and returned amounts are never added in. */
  total: PortfolioBucket;
  /** Declined or returned: counted here and by status, never in the amounts above. */
  notLive: PortfolioBucket;
  byBranch: PortfolioBucket[];
  byCategory: PortfolioBucket[];
  /** Green loans only (greenDecision "eligible"), by their taxonomy code. */
  byTaxonomyCode: PortfolioBucket[];
  byStatus: PortfolioBucket[];
  /** Rows whose fields this view cannot read, by id: shown, never silently left out. */
  unreadable: string[];
}

/** Buckets without a value are named by this key (e.g. not yet categorised). */
export const UNSET = '(unset)';

export function summarisePortfolio(
  rows: readonly { branchId: string; recordId: string; data: unknown }[],
): PortfolioSummary {
  const maps = {
    byBranch: new Map<string, PortfolioBucket>(),
    byCategory: new Map<string, PortfolioBucket>(),
    byTaxonomyCode: new Map<string, PortfolioBucket>(),
    byStatus: new Map<string, PortfolioBucket>(),
  };
  const total: PortfolioBucket = { key: 'total', count: 0, amountMnt: 0 };
  const notLive: PortfolioBucket = { key: 'notLive', count: 0, amountMnt: 0 };
  const unreadable: string[] = [];
  const add = (m: Map<string, PortfolioBucket>, key: string, amount: number) => {
    const b = m.get(key) ?? { key, count: 0, amountMnt: 0 };
    b.count += 1;
    b.amountMnt += amount;
    m.set(key, b);
  };
  for (const row of rows) {
    const parsed = applicationFields.safeParse(row.data);
    if (!parsed.success) {
      unreadable.push(row.recordId);
      continue;
    }
    const a = parsed.data;
    add(maps.byStatus, a.status, a.amountMnt);
    if (!isLive(a.status)) {
      notLive.count += 1;
      notLive.amountMnt += a.amountMnt;
      continue;
    }
    total.count += 1;
    total.amountMnt += a.amountMnt;
    add(maps.byBranch, row.branchId, a.amountMnt);
    add(maps.byCategory, a.category ?? UNSET, a.amountMnt);
    if (a.greenDecision === 'eligible')
      add(maps.byTaxonomyCode, a.taxonomyCode ?? UNSET, a.amountMnt);
  }
  const sorted = (m: Map<string, PortfolioBucket>) =>
    [...m.values()].sort((x, y) => x.key.localeCompare(y.key));
  return {
    total,
    notLive,
    byBranch: sorted(maps.byBranch),
    byCategory: sorted(maps.byCategory),
    byTaxonomyCode: sorted(maps.byTaxonomyCode),
    byStatus: sorted(maps.byStatus),
    unreadable,
  };
}
