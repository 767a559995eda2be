// Stores an accepted submission in the officer's own install, all in ONE transaction:
// the package (organisation, periods, assessments, project, actions, evidence), the portfolio
// entry with its digest and import history, and a copy of the package as imported so the next
// re-submission can show exactly what the MSME changed.
// Thin adapter over the data layer (importPackage, recordApplicationImport); the copy is a
// settings row, the only direct table write here.
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { scorePackage } from '../../../../shared/engine/scorePackage';
import {
  applicationPackageSchema,
  type ApplicationPackage,
} from '../../../../shared/package/schema';
import { packageDigest } from '../../../../shared/workbook';
import { db as defaultDb, type GreenThreadDb } from '../../db/db';
import { importPackage } from '../../db/package/importPackage';
import { recordApplicationImport } from '../../db/repositories/applications';
import { getProject } from '../../db/repositories/projects';
import type { ApplicationRow } from '../../db/types';

export function lastImportKey(orgId: string): string {
  return `officer:lastImport:${orgId}`;
}

export async function getLastImport(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<ApplicationPackage | undefined> {
  const row = await database.settings.get(lastImportKey(orgId));
  if (!row) return undefined;
  const parsed = applicationPackageSchema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

export interface StoreOptions {
  fileName: string;
  /** The organisation already in the install this submission belongs to, if any. */
  existingOrgId?: string;
}

export async function storeSubmission(
  pkg: ApplicationPackage,
  options: StoreOptions,
  database: GreenThreadDb = defaultDb,
): Promise<ApplicationRow> {
  // A re-submission matched by registration number lands on the organisation already here.
  let target: ApplicationPackage = options.existingOrgId
    ? { ...pkg, organisation: { ...pkg.organisation, id: options.existingOrgId } }
    : pkg;
  const results = scorePackage(target, ACTIVE_PACK);
  const digest = packageDigest(pkg);
  return database.transaction('rw', database.tables, async () => {
    const before = options.existingOrgId
      ? await database.applications.where('orgId').equals(options.existingOrgId).first()
      : undefined;
    // The officer's green decision and verification belong to the bank's copy: a re-submitted
    // project (the MSME's new figures) keeps them unless the MSME's file carries its own.
    const kept = options.existingOrgId
      ? await getProject(options.existingOrgId, database)
      : undefined;
    if (target.project && kept) {
      target = {
        ...target,
        project: {
          ...target.project,
          ...(target.project.decision || !kept.decision ? {} : { decision: kept.decision }),
          ...(target.project.verification || !kept.verification
            ? {}
            : { verification: kept.verification }),
        },
      };
    }
    // merge keeps the officer's own screening of an earlier submission; the MSME's values win.
    const imported = await importPackage(
      target,
      { mode: options.existingOrgId ? 'merge' : 'new' },
      database,
    );
    const row = await recordApplicationImport(
      {
        orgId: imported.orgId,
        // The officer's loan amount, once set, is not overwritten by a re-submission.
        amountMnt: before?.amountMnt ?? target.project?.investmentMnt ?? 0,
        womenLed: results.womenLed.flag,
        digest,
        fileName: options.fileName.slice(0, 500),
        // A re-submission keeps the officer's screening outcome on the portfolio row.
        ...(before?.status ? { status: before.status } : {}),
        category: before?.category ?? results.es.finalCategory,
        ...(before?.greenDecision ? { greenDecision: before.greenDecision } : {}),
        ...(before?.taxonomyCode
          ? { taxonomyCode: before.taxonomyCode }
          : target.project
            ? { taxonomyCode: target.project.taxonomyCode }
            : {}),
      },
      database,
    );
    await database.settings.put({
      key: lastImportKey(imported.orgId),
      value: { ...target, organisation: { ...target.organisation, id: imported.orgId } },
    });
    return row;
  });
}
