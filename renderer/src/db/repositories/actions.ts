import type { ActionStatus } from '../../../../shared/package/enums';
import { PRIORITIES } from '../../../../shared/package/enums';
import type { ActionItem } from '../../../../shared/package/schema';
import { actionItemSchema } from '../../../../shared/package/schema';
import { id as idSchema } from '../../../../shared/package/primitives';
import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { NotFoundError, validate } from '../errors';
import { omit } from '../omit';
import type { ActionRow } from '../types';
import { checkBasis, stamp, withPatch, type Basis } from './recordVersion';

export function actionFromRow(row: ActionRow): ActionItem {
  return omit(row, ['orgId', 'createdAt', 'updatedAt', 'rev']);
}

/**
 * Creates or updates one action item (ESAP / improvement plan) of an organisation. Async, so an
 * invalid item rejects the promise (the caller's catch sees it) instead of throwing before it.
 */
export async function saveAction(
  orgId: string,
  action: ActionItem,
  database: GreenThreadDb = defaultDb,
): Promise<ActionRow> {
  const parsed = validate(actionItemSchema, action, `Action ${action.id}`);
  return writeAction(orgId, parsed.id, () => parsed, undefined, database);
}

/**
 * Like saveAction, but refused with ConflictError (nothing written) unless the stored action is
 * still at `expectedRev`, the rev of the copy the editor showed (0 for a new action).
 */
export async function saveActionIfUnchanged(
  orgId: string,
  action: ActionItem,
  expectedRev: number,
  database: GreenThreadDb = defaultDb,
): Promise<ActionRow> {
  const parsed = validate(actionItemSchema, action, `Action ${action.id}`);
  return writeAction(orgId, parsed.id, () => parsed, { rev: expectedRev }, database);
}

/**
 * Writes only `patch`'s fields onto the stored action (a field set to undefined is cleared),
 * refused with ConflictError (nothing written) unless each of them still holds the value in
 * `base`, the copy the editor showed; NotFoundError when the action was deleted meanwhile. Two
 * windows changing different fields of one action both keep their change; the same field
 * changed in both is never overwritten unseen.
 */
export function saveActionFields(
  orgId: string,
  actionId: string,
  base: Partial<ActionItem>,
  patch: Partial<ActionItem>,
  database: GreenThreadDb = defaultDb,
): Promise<ActionRow> {
  validate(idSchema, actionId, 'The action id');
  const next = (current: ActionItem | undefined): ActionItem => {
    if (!current) throw new NotFoundError(`Action ${actionId} no longer exists.`);
    return { ...withPatch(current, patch), id: current.id };
  };
  return writeAction(orgId, actionId, next, { fields: base }, database);
}

async function writeAction(
  orgId: string,
  actionId: string,
  next: (current: ActionItem | undefined) => ActionItem,
  basis: Basis<ActionItem>,
  database: GreenThreadDb,
): Promise<ActionRow> {
  validate(idSchema, orgId, 'The organisation id');
  return writeTransaction(database, [database.actions], async () => {
    const existing = await database.actions.get([orgId, actionId]);
    const before = existing ? actionFromRow(existing) : undefined;
    await checkBasis(database, orgId, existing, before, basis, `Action ${actionId}`);
    const parsed = validate(actionItemSchema, next(before), `Action ${actionId}`);
    const row: ActionRow = { ...parsed, orgId, ...stamp(existing) };
    await database.actions.put(row);
    await recordAudit(database, {
      orgId,
      entity: 'action',
      entityId: `${orgId}/${parsed.id}`,
      action: existing ? 'update' : 'create',
      before,
      after: parsed,
    });
    return row;
  });
}

export async function deleteAction(
  orgId: string,
  actionId: string,
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  await writeTransaction(database, [database.actions, database.evidenceLinks], async () => {
    const existing = await database.actions.get([orgId, actionId]);
    if (!existing) return;
    await database.actions.delete([orgId, actionId]);
    await database.evidenceLinks
      .where('[orgId+targetKey]')
      .equals([orgId, `action:${actionId}`])
      .delete();
    await recordAudit(database, {
      orgId,
      entity: 'action',
      entityId: `${orgId}/${actionId}`,
      action: 'delete',
      before: actionFromRow(existing),
    });
  });
}

/** Saves several actions in one transaction: a generated plan appears whole, or not at all. */
export async function saveActions(
  orgId: string,
  actions: readonly ActionItem[],
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  await writeTransaction(database, [database.actions, database.evidenceLinks], async () => {
    for (const a of actions) await saveAction(orgId, a, database);
  });
}

/** Deletes several actions in one transaction. */
export async function deleteActions(
  orgId: string,
  actionIds: readonly string[],
  database: GreenThreadDb = defaultDb,
): Promise<void> {
  await writeTransaction(database, [database.actions, database.evidenceLinks], async () => {
    for (const id of actionIds) await deleteAction(orgId, id, database);
  });
}

/** Open work first, then by priority and deadline (no deadline last). */
export async function listActions(
  orgId: string,
  database: GreenThreadDb = defaultDb,
): Promise<ActionRow[]> {
  const rows = await database.actions.where('orgId').equals(orgId).toArray();
  const closed = (s: ActionStatus) => (s === 'done' || s === 'cancelled' ? 1 : 0);
  return rows.sort(
    (a, b) =>
      closed(a.status) - closed(b.status) ||
      PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
      a.id.localeCompare(b.id),
  );
}
