import type { CriteriaPack } from '../../../../shared/catalogue/types';
import { scorePackage } from '../../../../shared/engine/scorePackage';
import type { PackageResults } from '../../../../shared/engine/types';
import type { Language } from '../../../../shared/package/enums';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type ApplicationPackage,
  type EsScreening,
  type GreenProject,
  type Organisation,
  type PeriodData,
} from '../../../../shared/package/schema';

/**
 * Scores the what-if project exactly as the bank will: an in-memory package of the organisation,
 * its periods (for the women-staff share) and its E&S screening (for the gate), run through the
 * same engine that scores an exported package. Nothing is stored.
 */
export function evaluateProject(input: {
  organisation: Organisation;
  periods: readonly PeriodData[];
  es: EsScreening | undefined;
  project: GreenProject;
  pack: CriteriaPack;
  language: Language;
  /** YYYY-MM-DD: permits are checked against this day. */
  asOf: string;
}): PackageResults {
  const pkg: ApplicationPackage = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    packId: input.pack.id,
    packVersion: input.pack.version,
    appVersion: 'what-if',
    createdAt: `${input.asOf}T00:00:00.000Z`,
    preparedBy: '',
    language: input.language,
    organisation: input.organisation,
    periods: [...input.periods],
    ...(input.es ? { es: input.es } : {}),
    project: input.project,
    actions: [],
    evidence: [],
  };
  return scorePackage(pkg, input.pack, { asOf: input.asOf });
}
