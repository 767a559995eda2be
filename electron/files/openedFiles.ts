// Files the OS hands over (double-click / file association, a second launch's argument, File →
// Recent files) on their way to the renderer. Pure: reading, sending and telling the user are
// injected, so a test drives it without Electron.
//
// Memory stays bounded however many files arrive: one file is read at a time, and while it is
// read only the LATEST further path waits (a path, not bytes). Twenty 50 MB files double-clicked
// at once cost at most two files in flight, never a gigabyte of queued bytes.
import { basename } from 'node:path';
import type { ExternallyOpenedFile, FileKind, UiLanguage } from '../../shared/ipc/contract';
import { FILE_KIND_LIMITS } from '../../shared/ipc/fileKindLimits';
import { kindFromPath } from './fileKinds';
import { openedFileText } from './openedFileText';

/** The largest file of each kind main reads for the renderer (shared with the browser build). */
export const OPENED_FILE_LIMITS = FILE_KIND_LIMITS;

export interface OpenedFileDeps {
  /** Reads at most `maxBytes` (refusing devices and larger files before reading). */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  /** Sends the file to the window; false when there is no window to send it to. */
  deliver(file: ExternallyOpenedFile): boolean;
  /** Feeds File → Recent files once the file reached the window. */
  remember(path: string): void;
  /** Tells the user why a file was not opened (a message box in main). */
  refuse(message: string): void;
  language(): UiLanguage;
}

export interface FileOpener {
  /** A path the OS handed over; may come before the window exists. */
  open(path: string): void;
  /** The window is loaded and its preload listens: waiting files may go. */
  windowReady(): void;
  /** The window closed or its renderer is reloading: hold files until windowReady again. */
  windowGone(): void;
  /** Resolves when nothing is being read (for tests and orderly shutdown). */
  idle(): Promise<void>;
}

function refusalText(error: unknown, name: string, kind: FileKind, language: UiLanguage): string {
  const text = openedFileText(language);
  const limit = OPENED_FILE_LIMITS[kind];
  if (error instanceof Error && error.name === 'InputRefusedError') {
    const kindOf = (error as Error & { kind?: string }).kind;
    if (kindOf === 'not_a_file') return text.notAFile(name);
    if (kindOf === 'too_large') return text.tooLarge(name, limit.bytes, limit.name);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return text.missing(name);
  return text.unreadable(name, error instanceof Error ? error.message : String(error));
}

export function createFileOpener(deps: OpenedFileDeps): FileOpener {
  let waiting: string | null = null;
  let reading: Promise<void> | null = null;
  let ready = false;

  async function readAndSend(path: string, kind: FileKind): Promise<void> {
    const name = basename(path);
    let bytes: Uint8Array;
    try {
      bytes = await deps.readFile(path, OPENED_FILE_LIMITS[kind].bytes);
    } catch (error) {
      deps.refuse(refusalText(error, name, kind, deps.language()));
      return;
    }
    if (!ready || !deps.deliver({ name, kind, bytes })) {
      // The window went away while we read: keep the path (not the bytes) until it is back.
      ready = false;
      waiting ??= path;
      return;
    }
    deps.remember(path);
  }

  function pump(): void {
    if (reading !== null || !ready || waiting === null) return;
    const path = waiting;
    waiting = null;
    const kind = kindFromPath(path);
    if (kind === null) {
      deps.refuse(openedFileText(deps.language()).notOpenable(basename(path)));
      pump();
      return;
    }
    reading = readAndSend(path, kind).finally(() => {
      reading = null;
      pump();
    });
  }

  return {
    open(path) {
      // Only the newest path waits: the user's last double-click is the one they mean.
      waiting = path;
      pump();
    },
    windowReady() {
      ready = true;
      pump();
    },
    windowGone() {
      ready = false;
    },
    async idle() {
      while (reading !== null) await reading;
    },
  };
}
