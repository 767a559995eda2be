// Checks the officer must look at again because the company changed a declaration behind
// them in a re-submission (written by the officer's import, cleared by a new confirmation).
import { writeTransaction } from '../audit';
import {
  declarationFlagsSchema,
  type DeclarationFlags,
} from '../../../../shared/officer-record/declarationChanges';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { getOrganisationSetting, putOrganisationSetting } from './organisationSettings';

/** {} when none; a row that no longer parses counts as none rather than breaking the screen. */
export async function getDeclarationFlags(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<DeclarationFlags> {
  const value = await getOrganisationSetting(orgId, 'declarationFlags', database);
  const parsed = declarationFlagsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

export function setDeclarationFlags(
  orgId: string,
  flags: DeclarationFlags,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  // Its own transaction when called alone, so the change reaches the bank server's outbox with it.
  return writeTransaction(database, [database.organisationSettings], () =>
    putOrganisationSetting(orgId, 'declarationFlags', flags, database),
  );
}
