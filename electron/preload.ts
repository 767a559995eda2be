// The sandboxed preload: exposes exactly one object, window.greenthread, of named functions
// (Electron security checklist item 20). No ipcRenderer, no generic invoke, no process.env.
// Imports only 'electron' and pure constants from shared/, which the bundler inlines.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { InvokeChannel, InvokeMap } from '../shared/ipc/channels';
import { EVENT, INVOKE, MAX_FILE_BYTES } from '../shared/ipc/channels';
import type {
  ExternallyOpenedFile,
  FileKind,
  MenuCommand,
  PlatformApi,
  Unsubscribe,
} from '../shared/ipc/contract';
import { MENU_COMMANDS } from '../shared/ipc/contract';

function invoke<C extends InvokeChannel>(
  channel: C,
  ...arg: InvokeMap[C]['arg'] extends undefined ? [] : [InvokeMap[C]['arg']]
): Promise<InvokeMap[C]['result']> {
  return ipcRenderer.invoke(channel, ...arg) as Promise<InvokeMap[C]['result']>;
}

const FILE_KINDS: readonly FileKind[] = ['workbook', 'package', 'backup', 'pdf', 'document'];

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

function isOpenedFile(value: unknown): value is ExternallyOpenedFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.name === 'string' &&
    v.name.length > 0 &&
    v.name.length <= 255 &&
    v.bytes instanceof Uint8Array &&
    v.bytes.byteLength <= MAX_FILE_BYTES &&
    typeof v.kind === 'string' &&
    (FILE_KINDS as readonly string[]).includes(v.kind)
  );
}

function subscribe<T>(
  channel: string,
  isValid: (value: unknown) => value is T,
  callback: (value: T) => void,
): Unsubscribe {
  const listener = (_event: IpcRendererEvent, payload: unknown): void => {
    if (isValid(payload)) callback(payload);
  };
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

// A file handed over at launch can arrive before React has subscribed. At most ONE is held
// (a newer one replaces it: the user's last double-click is the one they mean) and it is dropped
// as soon as it is delivered, so files arriving with nobody listening cannot pile up in memory.
let pendingFile: ExternallyOpenedFile | null = null;
const fileSubscribers = new Set<(file: ExternallyOpenedFile) => void>();
ipcRenderer.on(EVENT.fileOpened, (_event: IpcRendererEvent, payload: unknown) => {
  if (!isOpenedFile(payload)) return;
  if (fileSubscribers.size === 0) {
    pendingFile = payload;
    return;
  }
  for (const callback of fileSubscribers) callback(payload);
});

/** For the tests: whether a file is being held for a subscriber that has not come yet. */
export function hasPendingFile(): boolean {
  return pendingFile !== null;
}

export const greenthreadApi = {
  saveFile: (request) => invoke(INVOKE.saveFile, request),
  openFiles: (request) => invoke(INVOKE.openFiles, request),
  printReport: (suggestedName) => invoke(INVOKE.printReport, suggestedName),
  getAppInfo: () => invoke(INVOKE.getAppInfo),
  onMenuCommand: (callback) => subscribe(EVENT.menuCommand, isMenuCommand, callback),
  onFileOpened: (callback) => {
    // A fresh function per subscription, so subscribing the same callback twice is two entries.
    const entry = (file: ExternallyOpenedFile): void => callback(file);
    fileSubscribers.add(entry);
    const held = pendingFile;
    pendingFile = null;
    if (held !== null) callback(held);
    return () => {
      fileSubscribers.delete(entry);
    };
  },
  // Main reads the files and says itself (a message box) when one is refused: nothing to send.
  onFileRefused: () => () => undefined,
  writeAutoBackup: (bytes) => invoke(INVOKE.writeAutoBackup, bytes),
  listAutoBackups: () => invoke(INVOKE.listAutoBackups),
  readAutoBackup: (name) => invoke(INVOKE.readAutoBackup, name),
  openDataFolder: () => invoke(INVOKE.openDataFolder),
  openExternal: (url) => invoke(INVOKE.openExternal, url),
  setLanguage: (language) => invoke(INVOKE.setLanguage, language),
  setBankServerAddress: (address) => invoke(INVOKE.setBankServerAddress, address),
  bankServerRequest: (request) => invoke(INVOKE.bankServerRequest, request),
} satisfies Required<PlatformApi>;

contextBridge.exposeInMainWorld('greenthread', greenthreadApi);
