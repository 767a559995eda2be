import type { CriteriaPack } from '../../../../shared/catalogue/types';
import type { ApplicationPackage } from '../../../../shared/package/schema';
import { useLiveRead } from '../../db/hooks/useLiveRead';
import { screeningPackFor } from '../../db/repositories/screeningPack';

/**
 * The pack an exercise scores a demo company with: the one the officer's screen of that company
 * uses (screeningPackFor → shared resolveScreeningPack: its pinned screening, else the bank's pack
 * chosen for new screenings, else the package's own), so the workshop's answer is the screen's.
 * Undefined while the first read runs.
 */
export function useExercisePack(pkg: ApplicationPackage | undefined): CriteriaPack | undefined {
  const orgId = pkg?.organisation.id;
  const packId = pkg?.packId;
  const packVersion = pkg?.packVersion;
  return useLiveRead(
    async () =>
      orgId && packId && packVersion
        ? (await screeningPackFor(orgId, { packId, packVersion })).pack
        : undefined,
    [orgId, packId, packVersion],
  );
}
