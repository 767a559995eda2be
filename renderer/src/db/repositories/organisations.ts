import type { Organisation } from '../../../../shared/package/schema';
import { organisationSchema } from '../../../../shared/package/schema';
import { recordAudit, writeTransaction } from '../audit';
import { db as defaultDb, type GreenThreadDb } from '../db';
import { NotFoundError, validate } from '../errors';
import { omit } from '../omit';
import type { OrganisationRow } from '../types';
import { ConflictError } from './conflictError';
import { nextRev } from './recordVersion';
import { withOwnErrors } from './unwrapError';

export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

export function blankOrganisation(nameMn: string, nameEn = ''): Organisation {
  return {
    id: newId('org'),
    nameMn,
    nameEn,
    registrationNo: '',
    aimag: 'Улаанбаатар',
    district: '',
    address: '',
    processes: [],
    employees: 0,
    annualTurnoverMnt: 0,
    womenOwnershipPct: 0,
    womenSeniorMgmtPct: 0,
    certifications: [],
    permits: [],
  };
}

function stripRow(row: OrganisationRow): Organisation {
  return omit(row, ['createdAt', 'updatedAt', 'deletedAt', 'isDemo', 'rev']);
}

/**
 * A timestamp later than `previous`: two writes within one millisecond would otherwise share an
 * updatedAt, and an optimistic check against it could not tell them apart.
 */
function nextStamp(previous: string | undefined): string {
  const now = Date.now();
  const last = previous === undefined ? NaN : Date.parse(previous);
  return new Date(Number.isNaN(last) || now > last ? now : last + 1).toISOString();
}

/** Writes `parsed` over `existing` with its audit event; call inside writeTransaction. */
async function writeOrganisation(
  database: GreenThreadDb,
  parsed: Organisation,
  existing: OrganisationRow | undefined,
  extra: Partial<Pick<OrganisationRow, 'isDemo'>>,
): Promise<OrganisationRow> {
  const now = nextStamp(existing?.updatedAt);
  const row: OrganisationRow = {
    ...parsed,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    ...(existing?.isDemo ? { isDemo: true } : {}),
    ...(existing?.deletedAt ? { deletedAt: existing.deletedAt } : {}),
    ...extra,
    rev: nextRev(existing),
  };
  await database.organisations.put(row);
  await recordAudit(database, {
    orgId: parsed.id,
    entity: 'organisation',
    entityId: parsed.id,
    action: existing ? 'update' : 'create',
    before: existing ? stripRow(existing) : undefined,
    after: parsed,
  });
  return row;
}

/**
 * Validates before writing: nothing malformed reaches the database. The whole row is written
 * (last write wins); editors open in more than one window use updateOrganisation or
 * saveOrganisationIfUnchanged instead.
 */
export async function saveOrganisation(
  org: Organisation,
  extra: Partial<Pick<OrganisationRow, 'isDemo'>> = {},
  database: GreenThreadDb = defaultDb,
): Promise<OrganisationRow> {
  const parsed = validate(organisationSchema, org, 'The organisation');
  return writeTransaction(database, [database.organisations], async () => {
    const existing = await database.organisations.get(parsed.id);
    return writeOrganisation(database, parsed, existing, extra);
  });
}

/**
 * Reads the stored organisation and writes `update(current)` in ONE read-write transaction, so
 * fields another window saved in between are what `update` sees and keeps. `update` must be
 * synchronous (an await on anything but this database would end the transaction) and may not
 * change the id. Throws NotFoundError for an unknown id, ValidationError for an invalid result.
 */
export async function updateOrganisation(
  id: string,
  update: (current: Organisation) => Organisation,
  database: GreenThreadDb = defaultDb,
): Promise<OrganisationRow> {
  return withOwnErrors(() =>
    writeTransaction(database, [database.organisations], async () => {
      const existing = await database.organisations.get(id);
      if (!existing) throw new NotFoundError(`Organisation ${id} does not exist.`);
      const sameId = organisationSchema.refine((o) => o.id === id, {
        path: ['id'],
        message: `must stay ${id}`,
      });
      const parsed = validate(sameId, update(stripRow(existing)), 'The organisation');
      return writeOrganisation(database, parsed, existing, {});
    }),
  );
}

/**
 * Optimistic save: writes `org` only if the stored row still has `expectedUpdatedAt` (the
 * updatedAt of the row the caller edited); otherwise throws ConflictError carrying the stored
 * row and writes nothing. A new organisation is expected with `expectedUpdatedAt` null.
 */
export async function saveOrganisationIfUnchanged(
  org: Organisation,
  expectedUpdatedAt: string | null,
  database: GreenThreadDb = defaultDb,
): Promise<OrganisationRow> {
  const parsed = validate(organisationSchema, org, 'The organisation');
  return writeTransaction(database, [database.organisations], async () => {
    const existing = await database.organisations.get(parsed.id);
    if ((existing?.updatedAt ?? null) !== expectedUpdatedAt) {
      throw new ConflictError<OrganisationRow | undefined>(
        `Organisation ${parsed.id} was changed elsewhere (stored ${existing?.updatedAt ?? 'none'}, expected ${expectedUpdatedAt ?? 'none'}); nothing was saved.`,
        existing,
      );
    }
    return writeOrganisation(database, parsed, existing, {});
  });
}

/** Organisations not in the trash, by Mongolian name. */
const byName = new Intl.Collator('mn', { sensitivity: 'base', numeric: true });

/**
 * Organisations not in the trash, by Mongolian name. One getAll() and a sort in memory: a
 * filtered index cursor costs one IndexedDB round trip per row in Chromium (about a second for
 * 1,000 organisations), getAll() one for all of them.
 */
export async function listOrganisations(
  database: GreenThreadDb = defaultDb,
): Promise<OrganisationRow[]> {
  const rows = await database.organisations.toArray();
  return rows.filter((o) => !o.deletedAt).sort((a, b) => byName.compare(a.nameMn, b.nameMn));
}

export function getOrganisation(
  id: string,
  database: GreenThreadDb = defaultDb,
): Promise<OrganisationRow | undefined> {
  return database.organisations.get(id);
}

export { stripRow as organisationFromRow };
