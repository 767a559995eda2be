import type { GreenProject } from '../../../../shared/package/schema';
import { greenProjectSchema } from '../../../../shared/package/schema';
import { id as idSchema } from '../../../../shared/package/primitives';
import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { NotFoundError, validate } from '../errors';
import { omit } from '../omit';
import type { ProjectRow } from '../types';
import { newId } from './organisations';
import { expectRev, mustHaveOrganisation, nextRev } from './recordVersion';

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
  return writeProject(orgId, project, projectId, undefined, database);
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
  return writeProject(orgId, project, projectId, expectedRev, database);
}

async function writeProject(
  orgId: string,
  project: GreenProject,
  projectId: string | undefined,
  expectedRev: number | undefined,
  database: GreenThreadDb,
): Promise<ProjectRow> {
  validate(idSchema, orgId, 'The organisation id');
  const parsed = validate(greenProjectSchema, project, 'The green project');
  return writeTransaction(database, [database.projects], async () => {
    const existing = projectId ? await database.projects.get(projectId) : undefined;
    if (projectId && !existing) throw new NotFoundError(`Project ${projectId} does not exist.`);
    if (expectedRev !== undefined) await mustHaveOrganisation(database, orgId);
    expectRev(existing, expectedRev, 'The green project');
    const now = new Date().toISOString();
    const row: ProjectRow = {
      ...parsed,
      id: projectId ?? newId('prj'),
      orgId,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      rev: nextRev(existing),
    };
    await database.projects.put(row);
    await recordAudit(database, {
      orgId,
      entity: 'project',
      entityId: row.id,
      action: existing ? 'update' : 'create',
      before: existing ? projectFromRow(existing) : undefined,
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
