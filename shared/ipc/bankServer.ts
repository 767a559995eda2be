// The one way the renderer reaches the bank server: it asks the shell (Electron main, or the
// local server of the browser build) to send a request, and the shell sends it only to the
// address the user set in Settings → Bank server. The renderer itself keeps connect-src 'self'.
// This file holds what both shells check: the request's shape and limits, and the refusal codes
// the renderer turns into words.
import { z } from 'zod';
import { SYNC_LIMITS } from '../sync/protocol';
import { PACK_LIMITS } from '../catalogue/packSchema';
import { EVIDENCE_LIMITS } from '../limits';

export const BANK_SERVER_LIMITS = {
  /** The largest request body: a full push, or a pack file the administrator publishes. */
  maxBodyBytes: Math.max(SYNC_LIMITS.maxPushBytes, PACK_LIMITS.maxFileBytes),
  /** An evidence file sent up (PUT), as base64: four characters for every three bytes. */
  maxUploadBase64Chars: Math.ceil(EVIDENCE_LIMITS.maxFileBytes / 3) * 4,
  /** The largest answer read: a pull page of 500 records is a few MB, an odd big one fits. */
  maxReplyBytes: 64 * 1024 * 1024,
  /**
   * The largest file read (a report workbook): it crosses IPC as base64, a third larger, so the
   * answer stays well inside the reply limit above.
   */
  maxFileBytes: 32 * 1024 * 1024,
  /** How long one request may take, answer included, before it counts as unreachable. */
  timeoutMs: 60_000,
  maxPathChars: 2_048,
  maxTokenChars: 512,
} as const;

export const BANK_SERVER_METHODS = ['GET', 'POST', 'PUT'] as const;
export type BankServerMethod = (typeof BANK_SERVER_METHODS)[number];

/**
 * A path under /api/ with no way out of it: no dot segments (plain or %-encoded), no backslash
 * (URLs read it as a slash), no empty segment, no fragment, nothing outside printable ASCII.
 */
export function isBankServerPath(path: string): boolean {
  if (!path.startsWith('/api/') || path.length > BANK_SERVER_LIMITS.maxPathChars) return false;
  if (!/^[\x21-\x7e]+$/.test(path) || /[\\#]/.test(path)) return false;
  const pathname = path.split('?')[0] ?? '';
  if (pathname.includes('//') || /%2e|%2f|%5c/i.test(pathname)) return false;
  return !pathname.split('/').some((segment) => segment === '.' || segment === '..');
}

/** UTF-8 length without encoding (shared/ has no TextEncoder): a surrogate pair is 4 bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export const bankServerRequestSchema = z
  .strictObject({
    /** The address the renderer means; refused unless it is the one the shell holds. */
    origin: z.string().min(1).max(BANK_SERVER_LIMITS.maxPathChars),
    method: z.enum(BANK_SERVER_METHODS),
    path: z.string().refine(isBankServerPath, { message: 'not a path under /api/' }),
    /** JSON text; sent with content-type application/json. */
    body: z
      .string()
      .refine((b) => b.length <= BANK_SERVER_LIMITS.maxBodyBytes, { message: 'body too large' })
      .refine((b) => utf8Length(b) <= BANK_SERVER_LIMITS.maxBodyBytes, {
        message: 'body too large',
      })
      .refine(isJson, { message: 'body is not JSON' })
      .optional(),
    /** A file's bytes (base64), sent as application/octet-stream: an evidence file's upload. */
    bytes: z
      .string()
      .max(BANK_SERVER_LIMITS.maxUploadBase64Chars, { message: 'body too large' })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'bytes are not base64' })
      .optional(),
    /** 'file': a successful answer comes back as the file's bytes (base64), not read as JSON. */
    as: z.enum(['json', 'file']).optional(),
    /** The device token; the shell sends it as `authorization: Bearer …`. */
    token: z
      .string()
      .regex(/^[A-Za-z0-9._~+/=-]+$/)
      .max(BANK_SERVER_LIMITS.maxTokenChars)
      .optional(),
  })
  .refine((r) => r.body === undefined || r.bytes === undefined, {
    message: 'a request sends JSON text or a file, not both',
  });
export type BankServerRequest = z.infer<typeof bankServerRequestSchema>;

/** Why the shell did not deliver a request or its answer; the renderer says each in words. */
export const BANK_SERVER_REFUSALS = [
  'not-set',
  'bad-address',
  'insecure-address',
  'other-origin',
  'bad-request',
  'too-large',
  'redirect',
  'reply-too-large',
  'bad-reply',
  'timeout',
  'unreachable',
  'no-transport',
  'proxy-origin',
] as const;
export type BankServerRefusal = (typeof BANK_SERVER_REFUSALS)[number];

/** A file the server answered with (`as: 'file'`); `name` from its content-disposition. */
export interface BankServerFile {
  base64: string;
  contentType: string;
  name?: string;
}

export type BankServerReply =
  | { ok: true; status: number; body: unknown; file?: BankServerFile }
  | { ok: false; refusal: BankServerRefusal; detail?: string };

export type BankServerAddressResult =
  { ok: true; origin: string } | { ok: false; refusal: BankServerRefusal; detail?: string };
