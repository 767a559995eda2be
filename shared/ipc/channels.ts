// IPC channel names: `feature:action`. The preload and main both import these constants,
// so a typo is a compile error rather than a silent no-op.
import type { BankServerAddressResult, BankServerReply, BankServerRequest } from './bankServer';
import type {
  AppInfo,
  AutoBackupInfo,
  ExternallyOpenedFile,
  MenuCommand,
  OpenFileRequest,
  OpenedFile,
  SaveFileRequest,
  SaveFileResult,
  UiLanguage,
} from './contract';

/** renderer → main, request/response (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE = {
  saveFile: 'file:save',
  openFiles: 'file:open',
  printReport: 'report:print-pdf',
  getAppInfo: 'app:get-info',
  setLanguage: 'app:set-language',
  openExternal: 'link:open-external',
  openDataFolder: 'data:open-folder',
  writeAutoBackup: 'backup:write-auto',
  listAutoBackups: 'backup:list-auto',
  readAutoBackup: 'backup:read-auto',
  setBankServerAddress: 'bank-server:set-address',
  bankServerRequest: 'bank-server:request',
} as const;

export type InvokeChannel = (typeof INVOKE)[keyof typeof INVOKE];

/** main → renderer events (webContents.send / ipcRenderer.on). */
export const EVENT = {
  menuCommand: 'menu:command',
  fileOpened: 'file:opened',
} as const;

export type EventChannel = (typeof EVENT)[keyof typeof EVENT];

/** The payload of every main → renderer event; main sends through a function typed by it. */
export interface EventMap {
  'menu:command': MenuCommand;
  'file:opened': ExternallyOpenedFile;
}

/** Argument and result of every invoke channel. `undefined` argument = called with none. */
export interface InvokeMap {
  'file:save': { arg: SaveFileRequest; result: SaveFileResult };
  'file:open': { arg: OpenFileRequest; result: OpenedFile[] };
  'report:print-pdf': { arg: string; result: SaveFileResult };
  'app:get-info': { arg: undefined; result: AppInfo };
  'app:set-language': { arg: UiLanguage; result: undefined };
  'link:open-external': { arg: string; result: boolean };
  'data:open-folder': { arg: undefined; result: undefined };
  'backup:write-auto': { arg: Uint8Array; result: AutoBackupInfo };
  'backup:list-auto': { arg: undefined; result: AutoBackupInfo[] };
  'backup:read-auto': { arg: string; result: OpenedFile };
  'bank-server:set-address': { arg: string; result: BankServerAddressResult };
  'bank-server:request': { arg: BankServerRequest; result: BankServerReply };
}

/** Largest file the shell will save or read, in bytes (a year of data is a few MB). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
