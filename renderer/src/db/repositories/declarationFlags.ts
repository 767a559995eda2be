// Checks the officer must look at again because the company changed a declaration behind
// them in a re-submission (written by the officer's import, cleared by a new confirmation).
import {
  declarationFlagsSchema,
  type DeclarationFlags,
} from '../../../../shared/officer-record/declarationChanges';
import { db as defaultDb, type GreenThreadDb } from '../db';

export function declarationFlagsKey(orgId: string): string {
  return `officer:declarationFlags:${orgId}`;
}

/** {} when none; a row that no longer parses counts as none rather than breaking the screen. */
export async function getDeclarationFlags(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<DeclarationFlags> {
  const row = await database.settings.get(declarationFlagsKey(orgId));
  const parsed = declarationFlagsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : {};
}
