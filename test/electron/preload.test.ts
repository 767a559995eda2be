import { EVENT, INVOKE, MAX_FILE_BYTES } from '../../shared/ipc/channels';
import type { PlatformApi } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
  return {
    listeners,
    exposeInMainWorld: vi.fn(),
    invoke: vi.fn(async (...args: unknown[]) => `result:${args.length}`),
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    }),
    removeListener: vi.fn((channel: string, listener: unknown) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    }),
    emit(channel: string, payload: unknown) {
      for (const l of listeners.get(channel) ?? []) l({}, payload);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: electron.invoke,
    on: electron.on,
    removeListener: electron.removeListener,
  },
}));

async function loadPreload(): Promise<Required<PlatformApi>> {
  vi.resetModules();
  electron.listeners.clear();
  electron.exposeInMainWorld.mockClear();
  electron.invoke.mockClear();
  await import('../../electron/preload');
  const [name, api] = electron.exposeInMainWorld.mock.calls[0] as [string, Required<PlatformApi>];
  expect(name).toBe('greenthread');
  return api;
}

describe('preload bridge', () => {
  it('exposes exactly one object of named functions and nothing else', async () => {
    const api = await loadPreload();
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(api).sort()).toEqual(
      [
        'saveFile',
        'openFiles',
        'printReport',
        'getAppInfo',
        'onMenuCommand',
        'onFileOpened',
        'onFileRefused',
        'writeAutoBackup',
        'listAutoBackups',
        'readAutoBackup',
        'openDataFolder',
        'openExternal',
        'setLanguage',
        'setBankServerAddress',
        'bankServerRequest',
      ].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    // No raw IPC, generic invoke or environment leaks.
    for (const banned of ['ipcRenderer', 'invoke', 'send', 'on', 'process', 'env', 'require']) {
      expect(api).not.toHaveProperty(banned);
    }
  });

  it('maps each function to its channel with the argument unchanged', async () => {
    const api = await loadPreload();
    const bytes = new Uint8Array([1]);
    const req = { kind: 'workbook' as const, suggestedName: 'a.xlsx', bytes };
    await api.saveFile(req);
    await api.openFiles({ kind: 'package', multiple: true });
    await api.printReport('r');
    await api.getAppInfo();
    await api.writeAutoBackup(bytes);
    await api.listAutoBackups();
    await api.readAutoBackup('greenthread-auto-2026-11-24.json');
    await api.openDataFolder();
    await api.openExternal('https://www.ifc.org/');
    await api.setLanguage('mn');
    const bankReq = { origin: 'https://gt.bank.mn', method: 'GET' as const, path: '/api/me' };
    await api.setBankServerAddress('https://gt.bank.mn');
    await api.bankServerRequest(bankReq);
    expect(electron.invoke.mock.calls).toEqual([
      [INVOKE.saveFile, req],
      [INVOKE.openFiles, { kind: 'package', multiple: true }],
      [INVOKE.printReport, 'r'],
      [INVOKE.getAppInfo],
      [INVOKE.writeAutoBackup, bytes],
      [INVOKE.listAutoBackups],
      [INVOKE.readAutoBackup, 'greenthread-auto-2026-11-24.json'],
      [INVOKE.openDataFolder],
      [INVOKE.openExternal, 'https://www.ifc.org/'],
      [INVOKE.setLanguage, 'mn'],
      [INVOKE.setBankServerAddress, 'https://gt.bank.mn'],
      [INVOKE.bankServerRequest, bankReq],
    ]);
  });

  it('delivers valid menu commands, drops unknown ones, and unsubscribes', async () => {
    const api = await loadPreload();
    const got: string[] = [];
    const off = api.onMenuCommand((c) => got.push(c));
    electron.emit(EVENT.menuCommand, 'backup');
    electron.emit(EVENT.menuCommand, 'rm -rf');
    electron.emit(EVENT.menuCommand, { command: 'backup' });
    off();
    electron.emit(EVENT.menuCommand, 'restore');
    expect(got).toEqual(['backup']);
  });

  it('holds a file opened before anyone subscribed and delivers it on subscribe', async () => {
    const api = await loadPreload();
    const file = { name: 'a.xlsx', bytes: new Uint8Array([1]), kind: 'workbook' };
    electron.emit(EVENT.fileOpened, file);
    electron.emit(EVENT.fileOpened, { name: 'bad', bytes: 'nope', kind: 'workbook' });
    const got: string[] = [];
    const off = api.onFileOpened((f) => got.push(f.name));
    expect(got).toEqual(['a.xlsx']);
    electron.emit(EVENT.fileOpened, { ...file, name: 'b.json', kind: 'package' });
    expect(got).toEqual(['a.xlsx', 'b.json']);
    off();
    electron.emit(EVENT.fileOpened, { ...file, name: 'c.xlsx' });
    expect(got).toEqual(['a.xlsx', 'b.json']);
  });

  it('holds at most one file while nobody listens, the newest, and drops it once delivered', async () => {
    const api = await loadPreload();
    const preload = await import('../../electron/preload');
    // Twenty files with nobody listening: only the last is held (not twenty).
    for (let i = 1; i <= 20; i += 1) {
      electron.emit(EVENT.fileOpened, {
        name: `big-${String(i)}.xlsx`,
        bytes: new Uint8Array(1024),
        kind: 'workbook',
      });
    }
    expect(preload.hasPendingFile()).toBe(true);
    const first: string[] = [];
    const off = api.onFileOpened((f) => first.push(f.name));
    expect(first).toEqual(['big-20.xlsx']);
    expect(preload.hasPendingFile()).toBe(false);
    off();
    // A later subscriber (a reloaded page) does not get the same file again.
    const second: string[] = [];
    api.onFileOpened((f) => second.push(f.name));
    expect(second).toEqual([]);
  });

  it('drops a file event that is not a file: wrong kind, empty name, too many bytes', async () => {
    const api = await loadPreload();
    const preload = await import('../../electron/preload');
    const tooBig = { byteLength: MAX_FILE_BYTES + 1 };
    Object.setPrototypeOf(tooBig, Uint8Array.prototype);
    electron.emit(EVENT.fileOpened, { name: 'a.exe', bytes: new Uint8Array(1), kind: 'program' });
    electron.emit(EVENT.fileOpened, { name: '', bytes: new Uint8Array(1), kind: 'workbook' });
    electron.emit(EVENT.fileOpened, { name: 'x.xlsx', bytes: tooBig, kind: 'workbook' });
    expect(preload.hasPendingFile()).toBe(false);
    const got: string[] = [];
    api.onFileOpened((f) => got.push(f.name));
    expect(got).toEqual([]);
  });
});
