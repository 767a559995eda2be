// Every IPC handler, built from injected dependencies (no electron import) so tests drive them
// with fakes. The renderer never names a path: dialogs choose, main reads and writes.
import { basename, dirname, extname, join } from 'node:path';
import type { FileKind, OpenedFile, UiLanguage } from '../../shared/ipc/contract';
import { MAX_FILE_BYTES } from '../../shared/ipc/channels';
import type { BackupFs } from '../backup/autoBackup';
import { listAutoBackups, writeAutoBackup } from '../backup/autoBackup';
import type { DialogFilter } from '../files/fileKinds';
import { FILE_KINDS, sanitiseFileName, withExtension } from '../files/fileKinds';
import { buildPdfOptions } from '../files/pdfOptions';
import { evidenceFileName } from '../../shared/ipc/safeFileName';
import { isAllowedExternalUrl } from '../security/externalUrl';
import { createBankServerHandlers, type BankServerDeps } from './bankServerHandlers';
import type { Handlers } from './handlerTypes';

export interface HandlerDialog {
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: DialogFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: {
    title: string;
    defaultPath: string;
    filters: DialogFilter[];
    properties: ('openFile' | 'multiSelections')[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface HandlerFs extends BackupFs {
  readFile(path: string): Promise<Uint8Array>;
}

export interface HandlerApp {
  version: string;
  electronVersion: string;
  chromeVersion: string;
  schemaVersion: number;
  criteriaPackVersion: string;
  userDataDir: string;
  documentsDir: string;
}

export interface HandlerShell {
  openExternal(url: string): Promise<void>;
  /** Resolves to an error message, or '' on success (Electron's shell.openPath contract). */
  openPath(path: string): Promise<string>;
}

export interface HandlerDeps {
  dialog: HandlerDialog;
  fs: HandlerFs;
  app: HandlerApp;
  shell: HandlerShell;
  clock: { now(): Date };
  /** A file the user opened by dialog: feeds File → Recent files. */
  onFileOpened(path: string): void;
  onLanguageChanged(language: UiLanguage): void;
  bankServer: BankServerDeps;
}

const DIALOG_TITLES: Readonly<Record<FileKind, { save: string; open: string }>> = {
  workbook: { save: 'Save workbook', open: 'Open workbook' },
  package: { save: 'Save application package', open: 'Open application package' },
  backup: { save: 'Save backup', open: 'Restore from backup' },
  pdf: { save: 'Save report as PDF', open: 'Open PDF' },
  document: { save: 'Save Word document', open: 'Open Word document' },
};

export function backupsDir(userDataDir: string): string {
  return join(userDataDir, 'backups');
}

function tooLarge(name: string): Error {
  return new Error(`${name} is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB`);
}

/** Reads a file the shell chose (dialog, argv, recent list), refusing oversized files. */
export async function readCappedFile(fs: HandlerFs, path: string): Promise<OpenedFile> {
  const name = basename(path);
  if ((await fs.size(path)) > MAX_FILE_BYTES) throw tooLarge(name);
  const bytes = await fs.readFile(path);
  if (bytes.byteLength > MAX_FILE_BYTES) throw tooLarge(name);
  return { name, bytes };
}

export function createHandlers(deps: HandlerDeps): Handlers {
  // Dialogs reopen in the folder last used, as users expect from office software.
  let lastFolder = deps.app.documentsDir;

  async function chooseSavePath(kind: FileKind, suggestedName: string): Promise<string | null> {
    const result = await deps.dialog.showSaveDialog({
      title: DIALOG_TITLES[kind].save,
      defaultPath: join(lastFolder, sanitiseFileName(suggestedName, kind)),
      filters: FILE_KINDS[kind].filters,
    });
    if (result.canceled || result.filePath === undefined || result.filePath === '') return null;
    const path = withExtension(result.filePath, kind);
    lastFolder = dirname(path);
    return path;
  }

  // An evidence file keeps its own name and type; the path the person chose is written as it is
  // (no extension forced), and nothing is opened.
  async function chooseEvidencePath(suggestedName: string): Promise<string | null> {
    const name = evidenceFileName(suggestedName);
    const extension = extname(name).slice(1);
    const all: DialogFilter = { name: 'All files', extensions: ['*'] };
    const result = await deps.dialog.showSaveDialog({
      title: 'Save a copy of the evidence file',
      defaultPath: join(lastFolder, name),
      filters:
        extension === ''
          ? [all]
          : [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }, all],
    });
    if (result.canceled || result.filePath === undefined || result.filePath === '') return null;
    lastFolder = dirname(result.filePath);
    return result.filePath;
  }

  return {
    'file:save': async ({ kind, suggestedName, bytes }) => {
      const path =
        kind === 'evidence'
          ? await chooseEvidencePath(suggestedName)
          : await chooseSavePath(kind, suggestedName);
      if (path === null) return { saved: false };
      await deps.fs.writeFile(path, bytes);
      return { saved: true, name: basename(path) };
    },

    'file:open': async ({ kind, multiple }) => {
      const result = await deps.dialog.showOpenDialog({
        title: DIALOG_TITLES[kind].open,
        defaultPath: lastFolder,
        filters: FILE_KINDS[kind].filters,
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      if (result.canceled) return [];
      const paths = multiple ? result.filePaths : result.filePaths.slice(0, 1);
      const files: OpenedFile[] = [];
      for (const path of paths) {
        // Dialog filters are advisory on some desktops; enforce the extension here.
        if (!path.toLowerCase().endsWith(FILE_KINDS[kind].extension)) {
          throw new Error(`${basename(path)} is not a ${FILE_KINDS[kind].extension} file`);
        }
        files.push(await readCappedFile(deps.fs, path));
        deps.onFileOpened(path);
      }
      const first = paths[0];
      if (first !== undefined) lastFolder = dirname(first);
      return files;
    },

    'report:print-pdf': async (suggestedName, ctx) => {
      const path = await chooseSavePath('pdf', suggestedName);
      if (path === null) return { saved: false };
      const title = basename(path).replace(/\.pdf$/i, '');
      const pdf = await ctx.sender.printToPDF(buildPdfOptions(title));
      if (pdf.byteLength > MAX_FILE_BYTES) throw tooLarge(basename(path));
      await deps.fs.writeFile(path, pdf);
      return { saved: true, name: basename(path) };
    },

    'app:get-info': () =>
      Promise.resolve({
        appVersion: deps.app.version,
        platform: 'electron',
        electronVersion: deps.app.electronVersion,
        chromeVersion: deps.app.chromeVersion,
        schemaVersion: deps.app.schemaVersion,
        criteriaPackVersion: deps.app.criteriaPackVersion,
      }),

    'app:set-language': (language) => {
      deps.onLanguageChanged(language);
      return Promise.resolve(undefined);
    },

    'link:open-external': async (url) => {
      if (!isAllowedExternalUrl(url)) return false;
      await deps.shell.openExternal(url);
      return true;
    },

    'data:open-folder': async () => {
      const error = await deps.shell.openPath(deps.app.userDataDir);
      if (error !== '') throw new Error(`Could not open the data folder: ${error}`);
      return undefined;
    },

    'backup:write-auto': (bytes) =>
      writeAutoBackup(deps.fs, backupsDir(deps.app.userDataDir), bytes, deps.clock.now()),

    'backup:list-auto': () => listAutoBackups(deps.fs, backupsDir(deps.app.userDataDir)),

    // The validator already restricted `name` to greenthread-auto-YYYY-MM-DD.json.
    'backup:read-auto': (name) =>
      readCappedFile(deps.fs, join(backupsDir(deps.app.userDataDir), name)),

    ...createBankServerHandlers(deps.bankServer),
  };
}
