// Pure request → response decision for the app:// protocol (Electron security checklist item 18).
// Only files under the packaged renderer folder are ever served; everything else is 4xx.
import { join, relative, isAbsolute, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from './csp';
import { mimeTypeFor } from './mimeTypes';

export interface AppProtocolFs {
  /** Resolves symlinks; null when nothing exists at the path. */
  realpath(path: string): Promise<string | null>;
  isFile(path: string): Promise<boolean>;
}

export interface AppProtocolRequest {
  method: string;
  url: string;
}

export type AppResponseBody = { kind: 'file'; path: string } | { kind: 'none' };

export interface AppProtocolResponse {
  status: number;
  headers: Record<string, string>;
  body: AppResponseBody;
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

function empty(status: number, extra: Record<string, string> = {}): AppProtocolResponse {
  return { status, headers: { ...SECURITY_HEADERS, ...extra }, body: { kind: 'none' } };
}

function file(path: string): AppProtocolResponse {
  return {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(path) },
    body: { kind: 'file', path },
  };
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** Splits and decodes the path; null when any segment is hostile. */
function safeSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // Encoded separators (%2f, %5c), dot segments (also as %2e%2e), NUL and drive letters or
    // alternate data streams (":") never name a legitimate bundle file.
    if (decoded === '.' || decoded === '..') return null;
    if (/[/\\\0:]/.test(decoded)) return null;
    segments.push(decoded);
  }
  return segments;
}

/**
 * Decides how to answer one app:// request. `rootDir` must already be a real path (symlinks
 * resolved) so the symlink-escape check compares like with like.
 */
export async function resolveAppRequest(
  request: AppProtocolRequest,
  rootDir: string,
  fs: AppProtocolFs,
): Promise<AppProtocolResponse> {
  if (request.method !== 'GET') return empty(405, { Allow: 'GET' });

  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return empty(400);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST)
    return empty(403);
  if (url.username !== '' || url.password !== '' || url.port !== '') return empty(403);

  const segments = safeSegments(url.pathname);
  if (segments === null) return empty(403);

  const indexPath = join(rootDir, 'index.html');
  if (segments.length === 0) return file(indexPath);

  const candidate = join(rootDir, ...segments);
  if (!isInside(rootDir, candidate)) return empty(403);

  const real = await fs.realpath(candidate);
  if (real !== null) {
    if (!isInside(rootDir, real)) return empty(403);
    if (await fs.isFile(real)) return file(real);
  }

  // Single-page app: a route such as /assessment/vcp gets index.html; a missing asset is a 404.
  const last = segments[segments.length - 1] ?? '';
  return last.includes('.') ? empty(404) : file(indexPath);
}
