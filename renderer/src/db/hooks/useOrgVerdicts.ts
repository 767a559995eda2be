import { useLiveQuery } from 'dexie-react-hooks';
import { packToShow } from '../../../../shared/catalogue/resolvePack';
import type { CriteriaPack } from '../../../../shared/catalogue/types';
import { packageVerdicts, type PackageVerdicts } from '../../../../shared/engine/dataVerdicts';
import type { ApplicationPackage } from '../../../../shared/package/schema';
import { exportPackage } from '../package/exportPackage';

export interface OrgVerdicts {
  pkg: ApplicationPackage;
  pack: CriteriaPack;
  verdicts: PackageVerdicts;
}

/**
 * The organisation as the bank would receive it (its package) and what its own records decide,
 * read live: every screen that scores answers passes `verdicts.data` to scoreVcp, so no screen
 * scores a declaration the data contradicts. null when the package cannot be built (no such
 * organisation, or a stored row that fails validation); undefined while loading.
 */
export function useOrgVerdicts(orgId: string | undefined): OrgVerdicts | null | undefined {
  return useLiveQuery(async () => {
    if (!orgId) return null;
    try {
      const pkg = await exportPackage(orgId);
      const pack = packToShow(pkg.packId, pkg.packVersion);
      return { pkg, pack, verdicts: packageVerdicts(pkg, pack) };
    } catch {
      return null;
    }
  }, [orgId]);
}
