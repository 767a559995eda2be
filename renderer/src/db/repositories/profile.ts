import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { NotFoundError, validate } from '../errors';
import { profileSchema } from '../rowSchemas';
import type { Profile } from '../types';
import { checkBasis, nextRev, revOf, withPatch, type Basis } from './recordVersion';

const KEY = 'profile';

export async function getProfile(
  database: GreenThreadDb = defaultDb,
): Promise<Profile | undefined> {
  const row = await database.settings.get(KEY);
  const parsed = profileSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Saves the local profile. The language is also written to the 'language' setting the shell
 * reads at start-up, so the two never disagree.
 */
export async function saveProfile(
  profile: Profile,
  database: GreenThreadDb = defaultDb,
): Promise<Profile> {
  const parsed = validate(profileSchema, profile, 'The profile');
  return writeProfile(() => parsed, undefined, database);
}

/** The stored profile's record version (0 before the first save), for saveProfileIfUnchanged. */
export async function getProfileRev(database: GreenThreadDb = defaultDb): Promise<number> {
  return revOf(await database.settings.get(KEY));
}

/** Like saveProfile, but refused with ConflictError unless the stored profile is at `expectedRev`. */
export async function saveProfileIfUnchanged(
  profile: Profile,
  expectedRev: number,
  database: GreenThreadDb = defaultDb,
): Promise<Profile> {
  const parsed = validate(profileSchema, profile, 'The profile');
  return writeProfile(() => parsed, { rev: expectedRev }, database);
}

/**
 * Writes only `patch`'s fields over the stored profile, refused with ConflictError (carrying the
 * stored settings row) unless each still holds its value in `base`, the copy the form showed:
 * a name another window changed is never overwritten unseen, other fields still merge.
 */
export function saveProfileFields(
  base: Partial<Profile>,
  patch: Partial<Profile>,
  database: GreenThreadDb = defaultDb,
): Promise<Profile> {
  return writeProfile(
    (current) => {
      if (!current) throw new NotFoundError('There is no profile to change yet.');
      return withPatch(current, patch);
    },
    { fields: base },
    database,
  );
}

async function writeProfile(
  next: (current: Profile | undefined) => Profile,
  basis: Basis<Profile>,
  database: GreenThreadDb,
): Promise<Profile> {
  return writeTransaction(database, [database.settings], async () => {
    const row = await database.settings.get(KEY);
    const stored = profileSchema.safeParse(row?.value);
    const current = stored.success ? stored.data : undefined;
    await checkBasis(database, null, row, current, basis, 'The profile');
    const parsed = validate(profileSchema, next(current), 'The profile');
    const before = row?.value;
    await database.settings.put({ key: KEY, value: parsed, rev: nextRev(row) });
    await database.settings.put({ key: 'language', value: parsed.language });
    await recordAudit(database, {
      entity: 'profile',
      entityId: KEY,
      action: before ? 'update' : 'create',
      before,
      after: parsed,
    });
    return parsed;
  });
}
