import type { MenuItemConstructorOptions } from 'electron';
import type { MenuActions, MenuContext } from '../../electron/menu/menuTemplate';
import { buildMenuTemplate } from '../../electron/menu/menuTemplate';
import { MENU_LABELS } from '../../electron/menu/menuLabels';
import type { MenuCommand } from '../../shared/ipc/contract';

type Item = MenuItemConstructorOptions;

function recorder() {
  const log: string[] = [];
  const actions: MenuActions = {
    sendCommand: (c: MenuCommand) => log.push(`command:${c}`),
    openRecent: (p) => log.push(`recent:${p}`),
    clearRecent: () => log.push('clear-recent'),
    openDataFolder: () => log.push('data-folder'),
    showAbout: () => log.push('about'),
  };
  return { log, actions };
}

const base: MenuContext = { language: 'en', platform: 'linux', isDev: false, recentFiles: [] };

function submenu(item: Item | undefined): Item[] {
  const sub = item?.submenu;
  if (!Array.isArray(sub)) throw new Error('no submenu');
  return sub;
}

function labels(items: Item[]): string[] {
  return items
    .filter((i) => i.type !== 'separator')
    .map((i) => i.label ?? `role:${String(i.role)}`);
}

function click(item: Item | undefined): void {
  if (item?.click === undefined) throw new Error(`no click on ${item?.label ?? '?'}`);
  (item.click as () => void)();
}

describe('application menu template', () => {
  it('English top level and File menu', () => {
    const menu = buildMenuTemplate(base, recorder().actions);
    expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels(submenu(menu[0]))).toEqual([
      'New organisation…',
      'Import…',
      'Export…',
      'Print report (PDF)…',
      'Back up…',
      'Restore from backup…',
      'Recent files',
      'Exit',
    ]);
    expect(labels(submenu(menu[3]))).toEqual([
      'Criteria sources',
      'Open data folder',
      'About GreenThread',
    ]);
  });

  it('Mongolian top level and File menu use the glossary terms', () => {
    const menu = buildMenuTemplate({ ...base, language: 'mn' }, recorder().actions);
    expect(menu.map((m) => m.label)).toEqual(['&Файл', '&Засах', '&Харах', '&Тусламж']);
    expect(labels(submenu(menu[0]))).toEqual([
      'Шинэ байгууллага…',
      'Импортлох…',
      'Экспортлох…',
      'Тайлан хэвлэх (PDF)…',
      'Нөөц хуулбар хийх…',
      'Нөөц хуулбараас сэргээх…',
      'Сүүлд нээсэн файлууд',
      'Гарах',
    ]);
    expect(labels(submenu(menu[2]))).toContain('Проекторын харагдац');
    expect(labels(submenu(menu[3]))).toEqual([
      'Шалгуурын эх сурвалж',
      'Өгөгдлийн хавтас нээх',
      'GreenThread-ийн тухай',
    ]);
  });

  it('both languages label the same set of keys, none left empty or identical by accident', () => {
    const en = MENU_LABELS.en;
    const mn = MENU_LABELS.mn;
    expect(Object.keys(mn).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(mn[key].trim()).not.toBe('');
      expect(mn[key]).not.toBe(en[key]);
      // Mongolian labels are Cyrillic, except the switch back to English.
      if (key !== 'otherLanguage') expect(mn[key]).toMatch(/[А-Яа-яӨөҮүЁё]/);
    }
  });

  it('every item has a label in both languages (no role-only items)', () => {
    for (const language of ['en', 'mn'] as const) {
      const walk = (items: Item[]): void => {
        for (const item of items) {
          if (item.type === 'separator') continue;
          expect(item.label ?? '', `${language} ${String(item.role)}`).not.toBe('');
          if (Array.isArray(item.submenu)) walk(item.submenu);
        }
      };
      walk(buildMenuTemplate({ ...base, language, isDev: true }, recorder().actions));
    }
  });

  it('menu items send the expected commands', () => {
    const { log, actions } = recorder();
    const menu = buildMenuTemplate(base, actions);
    for (const item of submenu(menu[0]).filter((i) => typeof i.click === 'function')) click(item);
    for (const item of submenu(menu[2]).filter((i) => typeof i.click === 'function')) click(item);
    for (const item of submenu(menu[3]).filter((i) => typeof i.click === 'function')) click(item);
    expect(log).toEqual([
      'command:new-organisation',
      'command:import',
      'command:export',
      'command:print-report',
      'command:backup',
      'command:restore',
      'command:toggle-projector',
      'command:switch-language',
      'command:criteria-sources',
      'data-folder',
      'about',
    ]);
  });

  it('View has zoom roles and no developer tools in production', () => {
    const view = submenu(buildMenuTemplate(base, recorder().actions)[2]);
    expect(view.map((i) => i.role).filter(Boolean)).toEqual([
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
    ]);
    const devView = submenu(buildMenuTemplate({ ...base, isDev: true }, recorder().actions)[2]);
    expect(devView.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('recent files show base names, open by path and can be cleared', () => {
    const { log, actions } = recorder();
    const menu = buildMenuTemplate(
      { ...base, recentFiles: ['/home/u/Ноолуур.xlsx', '/mnt/usb/org.gtpkg.json'] },
      actions,
    );
    const recent = submenu(submenu(menu[0]).find((i) => i.id === 'recent-files'));
    expect(labels(recent)).toEqual(['Ноолуур.xlsx', 'org.gtpkg.json', 'Clear recent files']);
    click(recent[1]);
    click(recent.find((i) => i.id === 'clear-recent'));
    expect(log).toEqual(['recent:/mnt/usb/org.gtpkg.json', 'clear-recent']);
  });

  it('an empty recent list shows a disabled placeholder', () => {
    const menu = buildMenuTemplate({ ...base, language: 'mn' }, recorder().actions);
    const recent = submenu(submenu(menu[0]).find((i) => i.id === 'recent-files'));
    expect(recent).toEqual([{ label: 'Сүүлд нээсэн файл алга', enabled: false }]);
  });

  it('macOS gets an app menu with About and Quit; File has no Exit', () => {
    const menu = buildMenuTemplate({ ...base, platform: 'darwin' }, recorder().actions);
    expect(menu.map((m) => m.label)).toEqual(['GreenThread', '&File', '&Edit', '&View', '&Help']);
    expect(submenu(menu[0]).some((i) => i.id === 'about')).toBe(true);
    expect(submenu(menu[1]).some((i) => i.role === 'quit')).toBe(false);
    expect(submenu(menu[4]).some((i) => i.id === 'about')).toBe(false);
  });
});
