// The desktop's side of sync: push the outbox, then pull by cursor. Pure TypeScript over an
// injected fetch and store, so it runs in the app, in node tests and in the bench alike.
import {
  pullResponseSchema,
  pushResponseSchema,
  signInResponseSchema,
  SYNC_LIMITS,
  SYNC_PROTOCOL_HEADER,
  SYNC_PROTOCOL_VERSION,
  type SignInResponse,
  type SyncConflict,
  type SyncDirectory,
  conflictSchema,
  resolveAnswerSchema,
  syncDirectorySchema,
} from '../../../shared/sync/protocol';
import { z } from 'zod';
import { toChange, type OutboxEntry, type SyncStore } from './store';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * The server answered with a refusal a retry will not fix (4xx); `status` says which, `code` why
 * (shared/sync/serverErrors.ts; absent from servers before codes), and the message is the
 * server's own English text.
 */
export class SyncRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }

  /** What to keep and show: words come from the code, in the user's language, when shown. */
  get refusal(): ServerRefusal {
    return {
      status: this.status,
      serverText: this.message,
      ...(this.code ? { code: this.code } : {}),
    };
  }
}

export interface ServerRefusal {
  status: number;
  code?: string;
  serverText: string;
}

export async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  const body: unknown = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const error =
      body && typeof body === 'object' && 'error' in body ? String(body.error) : res.statusText;
    const code =
      body && typeof body === 'object' && 'code' in body && typeof body.code === 'string'
        ? body.code.slice(0, 100)
        : undefined;
    if (res.status >= 400 && res.status < 500) throw new SyncRefused(res.status, error, code);
    throw new Error(`the server answered ${res.status}: ${error}`);
  }
  return body;
}

export async function signIn(
  fetchFn: FetchLike,
  baseUrl: string,
  credentials: { username: string; password: string; deviceName: string },
): Promise<SignInResponse> {
  const res = await fetchFn(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [SYNC_PROTOCOL_HEADER]: String(SYNC_PROTOCOL_VERSION),
    },
    body: JSON.stringify(credentials),
  });
  return signInResponseSchema.parse(await readJson(res));
}

/**
 * Branch names and who works where; null when the server cannot say (one older than the
 * directory route answers 401 to an unknown path): the words then say "another branch".
 */
export async function fetchDirectory(
  fetchFn: FetchLike,
  baseUrl: string,
  token: string,
): Promise<SyncDirectory | null> {
  try {
    const res = await fetchFn(`${baseUrl}/api/sync/directory`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return syncDirectorySchema.parse(await readJson(res));
  } catch {
    return null;
  }
}

export interface SyncReport {
  pushed: number;
  conflicts: number;
  pulled: number;
  pendingAfter: number;
  packSeq: number;
}

export class SyncClient {
  constructor(
    private readonly opts: {
      baseUrl: string;
      token: string;
      store: SyncStore;
      fetch: FetchLike;
      now?: () => string;
    },
  ) {}

  private now(): string {
    return this.opts.now?.() ?? new Date().toISOString();
  }

  private request(path: string, init: RequestInit = {}): Promise<Response> {
    return this.opts.fetch(`${this.opts.baseUrl}${path}`, {
      ...init,
      headers: {
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        authorization: `Bearer ${this.opts.token}`,
        [SYNC_PROTOCOL_HEADER]: String(SYNC_PROTOCOL_VERSION),
      },
    });
  }

  /**
   * One push of at most one change per record (a later edit of the same record waits for the
   * server's answer to the earlier one, then goes on top of the version it got).
   */
  async pushOnce(): Promise<{ pushed: number; conflicts: number }> {
    const { store } = this.opts;
    const outbox = await store.outbox();
    const batch: OutboxEntry[] = [];
    const records = new Set<string>();
    for (const e of outbox) {
      const k = `${e.table}\u0001${e.recordId}`;
      if (records.has(k)) continue;
      records.add(k);
      batch.push(e);
      if (batch.length >= SYNC_LIMITS.maxChangesPerPush) break;
    }
    if (batch.length === 0) return { pushed: 0, conflicts: 0 };
    // Marked before sending: if the answer never comes, the retry carries the same change ids.
    const sentAt = this.now();
    const marked = batch.map((e) => ({ ...e, sentAt: e.sentAt ?? sentAt }));
    await store.putOutbox(marked);
    const changes = marked.map(toChange);
    const res = await this.request('/api/sync/push', {
      method: 'POST',
      body: JSON.stringify({ changes }),
    });
    const { results } = pushResponseSchema.parse(await readJson(res));
    const byId = new Map(marked.map((e) => [e.changeId, e]));
    const done: string[] = [];
    const conflicts = [];
    const landed = new Map<string, { base: number; version: number }>();
    for (const r of results) {
      const e = byId.get(r.changeId);
      if (!e) continue;
      done.push(r.changeId);
      if (r.status === 'conflict' && r.conflictId !== undefined) {
        conflicts.push({
          conflictId: r.conflictId,
          changeId: r.changeId,
          table: e.table,
          recordId: e.recordId,
          mine: e.op === 'put' ? e.data : null,
        });
      } else if (r.version !== undefined) {
        await store.setRecordVersion(e.table, e.recordId, r.version);
        landed.set(`${e.table}\u0001${e.recordId}`, { base: e.baseVersion, version: r.version });
      }
    }
    // The conflict (with the change in it) is kept before the change leaves the outbox.
    if (conflicts.length) await store.addConflicts(conflicts);
    await store.removeOutbox(done);
    // An edit queued here behind one that has now landed was made on top of it: it stands on the
    // version the server gave. Anything else keeps its base, so a stale copy still conflicts.
    const rebased: OutboxEntry[] = [];
    for (const e of await store.outbox()) {
      const l = landed.get(`${e.table}\u0001${e.recordId}`);
      if (l && !e.sentAt && e.baseVersion === l.base)
        rebased.push({ ...e, baseVersion: l.version });
    }
    if (rebased.length) await store.putOutbox(rebased);
    return { pushed: done.length - conflicts.length, conflicts: conflicts.length };
  }

  /** Pulls until the server has nothing newer; returns the number of changes applied. */
  async pull(): Promise<number> {
    const { store } = this.opts;
    let applied = 0;
    let held = 0;
    for (;;) {
      const state = await store.state();
      const res = await this.request(
        `/api/sync/pull?since=${state.cursor}&packSeq=${state.packSeq}&limit=${SYNC_LIMITS.defaultPullLimit}`,
      );
      const page = pullResponseSchema.parse(await readJson(res));
      let packSeq = state.packSeq;
      // The store checks the pack as it would a file: a refused one is kept aside and shown, not
      // used, and not asked for again (the administrator publishes a corrected version).
      if (page.pack) {
        await store.savePack(page.pack);
        packSeq = page.pack.seq;
      }
      // The page and the cursor after it land together: a pull cut here is simply pulled again.
      const report = await store.applyBatch(page.changes, {
        cursor: page.cursor,
        packSeq,
        lastSyncAt: this.now(),
      });
      applied += report.applied;
      held += report.held;
      if (!page.hasMore) break;
    }
    if (held > 0 && store.nameAuthors) {
      const directory = await fetchDirectory(this.opts.fetch, this.opts.baseUrl, this.opts.token);
      if (directory) await store.nameAuthors(directory);
    }
    return applied;
  }

  /** Push everything pending (several pushes if need be), then pull. */
  async sync(maxPushes = 100): Promise<SyncReport> {
    let pushed = 0;
    let conflicts = 0;
    for (let i = 0; i < maxPushes; i++) {
      const r = await this.pushOnce();
      pushed += r.pushed;
      conflicts += r.conflicts;
      if (r.pushed + r.conflicts === 0) break;
    }
    const pulled = await this.pull();
    const state = await this.opts.store.state();
    return {
      pushed,
      conflicts,
      pulled,
      pendingAfter: (await this.opts.store.outbox()).length,
      packSeq: state.packSeq,
    };
  }

  /** Head office's annual E&S report, the workbook as the bank's server builds it. */
  async annualReport(
    year: number,
    language: 'en' | 'mn',
  ): Promise<{ bytes: Uint8Array; name: string | null }> {
    const res = await this.opts.fetch(
      `${this.opts.baseUrl}/api/reports/annual-es?year=${String(year)}&lang=${language}`,
      { headers: { authorization: `Bearer ${this.opts.token}`, accept: XLSX_TYPE } },
    );
    // A refusal comes as JSON with the server's reason: read so it is thrown in words.
    if (!res.ok) await readJson(res);
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
    return { bytes: new Uint8Array(await res.arrayBuffer()), name: name ?? null };
  }

  async conflicts(): Promise<SyncConflict[]> {
    const res = await this.request('/api/sync/conflicts');
    return z.object({ conflicts: z.array(conflictSchema) }).parse(await readJson(res)).conflicts;
  }

  /** The record's version after "applied_mine" when the server says it (null otherwise). */
  async resolve(
    conflictId: number,
    resolution: 'kept_server' | 'applied_mine',
  ): Promise<number | null> {
    const res = await this.request(`/api/sync/conflicts/${conflictId}/resolve`, {
      method: 'POST',
      body: JSON.stringify({ resolution }),
    });
    const answer = resolveAnswerSchema.safeParse(await readJson(res));
    return answer.success ? (answer.data.version ?? null) : null;
  }
}
