import {
  createWindowOptions,
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
} from '../../electron/window/windowOptions';
import type { Rect } from '../../electron/window/windowState';
import {
  clampToDisplays,
  loadWindowState,
  saveWindowState,
} from '../../electron/window/windowState';
import { createMemoryFs, textView } from './fakes/memoryFs';

const MIN = { width: MIN_WINDOW_WIDTH, height: MIN_WINDOW_HEIGHT };
const LAPTOP: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const PROJECTOR: Rect = { x: 1920, y: 0, width: 1280, height: 720 };

describe('createWindowOptions', () => {
  const options = createWindowOptions({
    preloadPath: '/app/out/preload/preload.cjs',
    bounds: { x: 10, y: 20, width: 1200, height: 800, isMaximized: false },
    title: 'GreenThread',
  });

  it('pins the secure web preferences', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('uses the remembered bounds and a minimum size', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800 });
    expect(options.minWidth).toBe(960);
    expect(options.minHeight).toBe(640);
    expect(options.show).toBe(false);
  });
});

describe('clampToDisplays', () => {
  it('centres the default size on the primary display on first run', () => {
    // (1920 - 1280) / 2 = 320; (1040 - 820) / 2 = 110
    expect(clampToDisplays(null, [LAPTOP], MIN)).toEqual({
      x: 320,
      y: 110,
      width: 1280,
      height: 820,
      isMaximized: false,
    });
  });

  it('keeps bounds that are fully visible', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, isMaximized: false };
    expect(clampToDisplays(saved, [LAPTOP], MIN)).toEqual(saved);
  });

  it('recentres a window left on a projector that is no longer attached', () => {
    const saved = { x: 2000, y: 40, width: 1200, height: 700, isMaximized: true };
    expect(clampToDisplays(saved, [LAPTOP], MIN)).toEqual({
      x: 320,
      y: 110,
      width: 1280,
      height: 820,
      isMaximized: true,
    });
  });

  it('keeps a window on a second display when it is still attached, shrunk to fit', () => {
    const saved = { x: 2000, y: 40, width: 1600, height: 900, isMaximized: false };
    // Shrunk to 1280x720, then moved so it fits: x = 1920 + 1280 - 1280 = 1920, y = 0.
    expect(clampToDisplays(saved, [LAPTOP, PROJECTOR], MIN)).toEqual({
      x: 1920,
      y: 0,
      width: 1280,
      height: 720,
      isMaximized: false,
    });
  });

  it('pulls a window hanging off the bottom-right edge back inside', () => {
    const saved = { x: 1500, y: 900, width: 1000, height: 700, isMaximized: false };
    // x = min(1500, 1920 - 1000) = 920; y = min(900, 1040 - 700) = 340
    expect(clampToDisplays(saved, [LAPTOP], MIN)).toMatchObject({ x: 920, y: 340 });
  });

  it('refuses a window whose title bar is above the screen', () => {
    const saved = { x: 100, y: -2000, width: 1000, height: 700, isMaximized: false };
    expect(clampToDisplays(saved, [LAPTOP], MIN)).toMatchObject({ x: 320, y: 110 });
  });

  it('never returns a size below the minimum when the display is big enough', () => {
    const saved = { x: 0, y: 0, width: 200, height: 100, isMaximized: false };
    expect(clampToDisplays(saved, [LAPTOP], MIN)).toMatchObject({ width: 960, height: 640 });
  });
});

describe('loadWindowState / saveWindowState', () => {
  it('round-trips through the injected file system', async () => {
    const fs = createMemoryFs();
    await saveWindowState(textView(fs), '/ud/window-state.json', {
      x: 100.4,
      y: 50.6,
      width: 1000,
      height: 700,
      isMaximized: true,
    });
    expect(await fs.readText('/ud/window-state.json')).toBe(
      '{"x":100,"y":51,"width":1000,"height":700,"isMaximized":true}',
    );
    expect(await loadWindowState(textView(fs), '/ud/window-state.json', [LAPTOP], MIN)).toEqual({
      x: 100,
      y: 51,
      width: 1000,
      height: 700,
      isMaximized: true,
    });
  });

  it.each([
    'not json',
    '{"x":"1","y":2,"width":3,"height":4}',
    '{"x":1,"y":2,"width":-3,"height":4}',
    'null',
  ])('falls back to defaults for a corrupt file: %s', async (text) => {
    const fs = createMemoryFs({ '/ud/window-state.json': text });
    expect(
      await loadWindowState(textView(fs), '/ud/window-state.json', [LAPTOP], MIN),
    ).toMatchObject({
      x: 320,
      y: 110,
    });
  });

  it('falls back to defaults when there is no file', async () => {
    const fs = createMemoryFs();
    expect(await loadWindowState(textView(fs), '/ud/none.json', [LAPTOP], MIN)).toMatchObject({
      width: 1280,
      height: 820,
    });
  });
});
