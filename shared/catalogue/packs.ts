import { PACK_V1 } from './pack-v1';
import type { CriteriaPack } from './types';
import { compareVersions } from './version';

/** Every pack shipped with the app, oldest first. Assessments pin a pack id + version. */
export const PACKS: readonly CriteriaPack[] = [PACK_V1];

/** The pack new assessments use. */
export const ACTIVE_PACK: CriteriaPack = PACK_V1;

/** The shipped pack with this id and version, or undefined (e.g. a bank's own pack file). */
export function getPack(id: string, version: string): CriteriaPack | undefined {
  return PACKS.find((p) => p.id === id && p.version === version);
}

export type PackChoice =
  { ok: true; pack: CriteriaPack; exact: boolean } | { ok: false; reason: string };

/**
 * The pack to score a package with. A newer version of a pack this app ships is refused: its
 * criteria and thresholds are unknown here, and scoring it with the older pack would mislead.
 * A pack id this app does not know (a bank's own pack) is scored with the active pack.
 */
export function packForPackage(packId: string, packVersion: string): PackChoice {
  const exact = getPack(packId, packVersion);
  if (exact) return { ok: true, pack: exact, exact: true };
  const sameId = PACKS.filter((p) => p.id === packId);
  if (sameId.some((p) => compareVersions(packVersion, p.version) > 0)) {
    const newest =
      sameId
        .map((p) => p.version)
        .sort(compareVersions)
        .at(-1) ?? '';
    return {
      ok: false,
      reason: `criteria pack ${packId} ${packVersion} is newer than this app knows (${newest}); update GreenThread to read it`,
    };
  }
  return { ok: true, pack: ACTIVE_PACK, exact: false };
}
