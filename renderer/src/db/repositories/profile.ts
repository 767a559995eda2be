import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { validate } from '../errors';
import { profileSchema } from '../rowSchemas';
import type { Profile } from '../types';

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
  return writeTransaction(database, [database.settings], async () => {
    const before = (await database.settings.get(KEY))?.value;
    await database.settings.put({ key: KEY, value: parsed });
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
