import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { validate } from '../errors';
import { profileSchema } from '../rowSchemas';
import type { Profile } from '../types';
import { expectRev, nextRev, revOf } from './recordVersion';

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
export function saveProfile(
  profile: Profile,
  database: GreenThreadDb = defaultDb,
): Promise<Profile> {
  return writeProfile(profile, undefined, database);
}

/** The stored profile's record version (0 before the first save), for saveProfileIfUnchanged. */
export async function getProfileRev(database: GreenThreadDb = defaultDb): Promise<number> {
  return revOf(await database.settings.get(KEY));
}

/** Like saveProfile, but refused with ConflictError unless the stored profile is at `expectedRev`. */
export function saveProfileIfUnchanged(
  profile: Profile,
  expectedRev: number,
  database: GreenThreadDb = defaultDb,
): Promise<Profile> {
  return writeProfile(profile, expectedRev, database);
}

async function writeProfile(
  profile: Profile,
  expectedRev: number | undefined,
  database: GreenThreadDb,
): Promise<Profile> {
  const parsed = validate(profileSchema, profile, 'The profile');
  return writeTransaction(database, [database.settings], async () => {
    const row = await database.settings.get(KEY);
    expectRev(row, expectedRev, 'The profile');
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
