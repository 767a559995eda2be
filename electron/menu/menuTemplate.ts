// Builds the application menu as plain data; bootstrap feeds it to Menu.buildFromTemplate.
import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, UiLanguage } from '../../shared/ipc/contract';
import { MENU_LABELS } from './menuLabels';

export interface MenuContext {
  language: UiLanguage;
  platform: string;
  isDev: boolean;
  /** Full paths, newest first; only base names are shown. */
  recentFiles: readonly string[];
}

export interface MenuActions {
  sendCommand(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
  openDataFolder(): void;
  showAbout(): void;
}

type Item = MenuItemConstructorOptions;

function command(
  label: string,
  cmd: MenuCommand,
  actions: MenuActions,
  accelerator?: string,
): Item {
  return {
    id: cmd,
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => actions.sendCommand(cmd),
  };
}

function recentSubmenu(ctx: MenuContext, actions: MenuActions): Item[] {
  const l = MENU_LABELS[ctx.language];
  if (ctx.recentFiles.length === 0) return [{ label: l.noRecentFiles, enabled: false }];
  return [
    ...ctx.recentFiles.map((path): Item => ({
      label: basename(path),
      click: () => actions.openRecent(path),
    })),
    { type: 'separator' },
    { id: 'clear-recent', label: l.clearRecent, click: () => actions.clearRecent() },
  ];
}

export function buildMenuTemplate(ctx: MenuContext, actions: MenuActions): Item[] {
  const l = MENU_LABELS[ctx.language];
  const isMac = ctx.platform === 'darwin';

  const macAppMenu: Item[] = isMac
    ? [
        {
          label: 'GreenThread',
          submenu: [
            { id: 'about', label: l.about, click: () => actions.showAbout() },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit', label: l.quit },
          ],
        },
      ]
    : [];

  const file: Item = {
    id: 'file',
    label: l.file,
    submenu: [
      command(l.newOrganisation, 'new-organisation', actions, 'CmdOrCtrl+N'),
      command(l.import, 'import', actions, 'CmdOrCtrl+O'),
      command(l.export, 'export', actions, 'CmdOrCtrl+E'),
      command(l.printReport, 'print-report', actions, 'CmdOrCtrl+P'),
      { type: 'separator' },
      command(l.backup, 'backup', actions),
      command(l.restore, 'restore', actions),
      { type: 'separator' },
      { id: 'recent-files', label: l.recentFiles, submenu: recentSubmenu(ctx, actions) },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: l.quit } as const]),
    ],
  };

  const edit: Item = {
    id: 'edit',
    label: l.edit,
    submenu: [
      { role: 'undo', label: l.undo },
      { role: 'redo', label: l.redo },
      { type: 'separator' },
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'selectAll', label: l.selectAll },
    ],
  };

  const view: Item = {
    id: 'view',
    label: l.view,
    submenu: [
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      { role: 'resetZoom', label: l.actualSize },
      { type: 'separator' },
      command(l.projector, 'toggle-projector', actions, 'CmdOrCtrl+Shift+P'),
      { role: 'togglefullscreen', label: l.fullScreen },
      { type: 'separator' },
      command(l.otherLanguage, 'switch-language', actions, 'CmdOrCtrl+Shift+L'),
      ...(ctx.isDev
        ? [{ type: 'separator' } as const, { role: 'toggleDevTools', label: l.developer } as const]
        : []),
    ],
  };

  const help: Item = {
    id: 'help',
    role: 'help',
    label: l.help,
    submenu: [
      command(l.criteriaSources, 'criteria-sources', actions),
      { id: 'open-data-folder', label: l.openDataFolder, click: () => actions.openDataFolder() },
      ...(isMac
        ? []
        : [
            { type: 'separator' } as const,
            { id: 'about', label: l.about, click: () => actions.showAbout() },
          ]),
    ],
  };

  return [...macAppMenu, file, edit, view, help];
}
