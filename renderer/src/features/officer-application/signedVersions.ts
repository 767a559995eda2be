import { signOffSchema, type SignOff } from '../../../../shared/officer-record/signOff';
import type { AssessmentVersion } from '../../db/repositories/assessmentHistory';

export interface SignedVersion {
  version: number;
  s: SignOff;
}

/** The versions that carry a sign-off, oldest first (drafts and older records carry none). */
export function signedVersions(history: readonly AssessmentVersion[] | undefined): SignedVersion[] {
  return (history ?? [])
    .map((v) => ({ version: v.version, parsed: signOffSchema.safeParse(v.results) }))
    .flatMap((v) => (v.parsed.success ? [{ version: v.version, s: v.parsed.data }] : []));
}
