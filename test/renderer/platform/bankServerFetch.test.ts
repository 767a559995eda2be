// The sync client's fetch on the shell's bank-server call: what the renderer hands the shell,
// what it makes of the answer, and refusals in words in both languages.
import type { BankServerReply, BankServerRequest } from '../../../shared/ipc/bankServer';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import {
  BankServerRefusedError,
  BankServerUnreachableError,
  bankServerFetch,
} from '../../../renderer/src/platform/bankServerFetch';
import { SyncClient, signIn } from '../../../renderer/src/sync/client';
import { MemorySyncStore } from '../../../renderer/src/sync/memoryStore';

function shell(reply: (r: BankServerRequest) => BankServerReply) {
  const sent: BankServerRequest[] = [];
  return {
    sent,
    api: {
      bankServerRequest: (r: BankServerRequest) => {
        sent.push(r);
        return Promise.resolve(reply(r));
      },
    },
  };
}

describe('bankServerFetch', () => {
  beforeEach(() => initI18n('en'));

  it('hands the shell the origin, method, path, JSON body and token; returns its status and JSON', async () => {
    const { sent, api } = shell(() => ({ ok: true, status: 200, body: { results: [] } }));
    const net = bankServerFetch(api);
    const client = new SyncClient({
      baseUrl: 'https://greenthread.bank.mn',
      token: 'device-token',
      store: new MemorySyncStore(),
      fetch: net,
    });
    await expect(client.conflicts()).rejects.toThrow(); // { results: [] } is not a conflicts page
    expect(sent[0]).toEqual({
      origin: 'https://greenthread.bank.mn',
      method: 'GET',
      path: '/api/sync/conflicts',
      token: 'device-token',
    });
    const res = await net('https://greenthread.bank.mn/api/sync/push?x=1', {
      method: 'POST',
      headers: { authorization: 'Bearer t2', 'content-type': 'application/json' },
      body: '{"changes":[]}',
    });
    expect(sent[1]).toEqual({
      origin: 'https://greenthread.bank.mn',
      method: 'POST',
      path: '/api/sync/push?x=1',
      body: '{"changes":[]}',
      token: 't2',
    });
    expect(res.status).toBe(200);
    await expect(res.json()).resolves.toEqual({ results: [] });
  });

  it("a server's 401 reaches the sync client as its refusal", async () => {
    const { api } = shell(() => ({ ok: true, status: 401, body: { error: 'wrong password' } }));
    await expect(
      signIn(bankServerFetch(api), 'https://greenthread.bank.mn', {
        username: 'a',
        password: 'b',
        deviceName: 'pc',
      }),
    ).rejects.toMatchObject({ status: 401, message: 'wrong password' });
  });

  it('a refusal becomes words (with the address), unreachable stays a network error', async () => {
    const refused = shell(() => ({
      ok: false,
      refusal: 'other-origin',
      detail: 'https://greenthread.bank.mn',
    }));
    const error = await bankServerFetch(refused.api)('https://evil.example/api/me').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BankServerRefusedError);
    expect((error as Error).message).toBe(
      'This computer is set to send only to https://greenthread.bank.mn. Sign in again in Settings → Bank server to use another address.',
    );
    const down = shell(() => ({ ok: false, refusal: 'unreachable', detail: 'ECONNREFUSED' }));
    const e2 = await bankServerFetch(down.api)('https://greenthread.bank.mn/api/me').catch(
      (e: unknown) => e,
    );
    expect(e2).toBeInstanceOf(BankServerUnreachableError);
    expect(e2).toBeInstanceOf(TypeError);
  });

  it('says it in Mongolian on a Mongolian screen', async () => {
    initI18n('mn');
    const { api } = shell(() => ({ ok: false, refusal: 'insecure-address', detail: 'bank.mn' }));
    const error = (await bankServerFetch(api)('http://bank.mn/api/me').catch(
      (e: unknown) => e,
    )) as Error;
    expect(error.message).toContain('зөвхөн https-ээр');
    initI18n('en');
  });

  it('hands a file (an evidence upload) to the shell as base64 bytes', async () => {
    const { sent, api } = shell(() => ({ ok: true, status: 201, body: { stored: 'new' } }));
    const file = Uint8Array.from({ length: 70_000 }, (_, i) => i % 251);
    const res = await bankServerFetch(api)('https://greenthread.bank.mn/api/evidence/o/x', {
      method: 'PUT',
      body: file,
    });
    expect(res.status).toBe(201);
    expect(sent[0]).toMatchObject({ method: 'PUT', path: '/api/evidence/o/x' });
    expect(sent[0]?.body).toBeUndefined();
    expect(Uint8Array.from(atob(sent[0]?.bytes ?? ''), (c) => c.charCodeAt(0))).toEqual(file);
  });

  it('refuses without sending: a body over the limit, a method outside GET/POST/PUT, no shell call', async () => {
    const { sent, api } = shell(() => ({ ok: true, status: 200, body: null }));
    const net = bankServerFetch(api);
    const big = JSON.stringify('x'.repeat(9 * 1024 * 1024));
    await expect(
      net('https://greenthread.bank.mn/api/sync/push', { method: 'POST', body: big }),
    ).rejects.toMatchObject({ refusal: 'too-large' });
    await expect(
      net('https://greenthread.bank.mn/api/x', { method: 'DELETE' }),
    ).rejects.toMatchObject({ refusal: 'bad-request' });
    expect(sent).toHaveLength(0);
    await expect(bankServerFetch({})('https://greenthread.bank.mn/api/me')).rejects.toMatchObject({
      refusal: 'no-transport',
    });
  });
});
