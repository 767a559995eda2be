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

/** A pack named by id and version, as an assessment pins it. */
export interface PackRef {
  packId: string;
  packVersion: string;
}

/** The packs an installation holds besides the shipped ones, and the one new screenings use. */
export interface PackSetting {
  /** A bank's own packs (loaded from a file or published by its server), already checked. */
  held: readonly CriteriaPack[];
  /** The pack chosen for new screenings; null: the package's own (the shipped pack). */
  chosen: PackRef | null;
}

export const NO_BANK_PACKS: PackSetting = { held: [], chosen: null };

/**
 * The pack an officer's screening of a package is scored with, through resolvePack:
 * - the pack its screening is pinned to, once the officer has screened it (a later choice never
 *   moves an existing assessment);
 * - otherwise the pack chosen for new screenings (a bank's own), when there is one;
 * - otherwise the pack the package names.
 * The desktop's screens, the officer's import and the CLI's --pack all ask this one function.
 */
export function resolveScreeningPack(
  declared: PackRef,
  pinned: PackRef | null,
  setting: PackSetting,
): PackChoice {
  const ref = pinned ?? setting.chosen ?? declared;
  // Held packs first: the CLI's --pack file is used as given even under a shipped id and version
  // (the desktop never holds one: storeBankPack refuses changed content under a shipped version).
  return resolvePack(ref.packId, ref.packVersion, [...setting.held, ...PACKS]);
}

/** The pack new assessments pin, by id and version: the active one. */
export const NEW_ASSESSMENT_PACK = { packId: ACTIVE_PACK.id, packVersion: ACTIVE_PACK.version };
