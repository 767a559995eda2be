// The officer's portfolio as plain rows, and the pure filter / sort / statistics over them.
// Pure so the 5,000-application benchmark (bench/portfolio.bench.ts) measures exactly what
// the screen runs, the bank server can total the same way, and the rules are unit-tested
// without a browser.
import type { DueItem } from '../monitoring/due';
import type { GreenDecision, RiskCategory } from '../package/enums';
import { APPLICATION_STATUSES, isLive, type ApplicationStatus } from './applicationStatus';

export interface PortfolioRow {
  id: string;
  orgId: string;
  nameMn: string;
  nameEn: string;
  registrationNo: string;
  status: ApplicationStatus;
  /** The officer's category; null until the officer screens ("not screened"). */
  category: RiskCategory | null;
  /** The engine's suggestion, shown beside, never counted as the officer's. */
  suggestedCategory: RiskCategory | null;
  greenDecision: GreenDecision | null;
  amountMnt: number;
  taxonomyCode: string | null;
  womenLed: boolean;
  importedAt: string;
  /** Findings in the officer's screening; null until screened. */
  findings: number | null;
  /** Open conditions precedent (ESAP items to close before disbursement), their texts. */
  conditionsPrecedent: string[];
  /** tCO2e a year the green project avoids; null without a project. */
  co2AvoidedT: number | null;
  /** The next monitoring or ESAP item due today or later. */
  nextDue: DueItem | null;
  /** Monitoring and ESAP items past their day and not done. */
  overdue: DueItem[];
}

/** "none" selects rows not yet screened (no category) or without a green decision. */
export interface PortfolioFilter {
  status: ApplicationStatus | 'all';
  category: RiskCategory | 'none' | 'all';
  greenDecision: GreenDecision | 'none' | 'all';
  womenLed: 'all' | 'yes' | 'no';
  /** "yes": only applications with an overdue monitoring or ESAP item. */
  overdue: 'all' | 'yes';
  /** Matched against both names and the registration number, ignoring case. */
  search: string;
}

export const EMPTY_FILTER: PortfolioFilter = {
  status: 'all',
  category: 'all',
  greenDecision: 'all',
  womenLed: 'all',
  overdue: 'all',
  search: '',
};

export const SORT_KEYS = [
  'name',
  'registrationNo',
  'status',
  'category',
  'greenDecision',
  'amountMnt',
  'taxonomyCode',
  'womenLed',
  'importedAt',
  'nextDue',
  'overdue',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface PortfolioSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export const DEFAULT_SORT: PortfolioSort = { key: 'importedAt', dir: 'desc' };

export function filterPortfolio(
  rows: readonly PortfolioRow[],
  filter: PortfolioFilter,
): PortfolioRow[] {
  const needle = filter.search.trim().toLowerCase();
  return rows.filter((r) => {
    if (filter.status !== 'all' && r.status !== filter.status) return false;
    if (filter.category !== 'all' && (r.category ?? 'none') !== filter.category) return false;
    if (filter.greenDecision !== 'all' && (r.greenDecision ?? 'none') !== filter.greenDecision)
      return false;
    if (filter.womenLed !== 'all' && r.womenLed !== (filter.womenLed === 'yes')) return false;
    if (filter.overdue === 'yes' && r.overdue.length === 0) return false;
    if (needle === '') return true;
    return searchText(r).includes(needle);
  });
}

const SEARCH_TEXT = new WeakMap<PortfolioRow, string>();

/**
 * The row's searchable text, lower-cased once per row object rather than on every keystroke.
 * Fields are joined with a character no one types, so a match cannot straddle two fields.
 */
function searchText(r: PortfolioRow): string {
  let text = SEARCH_TEXT.get(r);
  if (text === undefined) {
    text = [r.nameMn, r.nameEn, r.registrationNo].join('\u0000').toLowerCase();
    SEARCH_TEXT.set(r, text);
  }
  return text;
}

type SortValue = string | number | null;

/**
 * A comparable key for text: lower case, with Ө and Ү moved to follow О and У as in the
 * Mongolian alphabet (in Unicode they come after Я). Plain < on precomputed keys instead of
 * a collator per comparison keeps a 5,000-row sort well under the 100 ms budget.
 */
export function textSortKey(s: string): string {
  return s.toLowerCase().replace(/ө/g, 'о\uffff').replace(/ү/g, 'у\uffff');
}

function valueOf(r: PortfolioRow, key: SortKey): SortValue {
  switch (key) {
    case 'name':
      return textSortKey(r.nameMn);
    case 'womenLed':
      return r.womenLed ? 1 : 0;
    case 'amountMnt':
      return r.amountMnt;
    case 'nextDue':
      return r.nextDue?.due ?? null;
    case 'overdue':
      // No overdue item sorts with the empty values, last.
      return r.overdue.length === 0 ? null : r.overdue.length;
    default: {
      const v = r[key];
      return v === null ? null : textSortKey(v);
    }
  }
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Sorted copy. Empty values (not yet screened) always go last whatever the direction, and
 * equal values keep a fixed order by id, so the list never jumps between renders.
 */
export function sortPortfolio(rows: readonly PortfolioRow[], sort: PortfolioSort): PortfolioRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, v: valueOf(row, sort.key) }));
  keyed.sort((x, y) => {
    const xNull = x.v === null || x.v === '';
    const yNull = y.v === null || y.v === '';
    if (xNull !== yNull) return xNull ? 1 : -1;
    const c = xNull ? 0 : compareValues(x.v, y.v) * sign;
    return c !== 0 ? c : x.row.id < y.row.id ? -1 : x.row.id > y.row.id ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}

export interface CountAmount {
  count: number;
  amountMnt: number;
}

export interface PortfolioStats {
  /** Every application shown, whatever its status. */
  all: CountAmount;
  /** Received, in review or approved: declined and returned amounts are never added in. */
  live: CountAmount;
  byStatus: Record<ApplicationStatus, CountAmount>;
  /** Live applications by the officer's category; "none" = not screened yet. */
  byCategory: Record<RiskCategory | 'none', CountAmount>;
  /** Live applications by green decision. */
  byDecision: Record<GreenDecision | 'none', CountAmount>;
  /** Live green loans (eligible, or eligible subject to verification) by taxonomy category. */
  greenByTaxonomy: ({ code: string } & CountAmount)[];
  /** Live women-led applications; the share is of live applications. */
  womenLed: CountAmount & { sharePct: number | null };
  /** Live applications with at least one overdue item, and how many items. */
  overdue: CountAmount & { items: number };
  /** tCO2e a year avoided by the live green loans. */
  co2AvoidedT: number;
}

const zero = (): CountAmount => ({ count: 0, amountMnt: 0 });

function add(into: CountAmount, amount: number): void {
  into.count++;
  into.amountMnt += amount;
}

export function isGreen(decision: GreenDecision | null): boolean {
  return decision === 'eligible' || decision === 'eligible_subject_to_verification';
}

export function portfolioStats(rows: readonly PortfolioRow[]): PortfolioStats {
  const byStatus = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, zero()])) as Record<
    ApplicationStatus,
    CountAmount
  >;
  const stats: PortfolioStats = {
    all: zero(),
    live: zero(),
    byStatus,
    byCategory: { A: zero(), B: zero(), C: zero(), none: zero() },
    byDecision: {
      eligible: zero(),
      eligible_subject_to_verification: zero(),
      not_eligible: zero(),
      none: zero(),
    },
    greenByTaxonomy: [],
    womenLed: { ...zero(), sharePct: null },
    overdue: { ...zero(), items: 0 },
    co2AvoidedT: 0,
  };
  const byCode = new Map<string, { code: string } & CountAmount>();
  for (const r of rows) {
    add(stats.all, r.amountMnt);
    add(byStatus[r.status], r.amountMnt);
    if (!isLive(r.status)) continue;
    add(stats.live, r.amountMnt);
    add(stats.byCategory[r.category ?? 'none'], r.amountMnt);
    add(stats.byDecision[r.greenDecision ?? 'none'], r.amountMnt);
    if (r.womenLed) add(stats.womenLed, r.amountMnt);
    if (r.overdue.length > 0) {
      add(stats.overdue, r.amountMnt);
      stats.overdue.items += r.overdue.length;
    }
    if (isGreen(r.greenDecision)) {
      if (r.co2AvoidedT !== null) stats.co2AvoidedT += r.co2AvoidedT;
      const code = r.taxonomyCode ?? '—';
      let entry = byCode.get(code);
      if (!entry) {
        entry = { code, ...zero() };
        byCode.set(code, entry);
      }
      add(entry, r.amountMnt);
    }
  }
  stats.greenByTaxonomy = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  stats.womenLed.sharePct =
    stats.live.count > 0 ? (stats.womenLed.count / stats.live.count) * 100 : null;
  return stats;
}
