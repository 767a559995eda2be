// What GreenThread's DBCore middlewares (the sync outbox, the record of touched organisations)
// share: running calls down the stack in the caller's zone, and reading the rows a mutation is
// about to replace or remove before it runs.
import type { DBCoreMutateRequest, DBCoreTable } from 'dexie';
import Dexie from 'dexie';

// Dexie's own layers below a middleware (hooks, cache) read the current transaction from Dexie's
// zone, which a native await loses: every call down must run back inside the caller's zone.
const zone = Dexie.Promise as unknown as {
  PSD: unknown;
  usePSD: <T>(psd: unknown, fn: () => T) => T;
};

export type InZone = <T>(fn: () => T) => T;

/** Runs later calls in the zone current now: call it before the mutation's first await. */
export function holdZone(): InZone {
  const psd = zone.PSD;
  return (fn) => zone.usePSD(psd, fn);
}

type Row = Record<string, unknown>;

/**
 * The rows a mutation is about to remove (delete, deleteRange) or, with `puts`, replace (put),
 * keyed by the JSON of their primary key; rows that do not exist are absent.
 */
export async function rowsAboutToGo(
  z: InZone,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  puts: boolean,
): Promise<Map<string, Row>> {
  const out = new Map<string, Row>();
  const extract = table.schema.primaryKey.extractKey;
  const byKeys = async (keys: unknown[]): Promise<void> => {
    const rows = (await z(() => table.getMany({ trans: req.trans, keys }))) as (Row | undefined)[];
    keys.forEach((key, i) => {
      const row = rows[i];
      if (row) out.set(JSON.stringify(key), row);
    });
  };
  if (req.type === 'delete') {
    await byKeys(req.keys);
  } else if (req.type === 'put' && puts) {
    await byKeys(req.values.map((v: unknown, i): unknown => req.keys?.[i] ?? extract?.(v)));
  } else if (req.type === 'deleteRange') {
    const { result } = await z(() =>
      table.query({
        trans: req.trans,
        values: true,
        query: { index: table.schema.primaryKey, range: req.range },
      }),
    );
    for (const row of result as Row[]) out.set(JSON.stringify(extract?.(row)), row);
  }
  return out;
}
