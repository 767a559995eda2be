import type { RequiredDocument, Text } from '../catalogue/types';
import type { PermitKind } from '../package/enums';
import type { EsScreening, Organisation, Permit } from '../package/schema';
import { daysBetween } from './dates';
import { EXPIRY_WARNING_DAYS } from './esRules';

export type DocumentState =
  'valid' | 'expiring_soon' | 'expired' | 'missing' | 'received' | 'not_received';

export interface DocumentStatus {
  id: string;
  title: Text;
  permitKind: PermitKind | null;
  state: DocumentState;
  /** The officer has the document in hand (EsScreening.documentsReceived). */
  received: boolean;
  permitId: string | null;
  expiresOn: string | null;
  /** Days from asOf to expiry (negative when expired); null when no expiry. */
  daysToExpiry: number | null;
  /** Something the officer still has to obtain: missing/expired permit or a document not received. */
  outstanding: boolean;
}

/** The permit of a kind that lasts longest (no expiry beats any date). */
function bestPermit(permits: readonly Permit[], kind: PermitKind): Permit | undefined {
  let best: Permit | undefined;
  for (const p of permits) {
    if (p.kind !== kind) continue;
    if (!best) best = p;
    else if (
      best.expiresOn !== undefined &&
      (p.expiresOn === undefined || p.expiresOn > best.expiresOn)
    )
      best = p;
  }
  return best;
}

export function documentStatuses(
  docs: readonly RequiredDocument[],
  org: Organisation,
  screening: EsScreening | undefined,
  asOf: string,
): DocumentStatus[] {
  const received = new Set(screening?.documentsReceived ?? []);
  return docs.map((doc) => {
    const isReceived = received.has(doc.id);
    if (!doc.permitKind) {
      return {
        id: doc.id,
        title: doc.title,
        permitKind: null,
        state: isReceived ? 'received' : 'not_received',
        received: isReceived,
        permitId: null,
        expiresOn: null,
        daysToExpiry: null,
        outstanding: !isReceived,
      };
    }
    const permit = bestPermit(org.permits, doc.permitKind);
    const days = permit?.expiresOn !== undefined ? daysBetween(asOf, permit.expiresOn) : null;
    const state: DocumentState = !permit
      ? 'missing'
      : days !== null && days < 0
        ? 'expired'
        : days !== null && days <= EXPIRY_WARNING_DAYS
          ? 'expiring_soon'
          : 'valid';
    return {
      id: doc.id,
      title: doc.title,
      permitKind: doc.permitKind,
      state,
      received: isReceived,
      permitId: permit?.id ?? null,
      expiresOn: permit?.expiresOn ?? null,
      daysToExpiry: days,
      outstanding: state === 'missing' || state === 'expired',
    };
  });
}
