// Fakes for createHandlers: a scripted dialog, in-memory fs, recording shell.
import type { HandlerDeps } from '../../../electron/ipc/createHandlers';
import type { UiLanguage } from '../../../shared/ipc/contract';
import type { MemoryFs } from './memoryFs';
import { createMemoryFs } from './memoryFs';

export interface FakeWorld {
  deps: HandlerDeps;
  fs: MemoryFs;
  saveAnswers: { canceled: boolean; filePath?: string }[];
  openAnswers: { canceled: boolean; filePaths: string[] }[];
  saveDialogCalls: Parameters<HandlerDeps['dialog']['showSaveDialog']>[0][];
  openDialogCalls: Parameters<HandlerDeps['dialog']['showOpenDialog']>[0][];
  externalOpened: string[];
  pathsOpened: string[];
  recent: string[];
  languages: UiLanguage[];
  openPathError: string;
  now: Date;
}

export function createFakeWorld(files: Record<string, Uint8Array | string> = {}): FakeWorld {
  const fs = createMemoryFs(files);
  const world: FakeWorld = {
    fs,
    saveAnswers: [],
    openAnswers: [],
    saveDialogCalls: [],
    openDialogCalls: [],
    externalOpened: [],
    pathsOpened: [],
    recent: [],
    languages: [],
    openPathError: '',
    now: new Date(2026, 10, 24, 9, 30),
    deps: undefined as unknown as HandlerDeps,
  };
  world.deps = {
    dialog: {
      showSaveDialog: async (options) => {
        world.saveDialogCalls.push(options);
        return world.saveAnswers.shift() ?? { canceled: true };
      },
      showOpenDialog: async (options) => {
        world.openDialogCalls.push(options);
        return world.openAnswers.shift() ?? { canceled: true, filePaths: [] };
      },
    },
    fs,
    app: {
      version: '0.1.0',
      electronVersion: '45.4.1',
      chromeVersion: '152.0.0.0',
      schemaVersion: 1,
      criteriaPackVersion: '2026.1',
      userDataDir: '/home/u/.config/GreenThread',
      documentsDir: '/home/u/Documents',
    },
    shell: {
      openExternal: async (url) => {
        world.externalOpened.push(url);
      },
      openPath: async (path) => {
        world.pathsOpened.push(path);
        return world.openPathError;
      },
    },
    clock: { now: () => world.now },
    onFileOpened: (path) => world.recent.push(path),
    onLanguageChanged: (language) => world.languages.push(language),
    bankServer: {
      fetch: () => Promise.reject(new TypeError('no network in tests')),
      store: { load: () => Promise.resolve(null), save: () => Promise.resolve() },
    },
  };
  return world;
}

/** A sender whose printToPDF records its options and returns fixed bytes. */
export function fakePdfSender(bytes: Uint8Array = new Uint8Array([0x25, 0x50, 0x44, 0x46])) {
  const calls: unknown[] = [];
  return {
    calls,
    sender: {
      printToPDF: async (options: unknown) => {
        calls.push(options);
        return bytes;
      },
    },
  };
}
