import type { GreenProject } from '../../../../shared/package/schema';
import { greenProjectSchema } from '../../../../shared/package/schema';
import { id as idSchema } from '../../../../shared/package/primitives';
import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { NotFoundError, validate } from '../errors';
import { omit } from '../omit';
import type { ProjectRow } from '../types';
import { newId } from './organisations';
import { checkBasis, stamp, type Basis } from './recordVersion';

export function projectFromRow(row: ProjectRow): GreenProject {
  return omit(row, ['id', 'orgId', 'createdAt', 'updatedAt', 'rev']);
}

/** Creates (no id) or updates a green project of an organisation. */
export function saveProject(
  orgId: string,
  project: GreenProject,
  projectId?: string,
  database: GreenThreadDb = defaultDb,
): Promise<ProjectRow> {
  return writeProject(orgId, () => project, projectId, undefined, database);
}

/**
 * Like saveProject, but refused with ConflictError (nothing written) unless the stored project
 * is still at `expectedRev`, the rev of the copy the form showed (0 for a new project).
 */
export function saveProjectIfUnchanged(
  orgId: string,
  project: GreenProject,
  projectId: string | undefined,
  expectedRev: number,
  database: GreenThreadDb = defaultDb,
): Promise<ProjectRow> {
  return writeProject(orgId, () => project, projectId, { rev: expectedRev }, database);
}

/**
 * Writes only `patch`'s fields onto the stored project, refused with ConflictError (nothing
 * written) unless each of them still holds the value in `base`, the copy the editor showed. The
 * Green tab's three forms (inputs, decision, verification) each own some fields of one row: one
 * form's save never undoes another's, and a field another window changed is never overwritten.
 */
export function saveProjectFields(
  orgId: string,
  projectId: string,
  base: Partial<GreenProject>,
  patch: Partial<GreenProject>,
  database: GreenThreadDb = defaultDb,
): Promise<ProjectRow> {
  return writeProject(
    orgId,
    (current) => ({ ...(current as GreenProject), ...patch }),
    projectId,
    { fields: base },
    database,
  );
}

async function writeProject(
  orgId: string,
  next: (current: GreenProject | undefined) => GreenProject,
  projectId: string | undefined,
  basis: Basis<GreenProject>,
  database: GreenThreadDb,
): Promise<ProjectRow> {
  validate(idSchema, orgId, 'The organisation id');
  return writeTransaction(database, [database.projects], async () => {
    const existing = projectId ? await database.projects.get(projectId) : undefined;
    if (projectId && !existing) throw new NotFoundError(`Project ${projectId} does not exist.`);
    const before = existing ? projectFromRow(existing) : undefined;
    await checkBasis(database, orgId, existing, before, basis, 'The green project');
    const parsed = validate(greenProjectSchema, next(before), 'The green project');
    const row: ProjectRow = {
      ...parsed,
      id: projectId ?? newId('prj'),
      orgId,
      ...stamp(existing),
    };
    await database.projects.put(row);
    await recordAudit(database, {
      orgId,
      entity: 'project',
      entityId: row.id,
      action: existing ? 'update' : 'create',
      before,
      after: parsed,
    });
    return row;
  });
}

export function listProjects(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<ProjectRow[]> {
  return database.projects.where('orgId').equals(orgId).reverse().sortBy('updatedAt');
}

/** The organisation's most recently edited project: the one a package carries. */
export async function getProject(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<ProjectRow | undefined> {
  return (await listProjects(orgId, database))[0];
}
