// One portfolio row from what an application stores: the officer's outcome, the summary the
// application page last scored, the monitoring schedule that applies and the ESAP items.
import { dueState, esapOpen, type EsapDueInput } from '../monitoring/due';
import type { MonitoringItem } from '../officer-record/monitoring';
import type { GreenDecision, RiskCategory } from '../package/enums';
import type { ApplicationStatus } from './applicationStatus';
import type { PortfolioRow } from './portfolioModel';

export interface PortfolioSource {
  id: string;
  orgId: string;
  nameMn: string;
  nameEn: string;
  registrationNo: string;
  status: ApplicationStatus;
  category?: RiskCategory;
  suggestedCategory?: RiskCategory;
  greenDecision?: GreenDecision;
  amountMnt: number;
  taxonomyCode?: string;
  womenLed: boolean;
  importedAt: string;
  findings?: number;
  co2AvoidedT?: number;
  /** The schedule that applies (the officer's, or the generated one). */
  schedule: readonly MonitoringItem[];
  /** The application's ESAP items (covenants and conditions precedent among them). */
  esap: readonly EsapDueInput[];
}

export function toPortfolioRow(s: PortfolioSource, today: string): PortfolioRow {
  const due = dueState(s.schedule, s.esap, today);
  return {
    id: s.id,
    orgId: s.orgId,
    nameMn: s.nameMn,
    nameEn: s.nameEn,
    registrationNo: s.registrationNo,
    status: s.status,
    category: s.category ?? null,
    suggestedCategory: s.suggestedCategory ?? null,
    greenDecision: s.greenDecision ?? null,
    amountMnt: s.amountMnt,
    taxonomyCode: s.taxonomyCode ?? null,
    womenLed: s.womenLed,
    importedAt: s.importedAt,
    // Findings are the officer's: none counted before the officer screens.
    findings: s.category ? (s.findings ?? 0) : null,
    conditionsPrecedent: s.esap
      .filter((a) => a.conditionPrecedent === true && esapOpen(a.status))
      .map((a) => a.action),
    co2AvoidedT: s.co2AvoidedT ?? null,
    nextDue: due.nextDue,
    overdue: due.overdue,
  };
}
