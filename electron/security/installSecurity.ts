// Navigation, new-window, webview and permission guards (Electron security checklist 5, 11–15).
// Takes structural stand-ins for WebContents and Session so tests can drive it with fakes.
import { isAllowedExternalUrl } from './externalUrl';

interface PreventableEvent {
  preventDefault(): void;
}

export interface GuardedWebContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: PreventableEvent, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

export interface SecurityDeps {
  openExternal(url: string): Promise<void>;
  log(message: string): void;
}

/** Denies every permission (camera, geolocation, notifications…): the app needs none. */
export function installPermissionGuards(session: GuardedSession, deps: SecurityDeps): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => {
    deps.log(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

/**
 * The renderer is a single-page app: it never navigates, never opens windows and never embeds
 * webviews. Allow-listed https links go to the system browser instead.
 */
export function installNavigationGuards(contents: GuardedWebContents, deps: SecurityDeps): void {
  const block = (event: PreventableEvent, url: string): void => {
    event.preventDefault();
    deps.log(`blocked navigation to ${url}`);
  };
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log('blocked webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) {
      deps.openExternal(url).catch((error: unknown) => {
        deps.log(`openExternal failed: ${String(error)}`);
      });
    } else {
      deps.log(`blocked window.open to ${url}`);
    }
    return { action: 'deny' };
  });
}
