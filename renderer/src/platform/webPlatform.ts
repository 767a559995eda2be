import type {
  AppInfo,
  AutoBackupInfo,
  FileKind,
  OpenFileRequest,
  OpenedFile,
  PlatformApi,
  SaveFileRequest,
  SaveFileResult,
  SaveKind,
  Unsubscribe,
} from '../../../shared/ipc/contract';
import { evidenceFileName } from '../../../shared/ipc/safeFileName';
import type {
  BankServerAddressResult,
  BankServerReply,
  BankServerRequest,
} from '../../../shared/ipc/bankServer';
import { readPickedFile } from './readPickedFile';
import { onFileDropped, onFileDropRefused } from './webFileDrop';

const ACCEPT: Record<FileKind, string> = {
  workbook: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  package: '.json,application/json',
  backup: '.json,.gtbackup,application/json',
  pdf: '.pdf,application/pdf',
  document: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

// An evidence file goes down as plain bytes: the browser saves it and renders nothing of it.
const MIME: Record<SaveKind, string> = {
  evidence: 'application/octet-stream',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  package: 'application/json',
  backup: 'application/json',
  pdf: 'application/pdf',
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function download(bytes: Uint8Array, name: string, type: string): void {
  const blob = new Blob([bytes.slice().buffer], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pickFiles(request: OpenFileRequest): Promise<OpenedFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[request.kind];
    input.multiple = request.multiple;
    input.style.display = 'none';
    input.dataset.testid = `file-input-${request.kind}`;
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      input.remove();
      // Sizes are checked before any file is read: one too large refuses the pick, unread.
      Promise.all(files.map((f) => readPickedFile(f, request.kind))).then(resolve, reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve([]);
    });
    document.body.appendChild(input);
    input.click();
  });
}

/**
 * The browser build's bank-server link: the local server that serves this page forwards to the
 * one bank server it was started with (adapters/node/bankServer/localProxy.ts). A page served
 * without it (another static server) answers no JSON here: no transport.
 */
async function postToLocalServer<T extends BankServerReply | BankServerAddressResult>(
  what: 'address' | 'request',
  payload: unknown,
): Promise<T> {
  const none = { ok: false, refusal: 'no-transport' } as T;
  let res: Response;
  try {
    res = await fetch(`./bank-server/${what}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
  } catch (error) {
    return { ok: false, refusal: 'unreachable', detail: String(error) } as T;
  }
  if (!res.ok || !(res.headers.get('content-type') ?? '').includes('application/json')) return none;
  const body: unknown = await res.json();
  return typeof body === 'object' && body !== null && 'ok' in body ? (body as T) : none;
}

export const webPlatform: PlatformApi = {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
    const name =
      request.kind === 'evidence' ? evidenceFileName(request.suggestedName) : request.suggestedName;
    download(request.bytes, name, MIME[request.kind]);
    return Promise.resolve({ saved: true, name });
  },
  openFiles: pickFiles,
  printReport(suggestedName: string): Promise<SaveFileResult> {
    window.print();
    return Promise.resolve({ saved: true, name: suggestedName });
  },
  getAppInfo(): Promise<AppInfo> {
    return Promise.resolve({ appVersion: __APP_VERSION__, platform: 'web' });
  },
  // The browser has no native menu: that subscription never fires. A file dropped on the window
  // is the browser's file hand-over.
  onMenuCommand(): Unsubscribe {
    return () => undefined;
  },
  onFileOpened: onFileDropped,
  onFileRefused: onFileDropRefused,
  // writeAutoBackup/readAutoBackup are deliberately absent: a browser cannot write files
  // silently, so the renderer hides automatic backups when they are missing.
  listAutoBackups(): Promise<AutoBackupInfo[]> {
    return Promise.resolve([]);
  },
  openDataFolder(): Promise<void> {
    return Promise.resolve();
  },
  openExternal(url: string): Promise<boolean> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return Promise.resolve(false);
    }
    if (parsed.protocol !== 'https:') return Promise.resolve(false);
    window.open(parsed.href, '_blank', 'noopener,noreferrer');
    return Promise.resolve(true);
  },
  setLanguage(): Promise<void> {
    return Promise.resolve();
  },
  setBankServerAddress: (address: string) =>
    postToLocalServer<BankServerAddressResult>('address', { address }),
  bankServerRequest: (request: BankServerRequest) =>
    postToLocalServer<BankServerReply>('request', request),
};
