// The browser build's transport: the local server that serves the web build on 127.0.0.1 also
// forwards the renderer's bank-server requests, so the page keeps connect-src 'self'. It sends
// only to the one origin it was started with (GT_BANK_SERVER), by the same rules as Electron
// main (./send.ts), and answers only pages of its own origin.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  BANK_SERVER_LIMITS,
  type BankServerAddressResult,
  type BankServerReply,
} from '../../../shared/ipc/bankServer';
import { checkBankServerAddress } from './address';
import { sendToBankServer, type BankServerFetch } from './send';

// A request's JSON quotes its body, which can nearly double it; the envelope adds a little.
const MAX_ENVELOPE_BYTES =
  Math.max(2 * BANK_SERVER_LIMITS.maxBodyBytes, BANK_SERVER_LIMITS.maxUploadBase64Chars) +
  64 * 1024;

export interface LocalProxyOptions {
  /** GT_BANK_SERVER as given; undefined or refused: every request is answered 'no-transport'. */
  bankServer: string | undefined;
  fetch: BankServerFetch;
  log?: (line: string) => void;
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    req.on('data', (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > MAX_ENVELOPE_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

/** Only the web build's own page may use the proxy: same origin, JSON (so a preflight for others). */
function fromOwnPage(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return false;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host ?? ''}`;
}

/**
 * A connect-style middleware mounted at /bank-server, where the web build posts
 * (renderer/src/platform/webPlatform.ts); req.url is the rest of the path.
 */
export function createLocalProxy(options: LocalProxyOptions) {
  const checked =
    options.bankServer === undefined || options.bankServer === ''
      ? null
      : checkBankServerAddress(options.bankServer);
  if (checked && !checked.ok) {
    options.log?.(
      `GT_BANK_SERVER=${options.bankServer} is refused (${checked.refusal}: ${checked.detail ?? ''}); ` +
        'the browser build will not reach a bank server',
    );
  }
  const origin = checked?.ok ? checked.origin : null;
  if (origin) options.log?.(`bank server requests are forwarded to ${origin}`);
  const noTransport = { ok: false, refusal: 'no-transport' } as const;

  const handle = async (
    req: IncomingMessage,
    res: ServerResponse,
    next: (err?: unknown) => void,
  ): Promise<void> => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/address' && path !== '/request') {
      next();
      return;
    }
    try {
      if (!fromOwnPage(req)) {
        answer(res, 403, { error: 'only the GreenThread page served here may use this' });
        return;
      }
      const text = await readBody(req);
      if (text === null) {
        answer(res, 200, { ok: false, refusal: 'too-large' } satisfies BankServerReply);
        return;
      }
      let input: unknown;
      try {
        input = JSON.parse(text);
      } catch {
        answer(res, 200, { ok: false, refusal: 'bad-request' } satisfies BankServerReply);
        return;
      }
      if (path === '/address') {
        const address =
          typeof input === 'object' && input !== null
            ? (input as { address?: unknown }).address
            : '';
        const asked = checkBankServerAddress(typeof address === 'string' ? address : '');
        let result: BankServerAddressResult = asked;
        if (asked.ok && origin === null) result = noTransport;
        else if (asked.ok && asked.origin !== origin)
          result = { ok: false, refusal: 'proxy-origin', detail: origin ?? '' };
        answer(res, 200, result);
        return;
      }
      if (origin === null) {
        answer(res, 200, noTransport satisfies BankServerReply);
        return;
      }
      answer(res, 200, await sendToBankServer({ fetch: options.fetch }, origin, input));
    } catch (error) {
      next(error);
    }
  };
  return (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void): void => {
    void handle(req, res, next);
  };
}
