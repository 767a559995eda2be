// Who a device token belongs to, kept for a few seconds so a push or a pull does not look it up
// again each time. A revocation still stops the very next request:
// - an administrator's write or a sign-out on this server forgets every kept token before its
//   answer is sent (app.ts);
// - any other change to a device or a user (the CLI, another server process, plain SQL) fires
//   a notice on commit (migration 004) that this server hears on a connection of its own and
//   forgets every kept token;
// - while that connection is not listening (starting, lost), nothing is kept: every request
//   looks the token up, as before. A lookup that was under way when a notice came is not kept.
import pg from 'pg';
import type { Caller } from './auth';
import { callerFromToken } from './auth';
import type { Pool } from './db';

const KEEP_MS = 5_000;
const RETRY_LISTEN_MS = 5_000;

export interface CallerCache {
  callerFor(header: string | undefined): Promise<Caller | null>;
  forget(): void;
  close(): Promise<void>;
}

export function createCallerCache(pool: Pool, now: () => number = Date.now): CallerCache {
  const kept = new Map<string, { caller: Caller; until: number }>();
  let generation = 0;
  let listener: pg.Client | null = null;
  let listening = false;
  let nextListenAt = 0;
  let closed = false;

  const forget = () => {
    generation += 1;
    kept.clear();
  };

  const listen = () => {
    if (listener || closed || now() < nextListenAt) return;
    const client = new pg.Client(pool.options);
    listener = client;
    const lost = () => {
      forget();
      listening = false;
      if (listener === client) listener = null;
      nextListenAt = now() + RETRY_LISTEN_MS;
      client.removeAllListeners();
      client.on('error', () => undefined);
      void client.end().catch(() => undefined);
    };
    client.on('notification', forget);
    client.on('error', lost);
    client.on('end', lost);
    client
      .connect()
      .then(() => client.query('LISTEN gt_auth_changed'))
      .then(() => {
        if (listener === client && !closed) listening = true;
      })
      .catch(lost);
  };

  return {
    forget,
    async callerFor(header) {
      listen();
      const token = header ?? '';
      const hit = kept.get(token);
      if (listening && hit && hit.until > now()) return hit.caller;
      const startedAt = generation;
      const caller = await callerFromToken(pool, header);
      if (caller && listening && startedAt === generation) {
        if (kept.size > 10_000) kept.clear();
        kept.set(token, { caller, until: now() + KEEP_MS });
      } else if (!caller) kept.delete(token);
      return caller;
    },
    async close() {
      closed = true;
      forget();
      listening = false;
      const client = listener;
      listener = null;
      if (client) {
        client.removeAllListeners();
        client.on('error', () => undefined);
        await client.end().catch(() => undefined);
      }
    },
  };
}
