import type { EsCheck, Text } from '../catalogue/types';
import type { Priority, Severity } from '../package/enums';
import { addDays } from './dates';
import type { DocumentStatus } from './esDocuments';
import type { EsCheckOutcome } from './esChecks';
import { lowerPriority } from './esRules';

export interface EsapItem {
  id: string;
  kind: 'finding' | 'document';
  /** The E&S check or required-document id it comes from. */
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
}

const tx = (en: string, mn: string): Text => ({ en, mn, mnReviewed: false });

/** ESAP items: one per finding, one per missing/expired permit, one per permit expiring soon. */
export function buildEsap(
  outcomes: readonly EsCheckOutcome[],
  checksById: ReadonlyMap<string, EsCheck>,
  documents: readonly DocumentStatus[],
  signingDate: string | null,
): EsapItem[] {
  const items: EsapItem[] = [];
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
      deadline: signingDate ? addDays(signingDate, check.deadlineDays) : null,
      conditionPrecedent: priority === 'high',
    });
  }
  for (const d of documents) {
    if (d.permitKind === null) continue;
    if (d.state === 'missing' || d.state === 'expired') {
      items.push({
        id: `ESAP-DOC-${d.id}`,
        kind: 'document',
        ref: d.id,
        issue: tx(
          `${d.title.en}: ${d.state === 'missing' ? 'not on file' : `expired on ${d.expiresOn ?? ''}`}`,
          `${d.title.mn}: ${d.state === 'missing' ? 'бүртгэлгүй' : `хугацаа дууссан (${d.expiresOn ?? ''})`}`,
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
      });
    } else if (d.state === 'expiring_soon') {
      items.push({
        id: `ESAP-DOC-${d.id}`,
        kind: 'document',
        ref: d.id,
        issue: tx(
          `${d.title.en}: expires on ${d.expiresOn ?? ''}`,
          `${d.title.mn}: ${d.expiresOn ?? ''}-нд дуусна`,
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
      });
    }
  }
  return items;
}
