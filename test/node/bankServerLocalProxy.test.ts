// The browser build's transport (adapters/node/bankServer/localProxy.ts): the local server that
// serves the web build forwards its page's bank-server requests to the one origin given at start,
// by the same rules as Electron main, and serves no other page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalProxy } from '../../adapters/node/bankServer/localProxy';

let bank: Server;
let bankHits: string[] = [];
const base = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

async function serve(bankServer: string | undefined): Promise<Server> {
  const proxy = createLocalProxy({ bankServer, fetch: (u, i) => fetch(u, i) });
  const server = createServer((req, res) => {
    if (!req.url?.startsWith('/bank-server/')) {
      res.statusCode = 404;
      res.end('not here');
      return;
    }
    req.url = req.url.slice('/bank-server'.length); // as connect's use(prefix) does
    proxy(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

const post = (server: Server, what: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base(server)}/bank-server/${what}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  bank = createServer((req, res) => {
    bankHits.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ ok: true }));
  });
  await new Promise<void>((ok) => bank.listen(0, '127.0.0.1', ok));
});
afterAll(() => bank.close());
beforeEach(() => {
  bankHits = [];
});

describe('the web build’s local bank-server proxy', () => {
  it('forwards a request to the origin it was started with, token as a header', async () => {
    const proxy = await serve(base(bank));
    const res = await post(proxy, 'request', {
      origin: base(bank),
      method: 'GET',
      path: '/api/health',
      token: 'tok',
    });
    await expect(res.json()).resolves.toEqual({ ok: true, status: 200, body: { ok: true } });
    expect(bankHits).toEqual(['GET /api/health Bearer tok']);
    proxy.close();
  });

  it('accepts only its own bank server as the address, and says which one it is', async () => {
    const proxy = await serve(base(bank));
    await expect((await post(proxy, 'address', { address: base(bank) })).json()).resolves.toEqual({
      ok: true,
      origin: base(bank),
    });
    await expect(
      (await post(proxy, 'address', { address: 'https://other.bank.mn' })).json(),
    ).resolves.toEqual({ ok: false, refusal: 'proxy-origin', detail: base(bank) });
    await expect(
      (await post(proxy, 'address', { address: 'http://other.bank.mn' })).json(),
    ).resolves.toMatchObject({ ok: false, refusal: 'insecure-address' });
    proxy.close();
  });

  it('refuses another origin and a path out of /api/ without sending anything', async () => {
    const proxy = await serve(base(bank));
    const other = await post(proxy, 'request', {
      origin: 'https://evil.example',
      method: 'GET',
      path: '/api/health',
    });
    await expect(other.json()).resolves.toMatchObject({ ok: false, refusal: 'other-origin' });
    const out = await post(proxy, 'request', {
      origin: base(bank),
      method: 'GET',
      path: '/api/../etc',
    });
    await expect(out.json()).resolves.toMatchObject({ ok: false, refusal: 'bad-request' });
    expect(bankHits).toEqual([]);
    proxy.close();
  });

  it('started without GT_BANK_SERVER (or with a refused one) it has no transport', async () => {
    for (const given of [undefined, 'http://bank.example.com']) {
      const proxy = await serve(given);
      await expect(
        (
          await post(proxy, 'request', { origin: base(bank), method: 'GET', path: '/api/health' })
        ).json(),
      ).resolves.toEqual({ ok: false, refusal: 'no-transport' });
      await expect((await post(proxy, 'address', { address: base(bank) })).json()).resolves.toEqual(
        { ok: false, refusal: 'no-transport' },
      );
      proxy.close();
    }
    expect(bankHits).toEqual([]);
  });

  it('serves only its own page: another site, a form post or a GET is refused', async () => {
    const proxy = await serve(base(bank));
    const body = { origin: base(bank), method: 'GET', path: '/api/health' };
    expect((await post(proxy, 'request', body, { origin: 'https://evil.example' })).status).toBe(
      403,
    );
    expect((await post(proxy, 'request', body, { 'sec-fetch-site': 'cross-site' })).status).toBe(
      403,
    );
    expect((await post(proxy, 'request', body, { 'content-type': 'text/plain' })).status).toBe(403);
    expect((await fetch(`${base(proxy)}/bank-server/request`)).status).toBe(403);
    expect(bankHits).toEqual([]);
    proxy.close();
  });
});
