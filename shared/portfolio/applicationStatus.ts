// Where an application stands with the bank. Declined and returned applications are closed:
// their amounts are never added to what the bank is lending or considering.
export const APPLICATION_STATUSES = [
  'received',
  'in_review',
  'approved',
  'declined',
  'returned',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Received, in review or approved: the applications whose amounts make up the portfolio. */
export function isLive(status: ApplicationStatus): boolean {
  return status !== 'declined' && status !== 'returned';
}
