import type { GuardedSession, GuardedWebContents } from '../../electron/security/installSecurity';
import {
  installNavigationGuards,
  installPermissionGuards,
} from '../../electron/security/installSecurity';

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardedWebContents = {
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  return { contents, listeners, open: (url: string) => openHandler?.({ url }) };
}

function deps() {
  const opened: string[] = [];
  const logs: string[] = [];
  return {
    opened,
    logs,
    deps: {
      openExternal: async (url: string) => {
        opened.push(url);
      },
      log: (m: string) => logs.push(m),
    },
  };
}

describe('navigation guards', () => {
  it('prevents navigation, redirects and webviews and logs them', () => {
    const f = fakeContents();
    const d = deps();
    installNavigationGuards(f.contents, d.deps);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      f.listeners.get(event)?.({ preventDefault }, 'https://www.ifc.org/');
      expect(preventDefault, event).toHaveBeenCalledOnce();
    }
    expect(d.logs).toHaveLength(3);
  });

  it('denies every new window, sending only allow-listed https links to the browser', () => {
    const f = fakeContents();
    const d = deps();
    installNavigationGuards(f.contents, d.deps);
    expect(f.open('https://www.ebrd.com/policy')).toEqual({ action: 'deny' });
    expect(f.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(f.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(d.opened).toEqual(['https://www.ebrd.com/policy']);
  });
});

describe('permission guards', () => {
  it('denies requests and checks for every permission', () => {
    let request: Parameters<GuardedSession['setPermissionRequestHandler']>[0] | null = null;
    let check: Parameters<GuardedSession['setPermissionCheckHandler']>[0] | null = null;
    const d = deps();
    installPermissionGuards(
      {
        setPermissionRequestHandler: (h) => {
          request = h;
        },
        setPermissionCheckHandler: (h) => {
          check = h;
        },
      },
      d.deps,
    );
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!(null, permission)).toBe(false);
    }
    expect(d.logs[0]).toBe('denied permission request: media');
  });
});
