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

// Dexie's own layers below read the current transaction from Dexie's zone, which a native await
// loses: the read of rows about to be deleted runs back inside the caller's zone.
const zone = Dexie.Promise as unknown as {
  PSD: unknown;
  usePSD: <T>(psd: unknown, fn: () => T) => T;
};

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

/** The rows a delete is about to remove, for whose organisation they were. */
async function rowsToDelete(
  psd: unknown,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<unknown[]> {
  if (req.type === 'delete') {
    return zone.usePSD(
      psd,
      () => table.getMany({ trans: req.trans, keys: req.keys }) as Promise<unknown[]>,
    );
  }
  if (req.type === 'deleteRange') {
    const { result } = await zone.usePSD(psd, () =>
      table.query({
        trans: req.trans,
        values: true,
        query: { index: table.schema.primaryKey, range: req.range },
      }),
    );
    return result as unknown[];
  }
  return [];
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
          const psd = zone.PSD;
          const rows = await rowsToDelete(psd, table, req);
          note(
            req.trans,
            rows.map((r) => orgOf(r, field)),
          );
          return zone.usePSD(psd, () => table.mutate(req));
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
