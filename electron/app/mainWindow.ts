// Creates the single BrowserWindow with the secure options and remembered bounds.
import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { installNavigationGuards } from '../security/installSecurity';
import type { SecurityDeps } from '../security/installSecurity';
import { createWindowOptions, MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from '../window/windowOptions';
import { loadWindowState, saveWindowState } from '../window/windowState';
import { nodeTextFs } from './nodeFs';

export interface MainWindowInput {
  preloadPath: string;
  userDataDir: string;
  url: string;
  security: SecurityDeps;
}

export async function createMainWindow(input: MainWindowInput): Promise<BrowserWindow> {
  const stateFile = join(input.userDataDir, 'window-state.json');
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  const bounds = await loadWindowState(
    nodeTextFs,
    stateFile,
    [primary.workArea, ...others.map((d) => d.workArea)],
    { width: MIN_WINDOW_WIDTH, height: MIN_WINDOW_HEIGHT },
  );

  const win = new BrowserWindow(
    createWindowOptions({ preloadPath: input.preloadPath, bounds, title: 'GreenThread' }),
  );
  // Also installed app-wide in bootstrap; repeated here so this window is guarded even if the
  // web-contents-created hook is ever removed.
  installNavigationGuards(win.webContents, input.security);
  if (bounds.isMaximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const normal = win.getNormalBounds();
    saveWindowState(nodeTextFs, stateFile, { ...normal, isMaximized: win.isMaximized() }).catch(
      (error: unknown) => input.security.log(`could not save window state: ${String(error)}`),
    );
  });
  await win.loadURL(input.url);
  return win;
}
