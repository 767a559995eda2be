// The one contract between the renderer and the platform (Electron preload or the browser).
// Types (plus the MENU_COMMANDS list): the preload and the web implementation both satisfy
// PlatformApi.
// Channel names live in ./channels.ts; main validates every argument (electron/ipc/validators.ts).

import type { BankServerAddressResult, BankServerReply, BankServerRequest } from './bankServer';
import type { FileRefusal } from './fileKindLimits';

export type FileKind = 'workbook' | 'package' | 'backup' | 'pdf' | 'document';

/**
 * What a save writes: a file of one of the app's kinds, or a copy of an evidence file, which
 * keeps its own name and type (main offers it as it is and never opens it).
 */
export type SaveKind = FileKind | 'evidence';

export interface SaveFileRequest {
  kind: SaveKind;
  /** A file name only; main sanitises it and the user picks the folder. Never a path. */
  suggestedName: string;
  bytes: Uint8Array;
}

export interface SaveFileResult {
  saved: boolean;
  /** The chosen file's base name, for the confirmation message. */
  name?: string;
}

export interface OpenFileRequest {
  kind: FileKind;
  multiple: boolean;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file the OS handed to the app (double-click, second launch, recent-files menu). */
export interface ExternallyOpenedFile extends OpenedFile {
  /** Guessed from the extension: .xlsx → workbook, .json → package or backup (the renderer sniffs). */
  kind: FileKind;
}

export interface AppInfo {
  appVersion: string;
  platform: 'electron' | 'web';
  electronVersion?: string;
  chromeVersion?: string;
  /** ApplicationPackage format version (shared/package/schema.ts PACKAGE_FORMAT_VERSION). */
  schemaVersion?: number;
  criteriaPackVersion?: string;
}

export type UiLanguage = 'en' | 'mn';

/** Commands the native menu sends to the renderer; the renderer decides what each one does. */
export const MENU_COMMANDS = [
  'new-organisation',
  'import',
  'export',
  'backup',
  'restore',
  'print-report',
  'about',
  'criteria-sources',
  'switch-language',
  'toggle-projector',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface AutoBackupInfo {
  /** Always `greenthread-auto-YYYY-MM-DD.json`; never a path. */
  name: string;
  /** The day the backup stands for (YYYY-MM-DD, local time of the machine). */
  day: string;
  size: number;
}

export type Unsubscribe = () => void;

export interface PlatformApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFiles(request: OpenFileRequest): Promise<OpenedFile[]>;
  /** Prints the current view; in Electron it saves a PDF through printToPDF. */
  printReport(suggestedName: string): Promise<SaveFileResult>;
  getAppInfo(): Promise<AppInfo>;

  // Optional members: the desktop shell provides all of them, the browser build provides
  // fallbacks; optional so that test fakes written against the first four keep compiling.
  /** Subscribe to native menu commands. Returns the unsubscribe function. */
  onMenuCommand?(callback: (command: MenuCommand) => void): Unsubscribe;
  /** Subscribe to files handed over by the OS (second launch, file association, recent files). */
  onFileOpened?(callback: (file: ExternallyOpenedFile) => void): Unsubscribe;
  /**
   * Subscribe to files handed over but refused before reading (too large for their kind). The
   * browser build reports them here; Electron's main says so in a message box itself.
   */
  onFileRefused?(callback: (refusal: FileRefusal) => void): Unsubscribe;
  /** Writes today's automatic backup (main keeps the newest 7 days). */
  writeAutoBackup?(bytes: Uint8Array): Promise<AutoBackupInfo>;
  listAutoBackups?(): Promise<AutoBackupInfo[]>;
  readAutoBackup?(name: string): Promise<OpenedFile>;
  /** Shows the folder holding the database and automatic backups. */
  openDataFolder?(): Promise<void>;
  /** Opens an allow-listed https link in the system browser; resolves false when refused. */
  openExternal?(url: string): Promise<boolean>;
  /** Tells the shell which language the menu should use. */
  setLanguage?(language: UiLanguage): Promise<void>;
  /**
   * Sets the bank server the shell may send to (Settings → Bank server). The shell checks it:
   * https, or http only on this computer or a private LAN address; the answer says why not.
   */
  setBankServerAddress?(address: string): Promise<BankServerAddressResult>;
  /** Sends one request to that bank server (the renderer has no network of its own). */
  bankServerRequest?(request: BankServerRequest): Promise<BankServerReply>;
}
