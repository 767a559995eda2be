/** A permit is flagged this many days before it expires: time to apply for renewal. */
export const EXPIRY_WARNING_DAYS = 90;

export type PermitState = 'noExpiry' | 'valid' | 'expiring' | 'expired';

export interface PermitExpiry {
  state: PermitState;
  /** Days from `today` to the expiry date (negative once expired); null without a date. */
  daysLeft: number | null;
}

function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

/** Dates are calendar dates (YYYY-MM-DD); a permit is still valid on its expiry day. */
export function permitExpiry(expiresOn: string | undefined, today: string): PermitExpiry {
  const end = expiresOn ? dayNumber(expiresOn) : null;
  const now = dayNumber(today);
  if (end === null || now === null) return { state: 'noExpiry', daysLeft: null };
  const daysLeft = end - now;
  if (daysLeft < 0) return { state: 'expired', daysLeft };
  if (daysLeft <= EXPIRY_WARNING_DAYS) return { state: 'expiring', daysLeft };
  return { state: 'valid', daysLeft };
}
