import type { NormalisedPeriod } from '../calc/canonical';
import { prepareIndicators } from '../calc/periods';
import type { CriteriaPack } from '../catalogue/types';
import { factorsFor } from '../factors/resolve';
import { packageDay } from '../package/calendarDay';
import type { ApplicationPackage } from '../package/schema';
import {
  dataFacts,
  heldLinks,
  verdicts,
  type DataVerdicts,
  type HeldLink,
} from '../scoring/dataLinks';
import type { DocumentStatus } from '../scoring/esDocuments';
import { requiredDocuments } from '../scoring/es';
import type { ScoreOptions } from './types';

/** What the firm's own records decide, before any declaration is scored (data before declarations). */
export interface PackageVerdicts {
  asOf: string;
  documents: DocumentStatus[];
  held: HeldLink[];
  data: DataVerdicts;
}

export function judgeData(
  pkg: ApplicationPackage,
  pack: CriteriaPack,
  normalised: readonly NormalisedPeriod[],
  asOf: string,
): PackageVerdicts {
  const documents = requiredDocuments(pkg, pack, asOf);
  const held = heldLinks(pack, dataFacts(normalised, documents), asOf);
  return { asOf, documents, held, data: verdicts(held) };
}

/**
 * The data verdicts scorePackage applies, for a screen that scores answers still being typed
 * (the self-assessment's draft): scoreVcp(pack, processes, draft, verdicts.data) then gives the
 * same result scorePackage would for the same answers, so the dashboard and the VCP page agree.
 */
export function packageVerdicts(
  pkg: ApplicationPackage,
  pack: CriteriaPack,
  options: ScoreOptions = {},
): PackageVerdicts {
  const asOf = options.asOf ?? packageDay(pkg);
  const prepared = prepareIndicators(
    pkg.periods,
    pkg.organisation.processes,
    factorsFor(pkg.factorOverrides),
  );
  return judgeData(pkg, pack, prepared.normalised, asOf);
}
