import { resolvePack } from '../../../../shared/catalogue/resolvePack';
import type { ApplicationPackage } from '../../../../shared/package/schema';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  factorOverridesSchema,
} from '../../../../shared/package/schema';
import { recordAudit } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { validate } from '../errors';
import { putPeriods } from '../repositories/periods';
import { addEvidenceRef, linkEvidence } from '../repositories/evidence';
import { saveOrganisation, newId } from '../repositories/organisations';
import { putOrganisationSetting } from '../repositories/organisationSettings';
import { getProject, saveProject } from '../repositories/projects';
import { saveAction } from '../repositories/actions';
import type { EvidenceTarget } from '../types';
import { importEs, importVcp, type ImportMode } from './importAssessments';
import { clearOrganisationData } from './clearOrganisationData';

export interface ImportResult {
  orgId: string;
  /** True when mode 'new' met an existing organisation id and imported as a copy under a new id. */
  renamedId: boolean;
  periods: number;
  actions: number;
  evidence: number;
}

function evidenceUses(pkg: ApplicationPackage): { sha: string; target: EvidenceTarget }[] {
  const uses: { sha: string; target: EvidenceTarget }[] = [];
  for (const [itemId, a] of Object.entries(pkg.vcp?.answers ?? {})) {
    for (const sha of a.evidence ?? []) uses.push({ sha, target: { kind: 'answer', itemId } });
  }
  for (const p of pkg.periods) {
    for (const [metricId, v] of Object.entries(p.values)) {
      for (const sha of v.evidence ?? []) {
        uses.push({
          sha,
          target: { kind: 'metric', metricId: metricId as keyof typeof p.values, period: p.period },
        });
      }
    }
  }
  for (const a of pkg.actions) {
    for (const sha of a.evidence ?? [])
      uses.push({ sha, target: { kind: 'action', actionId: a.id } });
  }
  return uses;
}

/**
 * Writes a package into the database in ONE transaction: organisation, periods, assessments,
 * project, actions and evidence references. Any invalid row or failed write rolls back all of it.
 * - new: a new organisation (a copy under a fresh id when the id already exists);
 * - replace: the organisation's data is replaced by the package's (the audit trail is kept);
 * - merge: the package's values win where both have one; everything else is kept.
 */
export async function importPackage(
  pkg: ApplicationPackage,
  options: { mode: ImportMode },
  database: GreenThreadDb = defaultDb,
): Promise<ImportResult> {
  if (pkg.format !== PACKAGE_FORMAT || pkg.formatVersion !== PACKAGE_FORMAT_VERSION) {
    throw new Error(
      `This is not a GreenThread application package of format version ${String(PACKAGE_FORMAT_VERSION)}.`,
    );
  }
  const choice = resolvePack(pkg.packId, pkg.packVersion);
  if (!choice.ok) throw new Error(`This package cannot be imported: ${choice.reason}.`);
  const mode = options.mode;
  const tables = database.tables;
  return database.transaction('rw', tables, async () => {
    const exists = (await database.organisations.get(pkg.organisation.id)) !== undefined;
    const renamedId = mode === 'new' && exists;
    const orgId = renamedId ? newId('org') : pkg.organisation.id;
    if (mode === 'replace' && exists) await clearOrganisationData(database, orgId);

    await saveOrganisation({ ...pkg.organisation, id: orgId }, {}, database);
    // Importing an organisation that sits in the trash brings it back into view.
    if ((await database.organisations.get(orgId))?.deletedAt) {
      await database.organisations.update(orgId, { deletedAt: undefined });
    }
    await putPeriods(orgId, pkg.periods, mode === 'merge', database);
    if (pkg.vcp) await importVcp(database, orgId, pkg, pkg.vcp, mode);
    if (pkg.es) await importEs(database, orgId, pkg, pkg.es, mode);
    if (pkg.project) {
      const current = mode === 'merge' ? await getProject(orgId, database) : undefined;
      await saveProject(orgId, pkg.project, current?.id, database);
    }
    for (const action of pkg.actions) await saveAction(orgId, action, database);

    for (const ref of pkg.evidence) await addEvidenceRef(orgId, ref, database);
    const named = new Set(pkg.evidence.map((e) => e.sha256));
    for (const { sha, target } of evidenceUses(pkg)) {
      if (!named.has(sha))
        await addEvidenceRef(
          orgId,
          { sha256: sha, name: `${sha.slice(0, 12)}…`, type: '', size: 0 },
          database,
        );
      await linkEvidence(orgId, sha, target, database);
    }
    if (pkg.factorOverrides) {
      const overrides = validate(
        factorOverridesSchema,
        pkg.factorOverrides,
        'The factor overrides',
      );
      await putOrganisationSetting(orgId, 'factorOverrides', overrides, database);
    }
    await recordAudit(database, {
      orgId,
      entity: 'organisation',
      entityId: orgId,
      action: 'import',
      after: {
        mode,
        packId: pkg.packId,
        packVersion: pkg.packVersion,
        createdAt: pkg.createdAt,
        preparedBy: pkg.preparedBy,
      },
    });
    return {
      orgId,
      renamedId,
      periods: pkg.periods.length,
      actions: pkg.actions.length,
      evidence: pkg.evidence.length,
    };
  });
}
