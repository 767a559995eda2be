// The monitoring schedule after signing: what the bank checks, and when.
import type { Language, RiskCategory } from '../package/enums';
import { addDays, addMonths } from '../scoring/dates';

export const MONITORING_KINDS = [
  'es_report',
  'site_visit',
  'esap_review',
  'permit_renewal',
] as const;
export type MonitoringKind = (typeof MONITORING_KINDS)[number];

export interface MonitoringItem {
  kind: MonitoringKind;
  due: string;
  /** For a permit renewal: the permit's document id. */
  ref?: string;
  /** The officer's words beside the kind (an edited schedule). */
  note?: string;
  /** Done on this day (an edited schedule); a generated item is never done. */
  doneOn?: string;
}

/**
 * Monitoring after signing [D] (reference.md §2.5, IFC/MSFP practice [K]): an annual E&S report
 * for every category; a site visit yearly for B and every six months for A (C: at the officer's
 * discretion, none scheduled); an ESAP progress review at each open item's deadline; each
 * permit expiring within the term checked 30 days before it expires. Dates count in calendar
 * months from the signing date.
 */
/** Where the generated schedule comes from, in the reader's language (the [D] is shown beside). */
export const MONITORING_SOURCE: Readonly<Record<Language, string>> = {
  en: 'Illustrative default (editable): an annual E&S report; a site visit every six months for category A, every year for B',
  mn: 'Жишээ анхдагч хуваарь (засаж болно): жил бүр байгаль орчин, нийгмийн тайлан; газар дээрх үзлэг A ангилалд зургаан сар тутам, B ангилалд жил бүр',
};

const VISIT_MONTHS: Readonly<Record<RiskCategory, number>> = { A: 6, B: 12, C: 0 };

export function monitoringSchedule(
  category: RiskCategory,
  signingDate: string,
  termYears: number,
  esapDeadlines: readonly string[],
  permitExpiries: readonly { ref: string; expiresOn: string }[],
): MonitoringItem[] {
  const termMonths = Math.round(termYears * 12);
  const end = addMonths(signingDate, termMonths);
  const items: MonitoringItem[] = [];
  for (let y = 1; y * 12 <= termMonths; y++) {
    items.push({ kind: 'es_report', due: addMonths(signingDate, y * 12) });
  }
  const every = VISIT_MONTHS[category];
  if (every > 0) {
    for (let m = every; m <= termMonths; m += every) {
      items.push({ kind: 'site_visit', due: addMonths(signingDate, m) });
    }
  }
  for (const due of new Set(esapDeadlines)) {
    if (due >= signingDate && due <= end) items.push({ kind: 'esap_review', due });
  }
  for (const p of permitExpiries) {
    if (p.expiresOn >= signingDate && p.expiresOn <= end) {
      items.push({ kind: 'permit_renewal', due: addDays(p.expiresOn, -30), ref: p.ref });
    }
  }
  return items.sort((a, b) => a.due.localeCompare(b.due) || a.kind.localeCompare(b.kind));
}
