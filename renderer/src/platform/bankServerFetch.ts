// The sync client's fetch, built on the shell's bank-server call: the renderer never opens a
// connection itself (its CSP keeps connect-src 'self'); Electron main, or the browser build's
// local server, sends the request to the address set in Settings and nowhere else.
import {
  BANK_SERVER_LIMITS,
  utf8Length,
  type BankServerRefusal,
  type BankServerRequest,
} from '../../../shared/ipc/bankServer';
import type { PlatformApi } from '../../../shared/ipc/contract';
import { i18next } from '../i18n/i18n';
import type { FetchLike } from '../sync/client';

/** Words for a refusal, in the language on screen; the code is kept beside them. */
export function refusalWords(refusal: BankServerRefusal, detail?: string): string {
  return i18next.t(`bankServer:refusal.${refusal}`, { detail: detail ?? '' });
}

/** The shell would not send the request, or the answer broke a rule: a retry will not help. */
export class BankServerRefusedError extends Error {
  constructor(
    readonly refusal: BankServerRefusal,
    detail?: string,
  ) {
    super(refusalWords(refusal, detail));
    this.name = 'BankServerRefusedError';
  }
}

/** The server could not be reached (or did not answer in time); a later attempt may work. */
export class BankServerUnreachableError extends TypeError {
  constructor(
    readonly refusal: BankServerRefusal,
    detail?: string,
  ) {
    super(refusalWords(refusal, detail));
    this.name = 'BankServerUnreachableError';
  }
}

const NULL_BODY = new Set([204, 205, 304]);

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a whole 25 MB file as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function headerValue(headers: RequestInit['headers'], name: string): string | undefined {
  if (!headers) return undefined;
  return new Headers(headers).get(name) ?? undefined;
}

export function bankServerFetch(api: Pick<PlatformApi, 'bankServerRequest'>): FetchLike {
  return async (url, init = {}) => {
    if (!api.bankServerRequest) throw new BankServerRefusedError('no-transport');
    const target = new URL(url);
    const method = (init.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'POST' && method !== 'PUT')
      throw new BankServerRefusedError('bad-request');
    const body = init.body;
    // A file's bytes (an evidence upload) cross to the shell as base64.
    const bytes = body instanceof Uint8Array ? toBase64(body) : undefined;
    if (bytes !== undefined && bytes.length > BANK_SERVER_LIMITS.maxUploadBase64Chars)
      throw new BankServerRefusedError('too-large');
    if (body !== undefined && body !== null && typeof body !== 'string' && bytes === undefined)
      throw new BankServerRefusedError('bad-request', 'the body is not JSON text or a file');
    if (typeof body === 'string' && utf8Length(body) > BANK_SERVER_LIMITS.maxBodyBytes)
      throw new BankServerRefusedError('too-large');
    const token = headerValue(init.headers, 'authorization')?.replace(/^Bearer\s+/i, '');
    // A caller that accepts something other than JSON wants a file: the shell sends its bytes.
    const accept = headerValue(init.headers, 'accept');
    const asFile = accept !== undefined && !accept.includes('json');
    const request: BankServerRequest = {
      origin: target.origin,
      method,
      path: `${target.pathname}${target.search}`,
      ...(typeof body === 'string' ? { body } : {}),
      ...(bytes !== undefined ? { bytes } : {}),
      ...(token ? { token } : {}),
      ...(asFile ? { as: 'file' as const } : {}),
    };
    const reply = await api.bankServerRequest(request);
    if (!reply.ok) {
      if (reply.refusal === 'unreachable' || reply.refusal === 'timeout')
        throw new BankServerUnreachableError(reply.refusal, reply.detail);
      throw new BankServerRefusedError(reply.refusal, reply.detail);
    }
    if (reply.file) {
      const bytes = Uint8Array.from(atob(reply.file.base64), (c) => c.charCodeAt(0));
      return new Response(bytes, {
        status: reply.status,
        headers: {
          'content-type': reply.file.contentType,
          ...(reply.file.name
            ? { 'content-disposition': `attachment; filename="${reply.file.name}"` }
            : {}),
        },
      });
    }
    const text =
      reply.body === null || NULL_BODY.has(reply.status) ? null : JSON.stringify(reply.body);
    return new Response(text, {
      status: reply.status,
      headers: text === null ? {} : { 'content-type': 'application/json' },
    });
  };
}
