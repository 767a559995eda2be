// Which organisations a transaction has written to, recorded under every write path (repositories,
// import, sync) in Dexie's DBCore stack, so the portfolio summary of each can be refreshed in the
// same transaction (writeTransaction) and no path can forget to.
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import Dexie from 'dexie';
import { holdZone, rowsAboutToGo } from './dbcoreRows';

/** Tables whose rows feed an application's summary, and where each row names its organisation. */
const ORG_FIELD: Readonly<Record<string, string>> = {
  organisations: 'id',
  periods: 'orgId',
  assessments: 'orgId',
  projects: 'orgId',
  actions: 'orgId',
  applications: 'orgId',
  organisationSettings: 'orgId',
};

const touched = new WeakMap<object, Set<string>>();

function orgOf(row: unknown, field: string): string | undefined {
  const value = (row as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : undefined;
}

function note(trans: DBCoreTransaction, orgIds: Iterable<string | undefined>): void {
  let set = touched.get(trans);
  for (const id of orgIds) {
    if (id === undefined) continue;
    if (!set) {
      set = new Set();
      touched.set(trans, set);
    }
    set.add(id);
  }
}

function createCore(down: DBCore): Partial<DBCore> {
  return {
    table(name: string): DBCoreTable {
      const table = down.table(name);
      const field = ORG_FIELD[name];
      if (field === undefined) return table;
      return {
        ...table,
        async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
          if (req.type === 'add' || req.type === 'put') {
            note(
              req.trans,
              req.values.map((v) => orgOf(v, field)),
            );
            return table.mutate(req);
          }
          const z = holdZone();
          const rows = await rowsAboutToGo(z, table, req, false);
          note(
            req.trans,
            [...rows.values()].map((r) => orgOf(r, field)),
          );
          return z(() => table.mutate(req));
        },
      };
    },
  };
}

export const touchedOrganisationsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'GreenThreadTouchedOrganisations',
  create: createCore,
};

/**
 * The organisations written to so far in the current transaction, forgotten as they are taken:
 * writes after this call are taken by the next one.
 */
export function takeTouchedOrganisations(): string[] {
  const trans = Dexie.currentTransaction?.idbtrans;
  if (!trans) return [];
  const set = touched.get(trans);
  touched.delete(trans);
  return set ? [...set] : [];
}
