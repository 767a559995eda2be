// The thin edge that touches Electron: lifecycle, protocol, IPC wiring, menu. Decisions live in
// the pure modules it calls; this file only connects them.
import { app, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT } from '../../shared/ipc/channels';
import type { EventChannel, EventMap } from '../../shared/ipc/channels';
import type { MenuCommand, UiLanguage } from '../../shared/ipc/contract';
import { readBoundedFile } from '../../adapters/node/readBoundedFile';
import { createFileOpener } from '../files/openedFiles';
import { openedFileText } from '../files/openedFileText';
import { addRecentFile, loadRecentFiles, saveRecentFiles } from '../files/recentFiles';
import { fileBankServerStore } from '../ipc/bankServerHandlers';
import { createHandlers } from '../ipc/createHandlers';
import { registerHandlers } from '../ipc/registerHandlers';
import { isTrustedSenderUrl } from '../ipc/senderCheck';
import { buildMenuTemplate } from '../menu/menuTemplate';
import { APP_ENTRY_URL, APP_SCHEME } from '../protocol/appOrigin';
import { APP_SCHEME_REGISTRATION } from '../protocol/schemePrivileges';
import { serveAppRequest } from '../protocol/serveAppRequest';
import { installNavigationGuards, installPermissionGuards } from '../security/installSecurity';
import { installCrashRecovery } from '../window/crashRecovery';
import type { SecurityDeps } from '../security/installSecurity';
import { buildAboutText } from './aboutInfo';
import { pickFileFromArgv } from './fileFromArgv';
import { createMainWindow } from './mainWindow';
import { nodeAppProtocolFs, nodeHandlerFs, nodeTextFs } from './nodeFs';
import { loadPreferences, savePreferences } from './preferences';
import { CRITERIA_PACK_VERSION, SCHEMA_VERSION } from './versions';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const security: SecurityDeps = {
  openExternal: (url) => shell.openExternal(url),
  log: (message) => console.warn(`[security] ${message}`),
};

export function bootstrap(): void {
  // Must happen before 'ready'.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents, security));

  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const userDataDir = app.getPath('userData');
  const prefsFile = join(userDataDir, 'preferences.json');
  const recentFile = join(userDataDir, 'recent-files.json');
  let win: BrowserWindow | null = null;
  let language: UiLanguage = 'en';
  let recent: string[] = [];

  // The one way main talks to the renderer: typed by channel (shared/ipc/channels.ts EventMap).
  const send = <C extends EventChannel>(channel: C, payload: EventMap[C]): boolean => {
    if (win === null || win.webContents.isDestroyed()) return false;
    win.webContents.send(channel, payload);
    return true;
  };
  const report = (error: unknown): void => {
    dialog.showErrorBox('GreenThread', error instanceof Error ? error.message : String(error));
  };

  function rememberRecent(path: string): void {
    recent = addRecentFile(recent, path);
    app.addRecentDocument(path);
    saveRecentFiles(nodeTextFs, recentFile, recent).catch(report);
    rebuildMenu();
  }

  const opener = createFileOpener({
    readFile: readBoundedFile,
    deliver: (file) => send(EVENT.fileOpened, file),
    remember: rememberRecent,
    refuse: (message) => dialog.showErrorBox(openedFileText(language).title, message),
    language: () => language,
  });
  const openPathInRenderer = (path: string): void => opener.open(path);

  function showAbout(): void {
    const text = buildAboutText(
      {
        appVersion: app.getVersion(),
        electronVersion: process.versions.electron,
        chromeVersion: process.versions.chrome,
        nodeVersion: process.versions.node,
        schemaVersion: SCHEMA_VERSION,
        criteriaPackVersion: CRITERIA_PACK_VERSION,
      },
      language,
    );
    const options = { type: 'info' as const, buttons: ['OK'], ...text };
    (win === null ? dialog.showMessageBox(options) : dialog.showMessageBox(win, options)).catch(
      report,
    );
  }

  function rebuildMenu(): void {
    const template = buildMenuTemplate(
      {
        language,
        platform: process.platform,
        isDev: devServerUrl !== undefined,
        recentFiles: recent,
      },
      {
        sendCommand: (command: MenuCommand) => send(EVENT.menuCommand, command),
        openRecent: openPathInRenderer,
        clearRecent: () => {
          recent = [];
          app.clearRecentDocuments();
          saveRecentFiles(nodeTextFs, recentFile, recent).catch(report);
          rebuildMenu();
        },
        openDataFolder: () => {
          shell.openPath(userDataDir).catch(report);
        },
        showAbout,
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (win !== null) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    const path = pickFileFromArgv(argv, workingDirectory);
    if (path !== null) openPathInRenderer(path);
  });
  // macOS delivers double-clicked files here, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPathInRenderer(path);
  });
  app.on('window-all-closed', () => {
    app.quit();
  });

  async function start(): Promise<void> {
    installPermissionGuards(session.defaultSession, security);
    const rendererDir = join(outDir, 'renderer');
    // Real path so the protocol's symlink-escape check compares like with like.
    const rendererRoot = (await nodeAppProtocolFs.realpath(rendererDir)) ?? rendererDir;
    protocol.handle(APP_SCHEME, (request) =>
      serveAppRequest(
        { method: request.method, url: request.url },
        rendererRoot,
        nodeAppProtocolFs,
      ),
    );

    const prefs = await loadPreferences(nodeTextFs, prefsFile, app.getLocale());
    language = prefs.language;
    recent = await loadRecentFiles(nodeTextFs, recentFile);

    const handlers = createHandlers({
      dialog: {
        showSaveDialog: (options) =>
          win === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(win, options),
        showOpenDialog: (options) =>
          win === null ? dialog.showOpenDialog(options) : dialog.showOpenDialog(win, options),
      },
      fs: nodeHandlerFs,
      app: {
        version: app.getVersion(),
        electronVersion: process.versions.electron,
        chromeVersion: process.versions.chrome,
        schemaVersion: SCHEMA_VERSION,
        criteriaPackVersion: CRITERIA_PACK_VERSION,
        userDataDir,
        documentsDir: app.getPath('documents'),
      },
      shell: { openExternal: (url) => shell.openExternal(url), openPath: (p) => shell.openPath(p) },
      clock: { now: () => new Date() },
      onFileOpened: rememberRecent,
      onLanguageChanged: (next) => {
        language = next;
        savePreferences(nodeTextFs, prefsFile, { language }).catch(report);
        rebuildMenu();
      },
      // Chromium's network stack: the system proxy and the OS's trusted certificates (a bank's
      // own CA) apply, as they do in the user's browser.
      bankServer: {
        fetch: (url, init) => net.fetch(url, init),
        store: fileBankServerStore(nodeTextFs, join(userDataDir, 'bank-server.json')),
      },
    });
    registerHandlers(ipcMain, handlers, (url) => isTrustedSenderUrl(url, devServerUrl));
    rebuildMenu();

    win = await createMainWindow({
      preloadPath: join(outDir, 'preload', 'preload.cjs'),
      userDataDir,
      url: devServerUrl ?? APP_ENTRY_URL,
      security,
    });
    win.on('closed', () => {
      opener.windowGone();
      win = null;
    });
    installCrashRecovery(win, {
      showMessage: (request) =>
        win === null ? dialog.showMessageBox(request) : dialog.showMessageBox(win, request),
      language: () => language,
      log: (message) => console.warn(`[window] ${message}`),
      now: () => Date.now(),
      quit: () => app.quit(),
      onRendererGone: () => opener.windowGone(),
    });
    // After a reload (crash recovery) the new page's preload listens again.
    win.webContents.on('did-finish-load', () => opener.windowReady());

    // A file double-clicked to launch the app; macOS's open-file ones are already waiting.
    const launchPath = pickFileFromArgv(process.argv, process.cwd());
    if (launchPath !== null) openPathInRenderer(launchPath);
    opener.windowReady();
  }

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      report(error);
      app.exit(1);
    });
}
