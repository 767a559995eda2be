// Main's transport to the bank server (issue 20): the renderer keeps connect-src 'self' and asks
// main, which sends only to the address the user set, under /api/, bounded in size and time,
// following no redirect. Each refusal here is checked to fail without its check.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBankServerAddress } from '../../adapters/node/bankServer/address';
import type { BankServerFetch } from '../../adapters/node/bankServer/send';
import {
  createBankServerHandlers,
  fileBankServerStore,
  type BankServerStore,
} from '../../electron/ipc/bankServerHandlers';
import { createHandlers } from '../../electron/ipc/createHandlers';
import type { InvokeEventLike, IpcMainLike } from '../../electron/ipc/registerHandlers';
import { registerHandlers } from '../../electron/ipc/registerHandlers';
import { CONTENT_SECURITY_POLICY } from '../../electron/protocol/csp';
import { BANK_SERVER_LIMITS, type BankServerRequest } from '../../shared/ipc/bankServer';
import { createFakeWorld, fakePdfSender } from './fakes/handlerDeps';

const ORIGIN = 'https://greenthread.bank.mn';

function memoryStore(initial: string | null = null): BankServerStore & { saved: string[] } {
  let value = initial;
  const saved: string[] = [];
  return {
    saved,
    load: () => Promise.resolve(value),
    save: (origin) => {
      value = origin;
      saved.push(origin);
      return Promise.resolve();
    },
  };
}

interface Call {
  url: string;
  init: Parameters<BankServerFetch>[1];
}

/** A fetch that records each call and answers from a script. */
function scriptedFetch(answer: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch: BankServerFetch = (url, init) => {
    calls.push({ url, init });
    return Promise.resolve(answer({ url, init }));
  };
  return { calls, fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const req = (over: Partial<BankServerRequest> = {}): BankServerRequest => ({
  origin: ORIGIN,
  method: 'GET',
  path: '/api/sync/pull?since=0',
  token: 'tok.en-1',
  ...over,
});

function handlers(fetch: BankServerFetch, held: string | null = ORIGIN, timeoutMs?: number) {
  const store = memoryStore(held);
  return { store, h: createBankServerHandlers({ fetch, store, timeoutMs, maxReplyBytes: 1000 }) };
}

const ctx = { sender: fakePdfSender().sender };

describe('the address main will send to', () => {
  it.each([
    ['https://greenthread.bank.mn', 'https://greenthread.bank.mn'],
    ['https://greenthread.bank.mn:8443/', 'https://greenthread.bank.mn:8443'],
    ['http://localhost:8787', 'http://localhost:8787'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://192.168.1.20:8787', 'http://192.168.1.20:8787'],
    ['http://10.4.0.2', 'http://10.4.0.2'],
    ['http://172.20.0.9:80', 'http://172.20.0.9'],
    ['http://[::1]:8787', 'http://[::1]:8787'],
  ])('accepts %s as %s', (address, origin) => {
    expect(checkBankServerAddress(address)).toEqual({ ok: true, origin });
  });

  it.each([
    ['http://greenthread.bank.mn', 'insecure-address'],
    ['http://8.8.8.8', 'insecure-address'],
    ['http://172.32.0.1', 'insecure-address'],
    ['http://192.169.1.1', 'insecure-address'],
    ['ftp://greenthread.bank.mn', 'bad-address'],
    ['file:///etc/passwd', 'bad-address'],
    ['https://greenthread.bank.mn/greenthread', 'bad-address'],
    ['https://user:pw@greenthread.bank.mn', 'bad-address'],
    ['greenthread.bank.mn', 'bad-address'],
  ])('refuses %s (%s)', (address, refusal) => {
    expect(checkBankServerAddress(address)).toMatchObject({ ok: false, refusal });
  });

  it('stores an accepted address and refuses to store a refused one', async () => {
    const { h, store } = handlers(() => Promise.reject(new Error('unused')), null);
    await expect(h['bank-server:set-address']('http://bank.example', ctx)).resolves.toMatchObject({
      ok: false,
      refusal: 'insecure-address',
    });
    expect(store.saved).toEqual([]);
    await expect(h['bank-server:set-address'](`${ORIGIN}/`, ctx)).resolves.toEqual({
      ok: true,
      origin: ORIGIN,
    });
    expect(store.saved).toEqual([ORIGIN]);
  });

  it('a hand-edited address file the check refuses counts as no address', async () => {
    const files = new Map([
      ['/u/bank-server.json', JSON.stringify({ origin: 'http://evil.example' })],
    ]);
    const fs = {
      readFile: (p: string) => Promise.resolve(files.get(p) ?? ''),
      writeFile: (p: string, d: string) => {
        files.set(p, d);
        return Promise.resolve();
      },
    };
    const store = fileBankServerStore(fs, '/u/bank-server.json');
    await expect(store.load()).resolves.toBeNull();
    await store.save(ORIGIN);
    await expect(store.load()).resolves.toBe(ORIGIN);
  });
});

describe('a request main sends for the renderer', () => {
  it('goes to the held origin with the token as a header and returns status and JSON', async () => {
    const { calls, fetch } = scriptedFetch(() => json({ changes: [], cursor: 3 }));
    const { h } = handlers(fetch);
    const reply = await h['bank-server:request'](
      req({ method: 'POST', path: '/api/sync/push', body: '{"changes":[]}' }),
      ctx,
    );
    expect(reply).toEqual({ ok: true, status: 200, body: { changes: [], cursor: 3 } });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(`${ORIGIN}/api/sync/push`);
    expect(calls[0]!.init).toMatchObject({
      method: 'POST',
      body: '{"changes":[]}',
      redirect: 'manual',
      headers: { authorization: 'Bearer tok.en-1', 'content-type': 'application/json' },
    });
  });

  it('passes a 4xx answer on with its JSON (the sync client turns it into words)', async () => {
    const { fetch } = scriptedFetch(() => json({ error: 'device revoked' }, 401));
    const { h } = handlers(fetch);
    await expect(h['bank-server:request'](req(), ctx)).resolves.toEqual({
      ok: true,
      status: 401,
      body: { error: 'device revoked' },
    });
  });

  it('refuses while no address is set, sending nothing', async () => {
    const { calls, fetch } = scriptedFetch(() => json({}));
    const { h } = handlers(fetch, null);
    await expect(h['bank-server:request'](req(), ctx)).resolves.toMatchObject({
      ok: false,
      refusal: 'not-set',
    });
    expect(calls).toHaveLength(0);
  });

  it('refuses another origin than the one set, sending nothing', async () => {
    const { calls, fetch } = scriptedFetch(() => json({}));
    const { h } = handlers(fetch);
    for (const origin of ['https://evil.example', 'http://greenthread.bank.mn', `${ORIGIN}:444`]) {
      await expect(h['bank-server:request'](req({ origin }), ctx)).resolves.toMatchObject({
        ok: false,
        refusal: 'other-origin',
      });
    }
    expect(calls).toHaveLength(0);
  });

  it.each([
    '/api/../x',
    '/api/sync/../../admin',
    '/api/%2e%2e/x',
    '/api/%2E%2E/x',
    '/api/..%2fx',
    '/api/.%2e/x',
    '/api\\..\\x',
    '/api//evil.example/x',
    '/apix',
    '/x',
    'https://evil.example/api/x',
    '//evil.example/api/x',
    '/api/x#frag',
    '/api/x y',
  ])('refuses the path %s, sending nothing', async (path) => {
    const { calls, fetch } = scriptedFetch(() => json({}));
    const { h } = handlers(fetch);
    await expect(h['bank-server:request'](req({ path }), ctx)).resolves.toMatchObject({
      ok: false,
      refusal: 'bad-request',
    });
    expect(calls).toHaveLength(0);
  });

  it('sends an evidence file (PUT) as its bytes, application/octet-stream', async () => {
    const { calls, fetch } = scriptedFetch(() => json({ stored: 'new' }, 201));
    const { h } = handlers(fetch);
    const file = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 255]);
    const path = `/api/evidence/org-1/${'a'.repeat(64)}`;
    const reply = await h['bank-server:request'](
      req({ method: 'PUT', path, bytes: Buffer.from(file).toString('base64') }),
      ctx,
    );
    expect(reply).toEqual({ ok: true, status: 201, body: { stored: 'new' } });
    expect(calls[0]!.init).toMatchObject({
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(new Uint8Array(calls[0]!.init.body as Uint8Array)).toEqual(file);
    // JSON text and a file at once is not a request either shell sends.
    await expect(
      h['bank-server:request'](req({ method: 'PUT', path, body: '{}', bytes: 'AA==' }), ctx),
    ).resolves.toMatchObject({ refusal: 'bad-request' });
  });

  it('refuses a method outside GET, POST and PUT', async () => {
    const { calls, fetch } = scriptedFetch(() => json({}));
    const { h } = handlers(fetch);
    const bad = { ...req(), method: 'DELETE' } as unknown as BankServerRequest;
    await expect(h['bank-server:request'](bad, ctx)).resolves.toMatchObject({
      refusal: 'bad-request',
    });
    expect(calls).toHaveLength(0);
  });

  it('refuses a body over the limit (counted in UTF-8 bytes), sending nothing', async () => {
    const { calls, fetch } = scriptedFetch(() => json({}));
    const { h } = handlers(fetch);
    // 'ө' is 2 bytes in UTF-8: a string of maxBodyBytes/2 + 1 of them is within the limit in
    // characters but 2 bytes over it in bytes.
    const text = 'ө'.repeat(BANK_SERVER_LIMITS.maxBodyBytes / 2 + 1);
    await expect(
      h['bank-server:request'](req({ method: 'POST', body: JSON.stringify(text) }), ctx),
    ).resolves.toMatchObject({ ok: false, refusal: 'too-large' });
    await expect(
      h['bank-server:request'](req({ method: 'POST', body: '{"not json"' }), ctx),
    ).resolves.toMatchObject({ ok: false, refusal: 'bad-request' });
    expect(calls).toHaveLength(0);
  });

  it('does not follow a redirect to another origin', async () => {
    const { calls, fetch } = scriptedFetch(
      () =>
        new Response(null, { status: 302, headers: { location: 'https://evil.example/api/x' } }),
    );
    const { h } = handlers(fetch);
    await expect(h['bank-server:request'](req(), ctx)).resolves.toEqual({
      ok: false,
      refusal: 'redirect',
      detail: 'https://evil.example/api/x',
    });
    expect(calls).toHaveLength(1);
  });

  it('gives up after the timeout, the request aborted', async () => {
    let aborted = false;
    const fetch: BankServerFetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const { h } = handlers(fetch, ORIGIN, 20);
    await expect(h['bank-server:request'](req(), ctx)).resolves.toMatchObject({
      ok: false,
      refusal: 'timeout',
    });
    expect(aborted).toBe(true);
  });

  it('refuses an answer over the reply limit, declared or streamed', async () => {
    const big = JSON.stringify({ x: 'a'.repeat(1000) });
    const declared = scriptedFetch(() => json({ x: 'a'.repeat(1000) }));
    await expect(
      handlers(declared.fetch).h['bank-server:request'](req(), ctx),
    ).resolves.toMatchObject({ ok: false, refusal: 'reply-too-large' });
    const streamed = scriptedFetch(
      () =>
        new Response(
          new ReadableStream({
            start(c) {
              c.enqueue(new TextEncoder().encode(big));
              c.close();
            },
          }),
        ),
    );
    await expect(
      handlers(streamed.fetch).h['bank-server:request'](req(), ctx),
    ).resolves.toMatchObject({ ok: false, refusal: 'reply-too-large' });
  });

  it('says unreachable when the network fails, and bad-reply for an answer that is not JSON', async () => {
    const down = handlers(() => Promise.reject(new TypeError('fetch failed'))).h;
    await expect(down['bank-server:request'](req(), ctx)).resolves.toMatchObject({
      refusal: 'unreachable',
    });
    const html = handlers(() => Promise.resolve(new Response('<html>proxy error</html>'))).h;
    await expect(html['bank-server:request'](req(), ctx)).resolves.toMatchObject({
      refusal: 'bad-reply',
    });
  });
});

describe('over a real socket with the real fetch', () => {
  let target: Server;
  let bank: Server;
  let targetHits = 0;
  const url = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  beforeAll(async () => {
    target = createServer((_q, r) => {
      targetHits++;
      r.end('{"stolen":true}');
    });
    await new Promise<void>((ok) => target.listen(0, '127.0.0.1', ok));
    bank = createServer((q, r) => {
      if (q.url === '/api/health') {
        r.setHeader('content-type', 'application/json');
        r.end('{"ok":true}');
        return;
      }
      r.statusCode = 307;
      r.setHeader('location', `${url(target)}/api/x`);
      r.end();
    });
    await new Promise<void>((ok) => bank.listen(0, '127.0.0.1', ok));
  });
  afterAll(() => {
    target.close();
    bank.close();
  });

  it('answers from the set origin and never reaches the one a 307 points to', async () => {
    const { h } = handlers((u, init) => fetch(u, init), url(bank));
    const o = url(bank);
    await expect(
      h['bank-server:request'](req({ origin: o, path: '/api/health' }), ctx),
    ).resolves.toEqual({ ok: true, status: 200, body: { ok: true } });
    await expect(
      h['bank-server:request'](
        req({ origin: o, method: 'POST', path: '/api/sync/push', body: '{}' }),
        ctx,
      ),
    ).resolves.toMatchObject({ ok: false, refusal: 'redirect' });
    expect(targetHits).toBe(0);
  });
});

describe('the IPC boundary', () => {
  it('main validates the request before the handler runs (path traversal, method, size)', async () => {
    const world = createFakeWorld();
    const listeners = new Map<string, (e: InvokeEventLike, ...a: unknown[]) => unknown>();
    const ipcMain: IpcMainLike = { handle: (c, l) => void listeners.set(c, l) };
    let fetched = 0;
    world.deps.bankServer = {
      fetch: () => {
        fetched++;
        return Promise.resolve(json({}));
      },
      store: memoryStore(ORIGIN),
    };
    registerHandlers(ipcMain, createHandlers(world.deps), () => true);
    const call = (arg: unknown) =>
      listeners.get('bank-server:request')!(
        { senderFrame: { url: 'app://greenthread/index.html' }, sender: ctx.sender },
        arg,
      );
    await expect(call(req({ path: '/api/../admin' }))).rejects.toThrow(/invalid argument: path/);
    await expect(call({ ...req(), method: 'DELETE' })).rejects.toThrow(/invalid argument: method/);
    await expect(call({ ...req(), extra: 1 })).rejects.toThrow(/invalid argument/);
    await expect(call(req())).resolves.toMatchObject({ ok: true });
    expect(fetched).toBe(1);
  });
});

describe('the renderer stays without network', () => {
  it("the app's CSP keeps connect-src 'self' (no bank server origin in it)", () => {
    const directives = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim());
    expect(directives).toContain("connect-src 'self'");
    expect(directives.filter((d) => d.startsWith('connect-src'))).toEqual(["connect-src 'self'"]);
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /connect-src ([^;"]+)/.exec(html)?.[1]?.trim();
    // blob: and data: read the app's own generated files; no http(s) source, no wildcard.
    expect(meta).toBe("'self' blob: data:");
  });
});
