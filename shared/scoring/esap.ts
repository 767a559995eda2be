import type { EsCheck, Text } from '../catalogue/types';
import type { Priority, Severity } from '../package/enums';
import { onDate } from '../words/dates';
import { addDays, addMonths } from './dates';
import type { DocumentStatus } from './esDocuments';
import type { EsCheckOutcome } from './esChecks';
import { lowerPriority } from './esRules';

export interface EsapItem {
  id: string;
  kind: 'finding' | 'document' | 'exclusion';
  /** The E&S check, required-document or exclusion-list id it comes from. */
  ref: string;
  issue: Text;
  action: Text;
  covenant: Text | null;
  priority: Priority;
  severity: Severity | null;
  deadlineDays: number | null;
  /** Signing date + deadlineDays, or a permit's expiry; null without a signing date. */
  deadline: string | null;
  /** High-priority items must be closed before disbursement (reference.md §2.5) [D]. */
  conditionPrecedent: boolean;
  /** Every check or document this one action answers (more than one after a merge). */
  sources: string[];
}

const tx = (en: string, mn: string): Text => ({ en, mn, mnReviewed: false });

/**
 * ESAP items: one per action: findings and permit items about the same permit are merged; a
 * remediable exclusion-list hit is one more item, a condition precedent (reference §2.5).
 */
/**
 * A check's deadline from the signing date. The pack counts a year as 365 days; a year is read as
 * a calendar year (the same day a year later) so a deadline never falls a day early in a leap year.
 */
function esapDeadline(signingDate: string, days: number): string {
  return days > 0 && days % 365 === 0
    ? addMonths(signingDate, (days / 365) * 12)
    : addDays(signingDate, days);
}

export function buildEsap(
  outcomes: readonly EsCheckOutcome[],
  checksById: ReadonlyMap<string, EsCheck>,
  documents: readonly DocumentStatus[],
  conditionHits: readonly { id: string; text: Text; note: string | null }[],
  signingDate: string | null,
): EsapItem[] {
  const permits = new Set(documents.filter((d) => d.permitKind !== null).map((d) => d.id));
  return mergeEsap(rawEsap(outcomes, checksById, documents, conditionHits, signingDate), (item) => {
    if (item.kind === 'document') return item.ref;
    // A finding whose first document is a permit is about that permit (e.g. fire safety).
    const first = checksById.get(item.ref)?.documents[0];
    return first !== undefined && permits.has(first) ? first : item.ref;
  });
}

const PRIORITY_RANK: Record<Priority, number> = { high: 3, medium: 2, low: 1 };
const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

function joinTexts(texts: readonly Text[]): Text {
  const distinct = (lang: 'en' | 'mn') => [...new Set(texts.map((t) => t[lang]))].join('; ');
  return { en: distinct('en'), mn: distinct('mn'), mnReviewed: texts.every((t) => t.mnReviewed) };
}

/**
 * One item per action: items with the same subject merge, keeping the strictest priority and
 * severity, the earliest deadline, any condition precedent and every source. The permit's own
 * item (if any) leads, so its id and wording stay.
 */
export function mergeEsap(
  items: readonly EsapItem[],
  subject: (i: EsapItem) => string,
): EsapItem[] {
  const groups = new Map<string, EsapItem[]>();
  for (const i of items) {
    const key = subject(i);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const out: EsapItem[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.push(group[0] as EsapItem);
      continue;
    }
    const sorted = group.sort(
      (a, b) => Number(b.kind === 'document') - Number(a.kind === 'document'),
    );
    const lead = sorted[0];
    if (!lead) continue;
    const deadlines = sorted
      .map((i) => i.deadline)
      .filter((d): d is string => d !== null)
      .sort();
    const days = sorted.map((i) => i.deadlineDays).filter((d): d is number => d !== null);
    const priority = sorted.reduce<Priority>(
      (p, i) => (PRIORITY_RANK[i.priority] > PRIORITY_RANK[p] ? i.priority : p),
      'low',
    );
    const severities = sorted.map((i) => i.severity).filter((s): s is Severity => s !== null);
    out.push({
      ...lead,
      issue: joinTexts(sorted.map((i) => i.issue)),
      action: joinTexts(sorted.map((i) => i.action)),
      covenant: sorted.find((i) => i.covenant !== null)?.covenant ?? null,
      priority,
      severity: severities.sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a])[0] ?? null,
      deadlineDays: days.length > 0 ? Math.min(...days) : null,
      deadline: deadlines[0] ?? null,
      conditionPrecedent: sorted.some((i) => i.conditionPrecedent) || priority === 'high',
      sources: [...new Set(sorted.flatMap((i) => i.sources))],
    });
  }
  return out;
}

function rawEsap(
  outcomes: readonly EsCheckOutcome[],
  checksById: ReadonlyMap<string, EsCheck>,
  documents: readonly DocumentStatus[],
  conditionHits: readonly { id: string; text: Text; note: string | null }[],
  signingDate: string | null,
): EsapItem[] {
  const items: EsapItem[] = [];
  for (const h of conditionHits) {
    items.push({
      id: `ESAP-${h.id}`,
      kind: 'exclusion',
      ref: h.id,
      issue: h.note ? tx(`${h.text.en} (${h.note})`, `${h.text.mn} (${h.note})`) : h.text,
      action: tx(
        `Remedy before disbursement: ${h.text.en}`,
        `Зээл олгохоос өмнө засах: ${h.text.mn}`,
      ),
      covenant: tx(
        'The borrower shall show the bank that this has been remedied before first disbursement and shall not let it recur during the loan term.',
        'Зээлдэгч анхны олголтоос өмнө үүнийг зассанаа банкинд нотлох ба зээлийн хугацаанд давтан гаргахгүй.',
      ),
      priority: 'high',
      severity: 'high',
      deadlineDays: 0,
      deadline: signingDate,
      conditionPrecedent: true,
      sources: [h.id],
    });
  }
  for (const o of outcomes) {
    if (o.status !== 'finding') continue;
    const check = checksById.get(o.id);
    if (!check) continue;
    const priority = o.severityLowered ? lowerPriority(check.esapPriority) : check.esapPriority;
    items.push({
      id: `ESAP-${check.id}`,
      kind: 'finding',
      ref: check.id,
      issue: check.question,
      action: check.esapAction,
      covenant: check.covenant,
      priority,
      severity: o.severity,
      deadlineDays: check.deadlineDays,
      deadline: signingDate ? esapDeadline(signingDate, check.deadlineDays) : null,
      conditionPrecedent: priority === 'high',
      sources: [check.id],
    });
  }
  for (const d of documents) {
    if (d.permitKind === null) continue;
    if (d.state === 'missing' || d.state === 'expired') {
      items.push({
        id: `ESAP-${d.id}`,
        kind: 'document',
        ref: d.id,
        issue: tx(
          `${d.title.en}: ${d.state === 'missing' ? 'not on file' : `expired ${onDate(d.expiresOn ?? '', 'en')}`}`,
          `${d.title.mn}: ${d.state === 'missing' ? 'бүртгэлгүй' : `${onDate(d.expiresOn ?? '', 'mn')} хугацаа дууссан`}`,
        ),
        action: tx(`Obtain or renew: ${d.title.en}`, `Авах эсвэл сунгах: ${d.title.mn}`),
        covenant: tx(
          `The borrower shall hold a valid ${d.title.en} before disbursement and keep it valid for the loan term.`,
          `Зээлдэгч зээл олгохоос өмнө хүчинтэй ${d.title.mn}-тэй байж, зээлийн хугацаанд хүчинтэй байлгана.`,
        ),
        priority: 'high',
        severity: 'high',
        deadlineDays: 0,
        deadline: signingDate,
        conditionPrecedent: true,
        sources: [d.id],
      });
    } else if (d.state === 'expiring_soon') {
      items.push({
        id: `ESAP-${d.id}`,
        kind: 'document',
        ref: d.id,
        issue: tx(
          `${d.title.en}: expires ${onDate(d.expiresOn ?? '', 'en')}`,
          `${d.title.mn}: ${onDate(d.expiresOn ?? '', 'mn')} дуусна`,
        ),
        action: tx(
          `Renew before expiry: ${d.title.en}`,
          `Хугацаа дуусахаас өмнө сунгах: ${d.title.mn}`,
        ),
        covenant: null,
        priority: 'medium',
        severity: 'medium',
        deadlineDays: null,
        deadline: d.expiresOn,
        conditionPrecedent: false,
        sources: [d.id],
      });
    }
  }
  return items;
}
