import { ACTIVE_PACK, PACKS } from './packs';
import type { CriteriaPack } from './types';
import { compareVersions } from './version';

/**
 * The pack a package or a stored assessment is scored with:
 * - exact: the pack it names, when this app ships that id and version;
 * - ok, not exact (`note` says so in words): a pack id this app does not know (a bank's own
 *   pack) or an older version of a shipped one is scored with the active pack;
 * - refused: a newer version of a shipped pack, whose criteria and thresholds are unknown here,
 *   so scoring it with the older pack would mislead.
 */
export type PackChoice =
  | { ok: true; pack: CriteriaPack; exact: true }
  | { ok: true; pack: CriteriaPack; exact: false; note: string }
  | { ok: false; reason: string };

/** One policy for every reader: the import, the officer's screens, the CLI and the workbook. */
export function resolvePack(
  packId: string,
  packVersion: string,
  packs: readonly CriteriaPack[] = PACKS,
  active: CriteriaPack = ACTIVE_PACK,
): PackChoice {
  const exact = packs.find((p) => p.id === packId && p.version === packVersion);
  if (exact) return { ok: true, pack: exact, exact: true };
  const sameId = packs.filter((p) => p.id === packId);
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
  return {
    ok: true,
    pack: active,
    exact: false,
    note: `criteria pack ${packId} ${packVersion} is not shipped with this app; scored with ${active.id} ${active.version}`,
  };
}

/**
 * The pack a screen shows a stored assessment or package with: the one resolvePack chooses, or
 * the active pack when the named one is newer than this app (the screen cannot refuse to open).
 */
export function packToShow(packId: string, packVersion: string): CriteriaPack {
  const choice = resolvePack(packId, packVersion);
  return choice.ok ? choice.pack : ACTIVE_PACK;
}

/** The pack new assessments pin, by id and version: the active one. */
export const NEW_ASSESSMENT_PACK = { packId: ACTIVE_PACK.id, packVersion: ACTIVE_PACK.version };
