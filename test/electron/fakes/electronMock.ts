// A recording stand-in for the 'electron' module, enough for bootstrap() to run in node.
// Use with: vi.mock('electron', async () => (await import('./fakes/electronMock')).electronModule)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Fn = (...args: never[]) => unknown;

export interface Recorded {
  appListeners: Map<string, Fn>;
  privilegedSchemes: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  permissionRequestHandler: Fn | null;
  permissionCheckHandler: Fn | null;
  ipcChannels: Map<string, Fn>;
  windows: FakeWindow[];
  menus: unknown[];
  order: string[];
  userData: string;
  /** Error boxes are a test failure unless a test says it expects them. */
  expectErrorBoxes: boolean;
  errorBoxes: [string, string][];
  messageBoxes: unknown[];
}

export const recorded: Recorded = {
  appListeners: new Map(),
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  permissionRequestHandler: null,
  permissionCheckHandler: null,
  ipcChannels: new Map(),
  windows: [],
  menus: [],
  order: [],
  userData: mkdtempSync(join(tmpdir(), 'gt-userdata-')),
  expectErrorBoxes: false,
  errorBoxes: [],
  messageBoxes: [],
};

export class FakeWebContents {
  listeners = new Map<string, Fn[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: [string, unknown][] = [];
  on(event: string, listener: Fn): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  reloads = 0;
  reload(): void {
    this.reloads += 1;
  }
  forcefullyCrashRenderer(): void {}
  isDestroyed(): boolean {
    return false;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? [])
      (listener as (...a: unknown[]) => void)(...args);
  }
}

export class FakeWindow {
  webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  constructor(public options: Record<string, unknown>) {
    recorded.windows.push(this);
  }
  listeners = new Map<string, Fn[]>();
  once(): void {}
  on(event: string, listener: Fn): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  maximize(): void {}
  restore(): void {}
  focused = 0;
  focus(): void {
    this.focused += 1;
  }
  isMaximized(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 820 };
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }
}

const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };

export const electronModule = {
  app: {
    isPackaged: true,
    requestSingleInstanceLock: () => {
      recorded.order.push('requestSingleInstanceLock');
      return true;
    },
    on: (event: string, listener: Fn) => {
      recorded.appListeners.set(event, listener);
    },
    whenReady: () => {
      recorded.order.push('whenReady');
      return Promise.resolve();
    },
    getPath: (name: string) =>
      name === 'userData' ? recorded.userData : join(recorded.userData, name),
    getLocale: () => 'mn-MN',
    getVersion: () => '0.1.0',
    addRecentDocument: () => undefined,
    clearRecentDocuments: () => undefined,
    quit: () => undefined,
    exit: () => undefined,
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      recorded.order.push('registerSchemesAsPrivileged');
      recorded.privilegedSchemes.push(...schemes);
    },
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
      recorded.protocolHandlers.set(scheme, handler);
    },
  },
  net: {
    fetch: () => Promise.reject(new TypeError('no network in tests')),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: Fn) => {
        recorded.permissionRequestHandler = handler;
      },
      setPermissionCheckHandler: (handler: Fn) => {
        recorded.permissionCheckHandler = handler;
      },
    },
  },
  ipcMain: {
    handle: (channel: string, listener: Fn) => {
      recorded.ipcChannels.set(channel, listener);
    },
  },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => {
      recorded.menus.push(menu);
    },
  },
  BrowserWindow: FakeWindow,
  screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
  dialog: {
    showErrorBox: (title: string, message: string) => {
      if (!recorded.expectErrorBoxes) throw new Error(`unexpected error box: ${title}: ${message}`);
      recorded.errorBoxes.push([title, message]);
    },
    showMessageBox: async (...args: unknown[]) => {
      recorded.messageBoxes.push(args[args.length - 1]);
      return { response: 0 };
    },
    showSaveDialog: async () => ({ canceled: true }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  },
  shell: { openExternal: async () => undefined, openPath: async () => '' },
};

/** Waits until bootstrap's async start() has created and loaded the window. */
export async function untilWindowLoaded(): Promise<FakeWindow> {
  for (let i = 0; i < 200; i += 1) {
    const win = recorded.windows[0];
    if (win?.loadedUrl != null) return win;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('bootstrap never loaded a window');
}
