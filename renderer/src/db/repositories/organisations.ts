import type { Organisation } from '../../../../shared/package/schema';
import { organisationSchema } from '../../../../shared/package/schema';
import { db as defaultDb, type GreenThreadDb } from '../db';
import type { OrganisationRow } from '../types';

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

/** Validates before writing: nothing malformed reaches the database. */
export async function saveOrganisation(
  org: Organisation,
  extra: Partial<Pick<OrganisationRow, 'isDemo'>> = {},
  database: GreenThreadDb = defaultDb,
): Promise<OrganisationRow> {
  const parsed = organisationSchema.parse(org);
  const now = new Date().toISOString();
  const existing = await database.organisations.get(parsed.id);
  const row: OrganisationRow = {
    ...parsed,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    ...(existing?.isDemo ? { isDemo: true } : {}),
    ...extra,
  };
  await database.organisations.put(row);
  return row;
}

export function listOrganisations(database: GreenThreadDb = defaultDb): Promise<OrganisationRow[]> {
  return database.organisations
    .orderBy('nameMn')
    .filter((o) => !o.deletedAt)
    .toArray();
}
