// Sends one request to the bank server for the renderer, which has no network of its own.
// Used by Electron main (behind IPC) and by the browser build's local server alike: only to
// the origin the shell holds, only under /api/, no redirect followed, bounded in size and time.
import { concatBytes } from '../../../shared/bytes/concatBytes';
import {
  BANK_SERVER_LIMITS,
  bankServerRequestSchema,
  type BankServerReply,
} from '../../../shared/ipc/bankServer';
import { checkBankServerAddress } from './address';

export type BankServerFetch = (
  url: string,
  init: {
    method: string;
    headers: Record<string, string>;
    body?: string | Uint8Array<ArrayBuffer>;
    redirect: 'manual';
    signal: AbortSignal;
  },
) => Promise<Response>;

export interface SendDeps {
  fetch: BankServerFetch;
  timeoutMs?: number;
  maxReplyBytes?: number;
  maxFileBytes?: number;
}

/** `attachment; filename="x.xlsx"` → x.xlsx; only a plain file name, never a path. */
function fileName(disposition: string | null): string | undefined {
  const name = /filename="([^"/\\]{1,200})"/.exec(disposition ?? '')?.[1];
  return name && !name.startsWith('.') ? name : undefined;
}

class Refused extends Error {
  constructor(readonly reply: Extract<BankServerReply, { ok: false }>) {
    super(reply.refusal);
  }
}

async function readCapped(res: Response, max: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > max) {
    await res.body?.cancel();
    throw new Refused({ ok: false, refusal: 'reply-too-large', detail: `${declared} bytes` });
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw new Refused({ ok: false, refusal: 'reply-too-large', detail: `over ${max} bytes` });
    }
    chunks.push(value);
  }
  return concatBytes(chunks, total);
}

/**
 * `heldOrigin` is the address the shell stored when the user set it (null: none yet). The
 * request is checked again here, whoever called, so the browser build's proxy is as strict as IPC.
 */
export async function sendToBankServer(
  deps: SendDeps,
  heldOrigin: string | null,
  input: unknown,
): Promise<BankServerReply> {
  const parsed = bankServerRequestSchema.safeParse(input);
  if (!parsed.success) {
    const tooLarge = parsed.error.issues.some((i) => i.message === 'body too large');
    return {
      ok: false,
      refusal: tooLarge ? 'too-large' : 'bad-request',
      detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    };
  }
  const request = parsed.data;
  if (heldOrigin === null) return { ok: false, refusal: 'not-set' };
  const asked = checkBankServerAddress(request.origin);
  if (!asked.ok || asked.origin !== heldOrigin) {
    return { ok: false, refusal: 'other-origin', detail: heldOrigin };
  }
  const url = new URL(request.path, heldOrigin);
  if (url.origin !== heldOrigin || !url.pathname.startsWith('/api/')) {
    return { ok: false, refusal: 'bad-request', detail: 'not a path under /api/' };
  }

  const timeoutMs = deps.timeoutMs ?? BANK_SERVER_LIMITS.timeoutMs;
  const maxReply = deps.maxReplyBytes ?? BANK_SERVER_LIMITS.maxReplyBytes;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Raced rather than trusted to the signal alone: the answer's body is read under it too.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Refused({ ok: false, refusal: 'timeout', detail: `${timeoutMs} ms` }));
    }, timeoutMs);
  });
  const exchange = async (): Promise<BankServerReply> => {
    let res: Response;
    try {
      res = await deps.fetch(url.href, {
        method: request.method,
        headers: {
          accept: request.as === 'file' ? '*/*' : 'application/json',
          ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(request.bytes !== undefined ? { 'content-type': 'application/octet-stream' } : {}),
          ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
        },
        ...(request.body !== undefined ? { body: request.body } : {}),
        ...(request.bytes !== undefined
          ? { body: new Uint8Array(Buffer.from(request.bytes, 'base64')) }
          : {}),
        redirect: 'manual',
        signal: controller.signal,
      });
    } catch (error) {
      if (controller.signal.aborted) throw error;
      return { ok: false, refusal: 'unreachable', detail: String(error) };
    }
    if (
      res.redirected ||
      res.type === 'opaqueredirect' ||
      (res.status >= 300 && res.status < 400)
    ) {
      await res.body?.cancel();
      const to = res.headers.get('location');
      return { ok: false, refusal: 'redirect', ...(to ? { detail: to.slice(0, 300) } : {}) };
    }
    if (request.as === 'file' && res.ok) {
      const maxFile = deps.maxFileBytes ?? BANK_SERVER_LIMITS.maxFileBytes;
      const file = await readCapped(res, maxFile);
      const name = fileName(res.headers.get('content-disposition'));
      return {
        ok: true,
        status: res.status,
        body: null,
        file: {
          base64: Buffer.from(file).toString('base64'),
          contentType: res.headers.get('content-type') ?? 'application/octet-stream',
          ...(name ? { name } : {}),
        },
      };
    }
    const bytes = await readCapped(res, maxReply);
    const text = new TextDecoder().decode(bytes);
    let body: unknown = null;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        return { ok: false, refusal: 'bad-reply', detail: `status ${res.status}, not JSON` };
      }
    }
    return { ok: true, status: res.status, body };
  };
  try {
    return await Promise.race([exchange(), timeout]);
  } catch (error) {
    if (error instanceof Refused) return error.reply;
    return { ok: false, refusal: 'unreachable', detail: String(error) };
  } finally {
    clearTimeout(timer);
  }
}
