import { mkdtempSync, mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { nodeAppProtocolFs } from '../../electron/app/nodeFs';
import { CONTENT_SECURITY_POLICY } from '../../electron/protocol/csp';
import type { AppProtocolFs } from '../../electron/protocol/resolveAppRequest';
import { resolveAppRequest } from '../../electron/protocol/resolveAppRequest';
import { serveAppRequest } from '../../electron/protocol/serveAppRequest';

const ROOT = '/opt/GreenThread/resources/app.asar/out/renderer';
const FILES = new Set([
  `${ROOT}/index.html`,
  `${ROOT}/assets/index-abc.js`,
  `${ROOT}/assets/index-abc.css`,
  `${ROOT}/assets/noto-sans-cyrillic.woff2`,
  `${ROOT}/assets/logo.svg`,
  `${ROOT}/assets/файл.png`,
]);
const fakeFs: AppProtocolFs = {
  realpath: async (p) => (FILES.has(p) ? p : null),
  isFile: async (p) => FILES.has(p),
};

const get = (url: string) => resolveAppRequest({ method: 'GET', url }, ROOT, fakeFs);

describe('app:// protocol: serving', () => {
  it.each([
    ['app://greenthread/', `${ROOT}/index.html`, 'text/html; charset=utf-8'],
    ['app://greenthread/index.html', `${ROOT}/index.html`, 'text/html; charset=utf-8'],
    [
      'app://greenthread/assets/index-abc.js',
      `${ROOT}/assets/index-abc.js`,
      'text/javascript; charset=utf-8',
    ],
    [
      'app://greenthread/assets/index-abc.css?v=2#x',
      `${ROOT}/assets/index-abc.css`,
      'text/css; charset=utf-8',
    ],
    [
      'app://greenthread/assets/noto-sans-cyrillic.woff2',
      `${ROOT}/assets/noto-sans-cyrillic.woff2`,
      'font/woff2',
    ],
    ['app://greenthread/assets/logo.svg', `${ROOT}/assets/logo.svg`, 'image/svg+xml'],
    [
      'app://greenthread/assets/%D1%84%D0%B0%D0%B9%D0%BB.png',
      `${ROOT}/assets/файл.png`,
      'image/png',
    ],
    ['app://GreenThread/index.html', `${ROOT}/index.html`, 'text/html; charset=utf-8'],
  ])('%s → file', async (url, path, type) => {
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ kind: 'file', path });
    expect(res.headers['Content-Type']).toBe(type);
  });

  it('falls back to index.html for client-side routes', async () => {
    for (const url of ['app://greenthread/organisations', 'app://greenthread/assess/vcp/step-2']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ kind: 'file', path: `${ROOT}/index.html` });
    }
  });

  it('gives 404 for a missing asset instead of HTML', async () => {
    const res = await get('app://greenthread/assets/missing-123.js');
    expect(res.status).toBe(404);
    expect(res.body.kind).toBe('none');
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH'])(
    'refuses %s with 405',
    async (method) => {
      const res = await resolveAppRequest(
        { method, url: 'app://greenthread/index.html' },
        ROOT,
        fakeFs,
      );
      expect(res.status).toBe(405);
      expect(res.headers.Allow).toBe('GET');
      expect(res.body.kind).toBe('none');
    },
  );

  it.each([
    'app://evil/index.html',
    'app://greenthread.evil/index.html',
    'app://user@greenthread/index.html',
    'app://greenthread:8080/index.html',
    'file:///opt/GreenThread/resources/app.asar/out/renderer/index.html',
    'https://greenthread/index.html',
  ])('refuses foreign host or scheme %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(403);
  });

  it('puts the CSP and nosniff on every response, errors included', async () => {
    const responses = await Promise.all([
      get('app://greenthread/'),
      get('app://greenthread/assets/missing.js'),
      get('app://evil/'),
      resolveAppRequest({ method: 'POST', url: 'app://greenthread/' }, ROOT, fakeFs),
    ]);
    for (const res of responses) {
      expect(res.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });
});

describe('app:// protocol: traversal guard', () => {
  // Each must never resolve to a file outside ROOT. Some are normalised away by the URL parser
  // (then they are harmless in-root lookups); the rest must be refused outright.
  const NASTY = [
    'app://greenthread/../../../../etc/passwd',
    'app://greenthread/assets/../../../secret',
    'app://greenthread/%2e%2e/%2e%2e/etc/passwd',
    'app://greenthread/..%2f..%2fetc%2fpasswd',
    'app://greenthread/..%2F..%2Fetc%2Fpasswd',
    'app://greenthread/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://greenthread/assets/..%5c..%5cwindows%5cwin.ini',
    'app://greenthread/..%5C..%5Cwindows',
    'app://greenthread/%252e%252e/%252e%252e/etc/passwd',
    'app://greenthread//etc/passwd',
    'app://greenthread/%2Fetc%2Fpasswd',
    'app://greenthread/C:%5CWindows%5Cwin.ini',
    'app://greenthread/C:/Windows/win.ini',
    'app://greenthread/index.html%00.png',
    'app://greenthread/assets/%E0%A4%A',
    'app://greenthread/index.html::$DATA',
    'app://greenthread/.%2e/.%2e/etc/passwd',
  ];

  it.each(NASTY)('%s stays inside the renderer folder', async (url) => {
    const res = await get(url);
    if (res.body.kind === 'file') {
      expect(res.body.path.startsWith(ROOT + '/')).toBe(true);
      expect(FILES.has(res.body.path)).toBe(true);
    } else {
      expect([400, 403, 404]).toContain(res.status);
    }
  });

  it.each([
    ['encoded slash', 'app://greenthread/..%2f..%2fetc%2fpasswd'],
    ['encoded backslash', 'app://greenthread/assets/..%5c..%5cwindows%5cwin.ini'],
    ['encoded absolute', 'app://greenthread/%2Fetc%2Fpasswd'],
    ['drive letter', 'app://greenthread/C:%5CWindows%5Cwin.ini'],
    ['NUL byte', 'app://greenthread/index.html%00.png'],
    ['alternate data stream', 'app://greenthread/index.html::$DATA'],
    ['malformed escape', 'app://greenthread/assets/%E0%A4%A'],
  ])('refuses %s with 403', async (_label, url) => {
    expect((await get(url)).status).toBe(403);
  });
});

describe('app:// protocol on a real folder', () => {
  let base: string;
  let root: string;
  beforeAll(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'gt-protocol-')));
    root = join(base, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>GT</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(base, 'secret.txt'), 'top secret');
    symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'leak.js'));
    symlinkSync(base, join(root, 'up'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('serves a real file with its bytes and headers', async () => {
    const res = await serveAppRequest(
      { method: 'GET', url: 'app://greenthread/assets/app.js' },
      root,
      nodeAppProtocolFs,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toBe('console.log(1)');
  });

  it('refuses a symlink whose target is outside the folder', async () => {
    for (const url of ['app://greenthread/assets/leak.js', 'app://greenthread/up/secret.txt']) {
      const res = await serveAppRequest({ method: 'GET', url }, root, nodeAppProtocolFs);
      expect(res.status).toBe(403);
      expect(await res.text()).toBe('');
    }
  });

  it('answers 405 with no body for POST', async () => {
    const res = await serveAppRequest(
      { method: 'POST', url: 'app://greenthread/index.html' },
      root,
      nodeAppProtocolFs,
    );
    expect(res.status).toBe(405);
    expect(await res.text()).toBe('');
  });

  it('does not serve the folder itself or a directory', async () => {
    const res = await resolveAppRequest(
      { method: 'GET', url: 'app://greenthread/assets' },
      root,
      nodeAppProtocolFs,
    );
    // A directory is not a file: the SPA fallback answers with index.html, never a listing.
    expect(res.body).toEqual({ kind: 'file', path: `${root}${sep}index.html` });
  });
});
