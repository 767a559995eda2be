// Wiring of bootstrap(): menu language, menu commands, second-instance hand-over and recent files.
import type { MenuItemConstructorOptions } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT } from '../../shared/ipc/channels';
import { recorded, untilWindowLoaded } from './fakes/electronMock';

vi.mock('electron', async () => (await import('./fakes/electronMock')).electronModule);

type Item = MenuItemConstructorOptions;

function lastMenu(): Item[] {
  return recorded.menus[recorded.menus.length - 1] as Item[];
}

function findItem(items: Item[], id: string): Item | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    if (Array.isArray(item.submenu)) {
      const found = findItem(item.submenu, id);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

describe('bootstrap wiring', () => {
  beforeAll(async () => {
    const { bootstrap } = await import('../../electron/app/bootstrap');
    bootstrap();
    await untilWindowLoaded();
  });

  it('requests the single-instance lock and starts with a Mongolian menu on an mn locale', () => {
    expect(recorded.order[0]).toBe('registerSchemesAsPrivileged');
    expect(recorded.order).toContain('requestSingleInstanceLock');
    expect(lastMenu().map((m) => m.label)).toEqual(['&Файл', '&Засах', '&Харах', '&Тусламж']);
  });

  it('sends menu commands to the renderer', () => {
    const win = recorded.windows[0]!;
    const click = findItem(lastMenu(), 'backup')?.click as () => void;
    click();
    expect(win.webContents.sent).toContainEqual([EVENT.menuCommand, 'backup']);
  });

  it('hands a workbook from a second launch to the renderer and lists it as recent', async () => {
    const win = recorded.windows[0]!;
    const path = join(recorded.userData, 'Ноолуур.xlsx');
    writeFileSync(path, Buffer.from([0x50, 0x4b, 3, 4]));
    const secondInstance = recorded.appListeners.get('second-instance') as (
      event: unknown,
      argv: string[],
      cwd: string,
    ) => void;
    secondInstance(
      {},
      ['/opt/GreenThread/greenthread', '--no-sandbox', 'Ноолуур.xlsx'],
      recorded.userData,
    );
    await vi.waitFor(() => {
      expect(win.webContents.sent.some(([channel]) => channel === EVENT.fileOpened)).toBe(true);
    });
    const [, payload] = win.webContents.sent.find(([channel]) => channel === EVENT.fileOpened)!;
    const file = payload as { name: string; kind: string; bytes: Uint8Array };
    expect(file.name).toBe('Ноолуур.xlsx');
    expect(file.kind).toBe('workbook');
    expect([...file.bytes]).toEqual([0x50, 0x4b, 3, 4]);

    const recent = findItem(lastMenu(), 'recent-files')?.submenu as Item[];
    expect(recent[0]?.label).toBe('Ноолуур.xlsx');
    await vi.waitFor(() => {
      expect(
        JSON.parse(readFileSync(join(recorded.userData, 'recent-files.json'), 'utf8')),
      ).toEqual([path]);
    });
  });

  it('a file double-clicked on macOS (open-file) reaches the renderer; one it cannot open is refused in words', async () => {
    const win = recorded.windows[0]!;
    const path = join(recorded.userData, 'greenthread-package.gtpkg.json');
    writeFileSync(path, '{}');
    const openFile = recorded.appListeners.get('open-file') as (
      event: { preventDefault(): void },
      path: string,
    ) => void;
    let prevented = 0;
    const event = { preventDefault: () => (prevented += 1) };
    openFile(event, path);
    await vi.waitFor(() => {
      expect(win.webContents.sent.filter(([channel]) => channel === EVENT.fileOpened).length).toBe(
        2,
      );
    });
    const [, payload] = win.webContents.sent.filter(([c]) => c === EVENT.fileOpened)[1]!;
    expect(payload).toMatchObject({ name: 'greenthread-package.gtpkg.json', kind: 'package' });

    recorded.expectErrorBoxes = true;
    openFile(event, join(recorded.userData, 'notes.txt'));
    await vi.waitFor(() => expect(recorded.errorBoxes.length).toBe(1));
    recorded.expectErrorBoxes = false;
    expect(recorded.errorBoxes[0]?.[1]).toMatch(/^notes\.txt: GreenThread зөвхөн Excel ажлын ном/);
    expect(prevented).toBe(2);
  });

  it('a crashed renderer gets a message and a reload, and files wait for the reloaded page', async () => {
    const win = recorded.windows[0]!;
    const sentBefore = win.webContents.sent.length;
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() => expect(win.webContents.reloads).toBe(1));
    expect(recorded.messageBoxes.at(-1)).toMatchObject({ buttons: ['Дахин ачаалах', 'Гарах'] });
    // Gone renderer: a file opened now is held (its path) until the reloaded page has loaded.
    const path = join(recorded.userData, 'after-crash.xlsx');
    writeFileSync(path, Buffer.from([1]));
    const secondInstance = recorded.appListeners.get('second-instance') as (
      event: unknown,
      argv: string[],
      cwd: string,
    ) => void;
    secondInstance({}, ['/opt/GreenThread/greenthread', path], recorded.userData);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(win.webContents.sent.length).toBe(sentBefore);
    win.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(win.webContents.sent.length).toBe(sentBefore + 1));
    expect(win.webContents.sent.at(-1)?.[1]).toMatchObject({ name: 'after-crash.xlsx' });
  });

  it('File → Recent files opens the file again through the same path', async () => {
    const win = recorded.windows[0]!;
    const recent = findItem(lastMenu(), 'recent-files')?.submenu as Item[];
    const item = recent.find((i) => i.label === 'Ноолуур.xlsx');
    const before = win.webContents.sent.filter(([c]) => c === EVENT.fileOpened).length;
    (item?.click as () => void)();
    await vi.waitFor(() => {
      expect(win.webContents.sent.filter(([c]) => c === EVENT.fileOpened).length).toBe(before + 1);
    });
    expect(win.webContents.sent.at(-1)?.[1]).toMatchObject({
      name: 'Ноолуур.xlsx',
      kind: 'workbook',
    });
  });

  it('switching language over IPC rebuilds the menu in English', async () => {
    const setLanguage = recorded.ipcChannels.get('app:set-language') as (
      event: unknown,
      arg: unknown,
    ) => Promise<unknown>;
    await setLanguage({ senderFrame: { url: 'app://greenthread/index.html' }, sender: {} }, 'en');
    expect(lastMenu().map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });
});
