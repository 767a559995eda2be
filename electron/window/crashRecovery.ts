// The window's renderer crashed, was killed or hangs: say so in words and reload. Data lives in
// IndexedDB and the typing journal in localStorage, both on disk, so a reload loses nothing that
// was written; a blank dead window would. Pure: Electron objects are passed in by shape.
import type { UiLanguage } from '../../shared/ipc/contract';
import { crashReason, crashText } from './crashText';

export interface RenderProcessGoneDetails {
  reason: string;
  exitCode: number;
}

export interface CrashableContents {
  on(
    event: 'render-process-gone',
    listener: (event: unknown, details: RenderProcessGoneDetails) => void,
  ): unknown;
  reload(): void;
  forcefullyCrashRenderer(): void;
  isDestroyed(): boolean;
}

export interface CrashableWindow {
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  webContents: CrashableContents;
}

export interface MessageRequest {
  type: 'warning' | 'error';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
}

export interface CrashDeps {
  showMessage(request: MessageRequest): Promise<{ response: number }>;
  language(): UiLanguage;
  log(message: string): void;
  /** Milliseconds, for counting crashes in a short while (injected so tests need no clock). */
  now(): number;
  quit(): void;
  /** The renderer is gone: whatever waits to be sent to it must wait for the reload. */
  onRendererGone(): void;
}

/** Crashes within this many ms count as "again": the dialog then offers Quit first. */
export const CRASH_WINDOW_MS = 60_000;
export const CRASHES_BEFORE_QUIT_FIRST = 3;

export function installCrashRecovery(win: CrashableWindow, deps: CrashDeps): void {
  const contents = win.webContents;
  let crashTimes: number[] = [];
  let asking = false;
  let unresponsive = false;
  // Set while we end a hung renderer ourselves, so that its 'killed' is not reported as a crash.
  let restarting = false;

  function reload(): void {
    if (!contents.isDestroyed()) contents.reload();
  }

  contents.on('render-process-gone', (_event, details) => {
    deps.onRendererGone();
    if (details.reason === 'clean-exit') return;
    if (restarting) {
      restarting = false;
      return;
    }
    deps.log(`renderer gone: ${details.reason} (exit code ${String(details.exitCode)})`);
    const now = deps.now();
    crashTimes = [...crashTimes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    if (asking) return;
    const text = crashText(deps.language());
    const again = crashTimes.length >= CRASHES_BEFORE_QUIT_FIRST;
    const reason = crashReason(details.reason, deps.language());
    asking = true;
    deps
      .showMessage({
        type: 'error',
        title: text.goneTitle,
        message: again
          ? `${text.gone(reason)} ${text.goneAgain(crashTimes.length)}`
          : text.gone(reason),
        detail: text.goneDetail,
        buttons: [text.reload, text.quit],
        defaultId: again ? 1 : 0,
        cancelId: 0,
      })
      .then(({ response }) => {
        asking = false;
        if (response === 1) deps.quit();
        else reload();
      })
      .catch((error: unknown) => {
        // No dialog could be shown: a reloaded window is still better than a dead one.
        asking = false;
        deps.log(`crash dialog failed: ${String(error)}`);
        reload();
      });
  });

  win.on('responsive', () => {
    unresponsive = false;
  });
  win.on('unresponsive', () => {
    unresponsive = true;
    if (asking) return;
    deps.log('renderer unresponsive');
    const text = crashText(deps.language());
    asking = true;
    deps
      .showMessage({
        type: 'warning',
        title: text.hungTitle,
        message: text.hung,
        detail: text.hungDetail,
        buttons: [text.wait, text.reload],
        defaultId: 0,
        cancelId: 0,
      })
      .then(({ response }) => {
        asking = false;
        // It may have come back while the question was on screen: then there is nothing to do.
        if (response !== 1 || !unresponsive || contents.isDestroyed()) return;
        restarting = true;
        contents.forcefullyCrashRenderer();
        contents.reload();
      })
      .catch((error: unknown) => {
        asking = false;
        deps.log(`unresponsive dialog failed: ${String(error)}`);
      });
  });
}
