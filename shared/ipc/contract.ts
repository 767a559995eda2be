// The one contract between the renderer and the platform (Electron preload or the browser).
// Types only: the preload and the web implementation both satisfy PlatformApi.

export type FileKind = 'workbook' | 'package' | 'backup' | 'pdf';

export interface SaveFileRequest {
  kind: FileKind;
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

export interface AppInfo {
  appVersion: string;
  platform: 'electron' | 'web';
  electronVersion?: string;
  chromeVersion?: string;
}

export interface PlatformApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFiles(request: OpenFileRequest): Promise<OpenedFile[]>;
  /** Prints the current view; in Electron it saves a PDF through printToPDF. */
  printReport(suggestedName: string): Promise<SaveFileResult>;
  getAppInfo(): Promise<AppInfo>;
}
