import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { demoPackages } from '../../../../shared/demo';
import { db as defaultDb, type GreenThreadDb } from '../../db/db';
import { importPackage } from '../../db/package/importPackage';

/** Writes (or rewrites) the four workshop demo companies; returns their organisation ids. */
export async function seedDemoCompanies(database: GreenThreadDb = defaultDb): Promise<string[]> {
  const ids: string[] = [];
  for (const pkg of demoPackages(ACTIVE_PACK)) {
    await importPackage(pkg, { mode: 'replace' }, database);
    await database.organisations.update(pkg.organisation.id, { isDemo: true });
    ids.push(pkg.organisation.id);
  }
  return ids;
}
