import { useLiveRead } from '../../db/hooks/useLiveRead';
import { useMemo } from 'react';
import type { CriteriaPack } from '../../../../shared/catalogue/types';
import { scorePackage } from '../../../../shared/engine/scorePackage';
import type { PackageResults } from '../../../../shared/engine/types';
import type { GreenResult } from '../../../../shared/scoring/green';
import type { ApplicationPackage } from '../../../../shared/package/schema';
import type { DeclarationFlags } from '../../../../shared/officer-record/declarationChanges';
import { useAssessment } from '../../db/hooks/useAssessment';
import { getDeclarationFlags } from '../../db/repositories/declarationFlags';
import { getLastImport } from '../../db/repositories/lastImport';
import { screeningPackFor } from '../../db/repositories/screeningPack';
import { exportPackage } from '../../db/package/exportPackage';
import type { ApplicationRow, AssessmentRow } from '../../db/types';
import { useApplicationRow } from '../../db/hooks/useApplications';
import { DEFAULT_TERM_YEARS } from '../../../../shared/portfolio/applicationSummary';
import type { LoanTerms } from './applicationStore';
import { useToday } from '../../lib/useToday';

export interface ApplicationData {
  app: ApplicationRow;
  /** The organisation's data as it stands in this install, officer's screening included. */
  pkg: ApplicationPackage;
  /** The pack the screening uses: pinned once screened, else the one chosen for new screenings. */
  pack: CriteriaPack;
  terms: LoanTerms;
  results: PackageResults;
  /** The green result on the projected figures, when measured ones replaced them. */
  promised: GreenResult | null;
  esAssessment: AssessmentRow | null;
  /** The company's submission as last imported: its declarations ("Company says"). */
  declared: ApplicationPackage | null;
  /** Checks sent back to the officer because a declaration behind them changed. */
  flags: DeclarationFlags;
  today: string;
}

export type ApplicationState =
  { state: 'loading' } | { state: 'missing' } | ({ state: 'ready' } & ApplicationData);

export function useApplicationData(applicationId: string): ApplicationState {
  const app = useApplicationRow(applicationId);
  const signingDate = app?.signingDate ?? null;
  const termYears = app?.termYears ?? DEFAULT_TERM_YEARS;
  // By value: a row update that leaves the terms alone (status, category) must not re-score.
  const terms = useMemo<LoanTerms>(() => ({ signingDate, termYears }), [signingDate, termYears]);
  const orgId = app?.orgId;
  // Live: any write to the organisation's data (screening, project, actions) re-scores.
  // An export error is thrown into the page's error boundary: swallowing it into null made a
  // listed application say it was not in the portfolio.
  const pkg = useLiveRead(async () => (orgId ? await exportPackage(orgId) : null), [orgId]);
  const esAssessment = useAssessment(orgId, 'es');
  const record = useLiveRead(
    async () =>
      orgId
        ? {
            declared: (await getLastImport(orgId)) ?? null,
            flags: await getDeclarationFlags(orgId),
          }
        : null,
    [orgId],
  );
  const packId = pkg?.packId;
  const packVersion = pkg?.packVersion;
  // Live: choosing another pack, or the first screening pinning one, re-scores.
  const packChoice = useLiveRead(
    async () =>
      orgId && packId && packVersion
        ? await screeningPackFor(orgId, { packId, packVersion })
        : null,
    [orgId, packId, packVersion],
  );
  // The day moves on at midnight: what is overdue and the permits' days left follow it.
  const today = useToday();
  const computed = useMemo(() => {
    if (!pkg || !packChoice) return null;
    const pack = packChoice.pack;
    const options = {
      asOf: today,
      ...(terms.signingDate ? { signingDate: terms.signingDate } : {}),
    };
    const results = scorePackage(pkg, pack, options);
    let promised: GreenResult | null = null;
    if (pkg.project?.verification) {
      const projected = { ...pkg.project };
      delete projected.verification;
      promised = scorePackage({ ...pkg, project: projected }, pack, options).green;
    }
    return { pack, results, promised };
  }, [pkg, packChoice, terms, today]);

  if (app === undefined) return { state: 'loading' };
  if (app === null) return { state: 'missing' };
  if (
    pkg === undefined ||
    esAssessment === undefined ||
    record === undefined ||
    packChoice === undefined
  )
    return { state: 'loading' };
  if (pkg === null || computed === null) return { state: 'missing' };
  return {
    state: 'ready',
    app,
    pkg,
    terms,
    esAssessment,
    declared: record?.declared ?? null,
    flags: record?.flags ?? {},
    today,
    ...computed,
  };
}
