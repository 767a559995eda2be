// The officer's loan terms as the screens read them. The row itself is read live through
// db/hooks/useApplications.ts (useApplicationRow); writes go through repositories/applications.ts.

export interface LoanTerms {
  /** YYYY-MM-DD; ESAP deadlines count from it. null until the officer sets it. */
  signingDate: string | null;
  termYears: number;
}
