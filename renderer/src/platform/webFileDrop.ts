// The browser build's "file opened from the desktop": a file dropped on the window. It goes the
// same way as a file Electron hands over (onFileOpened), so the confirmation and routing are one
// path in both builds. One file per drop; a file too large is refused before it is read.
import type { ExternallyOpenedFile, Unsubscribe } from '../../../shared/ipc/contract';
import {
  FileTooLargeError,
  kindFromName,
  type FileRefusal,
} from '../../../shared/ipc/fileKindLimits';
import { readPickedFile } from './readPickedFile';

const opened = new Set<(file: ExternallyOpenedFile) => void>();
const refused = new Set<(refusal: FileRefusal) => void>();
let installed = false;

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

async function onDrop(event: DragEvent): Promise<void> {
  const file = event.dataTransfer?.files[0];
  if (file === undefined) return;
  const kind = kindFromName(file.name);
  if (kind === null) return;
  try {
    const read = await readPickedFile(file, kind);
    for (const callback of opened) callback({ ...read, kind });
  } catch (error) {
    if (!(error instanceof FileTooLargeError)) throw error;
    for (const callback of refused) callback(error.refusal);
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('dragover', (event) => {
    // Without this the browser would navigate to the dropped file, leaving the app.
    if (hasFiles(event)) event.preventDefault();
  });
  window.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    void onDrop(event);
  });
}

export function onFileDropped(callback: (file: ExternallyOpenedFile) => void): Unsubscribe {
  install();
  opened.add(callback);
  return () => {
    opened.delete(callback);
  };
}

export function onFileDropRefused(callback: (refusal: FileRefusal) => void): Unsubscribe {
  install();
  refused.add(callback);
  return () => {
    refused.delete(callback);
  };
}
