// ONE test that fails if any item of the Electron security checklist regresses
// (/work/shared/style/anchors.md §3). It boots the real bootstrap() against a recording electron
// stand-in, so it checks the wiring, not just the pure helpers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../electron/protocol/csp';
import { INVOKE } from '../../shared/ipc/channels';
import { recorded, untilWindowLoaded } from './fakes/electronMock';

vi.mock('electron', async () => (await import('./fakes/electronMock')).electronModule);

function fusesFromBuilderYml(): Record<string, string> {
  const text = readFileSync(join(import.meta.dirname, '../../electron-builder.yml'), 'utf8');
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === 'electronFuses:');
  const fuses: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const m = /^\s{2}(\w+):\s*(\S+)\s*$/.exec(line);
    if (m === null) break;
    fuses[m[1]!] = m[2]!;
  }
  return fuses;
}

describe('Electron security checklist', () => {
  it('every item holds', async () => {
    const { bootstrap } = await import('../../electron/app/bootstrap');
    bootstrap();
    const win = await untilWindowLoaded();
    const problems: string[] = [];
    const expectThat = (ok: boolean, item: string) => {
      if (!ok) problems.push(item);
    };

    // 2–4, 6, 8–12: window preferences.
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expectThat(prefs.contextIsolation === true, '3 contextIsolation true');
    expectThat(prefs.sandbox === true, '4 sandbox true');
    expectThat(prefs.nodeIntegration === false, '2 nodeIntegration false');
    expectThat(prefs.webSecurity === true, '6 webSecurity true');
    expectThat(prefs.allowRunningInsecureContent === false, '8 no insecure content');
    expectThat(prefs.experimentalFeatures === false, '9 no experimental features');
    expectThat(!('enableBlinkFeatures' in prefs), '10 no enableBlinkFeatures');
    expectThat(prefs.webviewTag === false, '11 webviewTag false');
    expectThat(
      String(prefs.preload).endsWith(join('preload', 'preload.cjs')),
      'preload is the CJS bundle',
    );

    // 7: CSP.
    expectThat(!CONTENT_SECURITY_POLICY.includes('unsafe-eval'), '7 CSP without unsafe-eval');
    expectThat(CONTENT_SECURITY_POLICY.includes("object-src 'none'"), "7 CSP object-src 'none'");
    expectThat(CONTENT_SECURITY_POLICY.includes("base-uri 'none'"), "7 CSP base-uri 'none'");
    expectThat(
      CONTENT_SECURITY_POLICY.includes("script-src 'self';"),
      "7 CSP script-src 'self' only",
    );
    expectThat(CONTENT_SECURITY_POLICY.includes("frame-ancestors 'none'"), '7 CSP frame-ancestors');
    expectThat(
      CONTENT_SECURITY_POLICY.includes("require-trusted-types-for 'script'") &&
        CONTENT_SECURITY_POLICY.includes("trusted-types 'none'"),
      '7 CSP Trusted Types for scripts, no policies',
    );
    expectThat(!CONTENT_SECURITY_POLICY.includes('unsafe-inline'), '7 CSP without unsafe-inline');

    // 5: permissions denied.
    let granted: boolean | null = null;
    const request = recorded.permissionRequestHandler as
      ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null;
    request?.(null, 'media', (ok) => {
      granted = ok;
    });
    expectThat(granted === false, '5 permission requests denied');
    const check = recorded.permissionCheckHandler as ((wc: unknown, p: string) => boolean) | null;
    expectThat(check !== null && !check(null, 'geolocation'), '5 permission checks denied');

    // 11–14: navigation, webview and new-window guards on every web contents.
    const created = recorded.appListeners.get('web-contents-created') as
      ((event: unknown, contents: unknown) => void) | undefined;
    expectThat(created !== undefined, 'guards installed on every new web contents');
    const contents = win.webContents;
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      for (const l of contents.listeners.get(event) ?? []) {
        (l as (e: { preventDefault(): void }, url: string) => void)(
          { preventDefault: () => (prevented = true) },
          'https://evil.example/',
        );
      }
      expectThat(prevented, `13 ${event} prevented`);
    }
    expectThat(
      contents.windowOpenHandler?.({ url: 'https://www.ifc.org/' }).action === 'deny' &&
        contents.windowOpenHandler({ url: 'https://evil.example/' }).action === 'deny',
      '14 window.open denied',
    );

    // 17: every IPC channel registered (through the checking wrapper).
    expectThat(
      [...recorded.ipcChannels.keys()].sort().join() === Object.values(INVOKE).sort().join(),
      '17 all channels registered via handle()',
    );
    const listener = recorded.ipcChannels.get(INVOKE.getAppInfo) as
      ((event: unknown) => Promise<unknown>) | undefined;
    const refused = await listener?.({
      senderFrame: { url: 'https://evil.example/' },
      sender: {},
    }).then(
      () => false,
      () => true,
    );
    expectThat(refused === true, '17 untrusted sender refused');

    // 18: custom protocol, registered privileged before ready, and the app loads from it.
    expectThat(
      recorded.order.indexOf('registerSchemesAsPrivileged') < recorded.order.indexOf('whenReady'),
      '18 scheme registered before ready',
    );
    expectThat(
      JSON.stringify(recorded.privilegedSchemes).includes('"standard":true,"secure":true'),
      '18 app scheme standard + secure',
    );
    expectThat(recorded.protocolHandlers.has('app'), '18 app:// handler installed');
    expectThat(
      win.loadedUrl === 'app://greenthread/index.html',
      '18 window loads app://greenthread',
    );
    const post = await recorded.protocolHandlers.get('app')?.(
      new Request('app://greenthread/index.html', { method: 'POST' }),
    );
    expectThat(post?.status === 405, '18 protocol refuses POST');
    expectThat(
      post?.headers.get('content-security-policy') === CONTENT_SECURITY_POLICY,
      '7 CSP header on protocol responses',
    );

    // 16 is process (upgrade Electron); 19: fuses in electron-builder.yml.
    const fuses = fusesFromBuilderYml();
    expectThat(fuses.runAsNode === 'false', '19 fuse runAsNode false');
    expectThat(fuses.enableNodeOptionsEnvironmentVariable === 'false', '19 fuse NODE_OPTIONS off');
    expectThat(fuses.enableNodeCliInspectArguments === 'false', '19 fuse --inspect off');
    expectThat(fuses.enableEmbeddedAsarIntegrityValidation === 'true', '19 fuse asar integrity');
    expectThat(fuses.onlyLoadAppFromAsar === 'true', '19 fuse only load from asar');
    expectThat(fuses.enableCookieEncryption === 'true', '19 fuse cookie encryption');
    expectThat(fuses.grantFileProtocolExtraPrivileges === 'false', '19 fuse no file:// privileges');

    // 20: the preload exposes only named functions (see preload.test.ts); here: one global.
    const preloadSource = readFileSync(
      join(import.meta.dirname, '../../electron/preload.ts'),
      'utf8',
    )
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n');
    expectThat(
      (preloadSource.match(/exposeInMainWorld\(/g) ?? []).length === 1 &&
        !/process\.env/.test(preloadSource),
      '20 one exposed global, no process.env',
    );

    expect(problems).toEqual([]);
  });
});
