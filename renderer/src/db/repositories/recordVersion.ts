import { canonicalJson } from '../../../../shared/workbook/canonical';
import type { GreenThreadDb } from '../db';
import { NotFoundError } from '../errors';
import { ConflictError } from './conflictError';

/**
 * Record versions: every user-editable row carries `rev`, raised by one in the same transaction
 * as each write. An editor remembers the rev of the row it shows and hands it back with its
 * write; a write based on an older rev (another window wrote in between) is refused with
 * ConflictError, so no window overwrites what it never saw. A row written before revs existed
 * counts as rev 0, as does a row that does not exist yet.
 */
export function revOf(row: { rev?: number } | undefined): number {
  return row?.rev ?? 0;
}

export function nextRev(row: { rev?: number } | undefined): number {
  return revOf(row) + 1;
}

/**
 * Throws ConflictError (carrying the stored row) unless `stored` is still at `expected`.
 * `expected` undefined means the caller took no copy to compare: nothing is checked.
 * Call inside the write's transaction, after reading `stored` there.
 */
export function expectRev(
  stored: { rev?: number } | undefined,
  expected: number | undefined,
  what: string,
): void {
  if (expected === undefined || revOf(stored) === expected) return;
  throw new ConflictError(
    `${what} was changed in another window (version ${String(revOf(stored))}, this copy was version ${String(expected)}); nothing was saved.`,
    stored,
  );
}

/**
 * Whether two stored values are the same: canonical JSON of plain data, so a row read back from
 * IndexedDB equals the object an editor built with its keys in another order; absent equals null.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/**
 * An editor's write for an organisation that is gone (a restore or a purge in another window
 * removed it after the editor read it) is refused inside the write's transaction, so no orphan
 * row and no audit event for a vanished organisation can land. The transaction must include the
 * organisations table (writeTransaction always does).
 */
export async function mustHaveOrganisation(database: GreenThreadDb, orgId: string): Promise<void> {
  if (await database.organisations.get(orgId)) return;
  throw new NotFoundError(
    `Organisation ${orgId} no longer exists (a backup was restored or it was deleted in another window); nothing was saved.`,
  );
}

/**
 * What an editor's write is based on: the rev of the row it showed, or, where several editors
 * each change only some fields of one row (the officer's Green tab: inputs, decision,
 * verification), the values those fields had when the editor took them. `undefined` checks
 * nothing (imports, seeding, code that read and writes in one transaction).
 */
export type Basis<Fields> = { rev: number } | { fields: Partial<Fields> } | undefined;

/**
 * The one version check every editor's write goes through, inside the write's transaction after
 * reading `stored`: refused with ConflictError (carrying the stored row) when the row moved on
 * from what the editor showed, and with NotFoundError when the organisation is gone. `orgId`
 * null is for rows of the installation, not of an organisation (the user's own profile).
 */
export async function checkBasis<Fields extends object>(
  database: GreenThreadDb,
  orgId: string | null,
  stored: ({ rev?: number } & object) | undefined,
  storedFields: Fields | undefined,
  basis: Basis<Fields>,
  what: string,
): Promise<void> {
  if (basis === undefined) return;
  if (orgId !== null) await mustHaveOrganisation(database, orgId);
  if ('rev' in basis) {
    expectRev(stored, basis.rev, what);
    return;
  }
  const changed = Object.keys(basis.fields).filter(
    (key) =>
      !sameValue(
        (basis.fields as Record<string, unknown>)[key],
        storedFields ? (storedFields as Record<string, unknown>)[key] : undefined,
      ),
  );
  if (changed.length === 0) return;
  throw new ConflictError(
    `${what} was changed in another window (${changed.join(', ')}); nothing was saved.`,
    stored,
  );
}

/** createdAt kept, updatedAt now, rev raised: the stamp of every versioned write. */
export function stamp(existing: { createdAt?: string; rev?: number } | undefined): {
  createdAt: string;
  updatedAt: string;
  rev: number;
} {
  const now = new Date().toISOString();
  return { createdAt: existing?.createdAt ?? now, updatedAt: now, rev: nextRev(existing) };
}

/**
 * `current` with `patch`'s fields written over it; a field the patch sets to undefined is left
 * out (a cleared optional field is absent, never stored empty). For field-wise editor writes.
 */
export function withPatch<T extends object>(current: T, patch: Partial<T>): T {
  const merged = Object.entries({ ...current, ...patch }).filter(([, v]) => v !== undefined);
  return Object.fromEntries(merged) as T;
}
