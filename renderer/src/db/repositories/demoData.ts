import { db as defaultDb, type GreenThreadDb } from '../db';

/** The settings key the first demo seed already used; kept so existing installs are not re-seeded. */
export const DEMO_FLAG = 'demoSeeded';

const running = new WeakMap<GreenThreadDb, Promise<boolean>>();

/**
 * Runs `seed` only on the very first start, so a user's deletions of demo data are not undone
 * on each start. The flag is set after a successful seed; a failed seed is retried next time.
 * Concurrent calls (React StrictMode runs effects twice) share one run. Resolves true if seeded.
 */
export function ensureDemoData(
  seed: () => Promise<void>,
  database: GreenThreadDb = defaultDb,
): Promise<boolean> {
  const pending = running.get(database);
  if (pending) return pending;
  const run = (async () => {
    try {
      if (await database.settings.get(DEMO_FLAG)) return false;
      await seed();
      await database.settings.put({ key: DEMO_FLAG, value: new Date().toISOString() });
      return true;
    } finally {
      running.delete(database);
    }
  })();
  running.set(database, run);
  return run;
}
