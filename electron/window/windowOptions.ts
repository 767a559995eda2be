// The secure BrowserWindow options (Electron security checklist items 2–4, 6, 8–12), kept pure
// so a test can pin every preference.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './windowState';

export const MIN_WINDOW_WIDTH = 960;
export const MIN_WINDOW_HEIGHT = 640;

export interface WindowOptionsInput {
  preloadPath: string;
  bounds: WindowBounds;
  title: string;
  /** PNG icon for Linux/Windows window chrome; macOS takes it from the bundle. */
  iconPath?: string;
}

export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: input.title,
    x: input.bounds.x,
    y: input.bounds.y,
    width: input.bounds.width,
    height: input.bounds.height,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    // Shown on ready-to-show to avoid a white flash.
    show: false,
    backgroundColor: '#ffffff',
    ...(input.iconPath === undefined ? {} : { icon: input.iconPath }),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // The OS spell-checker downloads dictionaries and flags Mongolian terms; the app is offline.
      spellcheck: false,
      safeDialogs: true,
    },
  };
}
