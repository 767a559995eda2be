// Dialog filters, default extensions and file-name hygiene per FileKind. The renderer only ever
// suggests a bare name; main picks the folder through a dialog.
import { basename, extname } from 'node:path';
import type { FileKind } from '../../shared/ipc/contract';
import { kindFromName } from '../../shared/ipc/fileKindLimits';
import { cleanFileName, isWindowsDeviceName } from '../../shared/ipc/safeFileName';

export interface DialogFilter {
  name: string;
  extensions: string[];
}

interface KindSpec {
  extension: string;
  filters: DialogFilter[];
  fallbackName: string;
}

export const FILE_KINDS: Readonly<Record<FileKind, KindSpec>> = {
  workbook: {
    extension: '.xlsx',
    filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    fallbackName: 'greenthread-workbook.xlsx',
  },
  package: {
    extension: '.json',
    filters: [{ name: 'GreenThread application package', extensions: ['json'] }],
    fallbackName: 'greenthread-package.gtpkg.json',
  },
  backup: {
    extension: '.json',
    filters: [{ name: 'GreenThread backup', extensions: ['json'] }],
    fallbackName: 'greenthread-backup.json',
  },
  pdf: {
    extension: '.pdf',
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    fallbackName: 'greenthread-report.pdf',
  },
  document: {
    extension: '.docx',
    filters: [{ name: 'Word document', extensions: ['docx'] }],
    fallbackName: 'greenthread-memo.docx',
  },
};

const MAX_NAME_LENGTH = 120;

/**
 * Reduces a renderer-suggested name to a safe base name with the kind's extension.
 * Keeps Cyrillic and other letters; strips path separators, control and shell-hostile characters.
 */
export function sanitiseFileName(suggested: string, kind: FileKind): string {
  const spec = FILE_KINDS[kind];
  let name = cleanFileName(suggested);
  if (!name.toLowerCase().endsWith(spec.extension)) name = `${name}${spec.extension}`;
  const stem = name.slice(0, name.length - spec.extension.length);
  if (stem === '' || isWindowsDeviceName(stem)) return spec.fallbackName;
  if (name.length > MAX_NAME_LENGTH) {
    name = `${stem.slice(0, MAX_NAME_LENGTH - spec.extension.length)}${spec.extension}`;
  }
  return name;
}

/** Adds the kind's extension when the user typed a name without one in the save dialog. */
export function withExtension(filePath: string, kind: FileKind): string {
  const ext = FILE_KINDS[kind].extension;
  return extname(filePath).toLowerCase() === ext ? filePath : `${filePath}${ext}`;
}

/** Guesses the kind of a file the OS handed over; null when the app cannot open it. */
export function kindFromPath(filePath: string): FileKind | null {
  return kindFromName(basename(filePath));
}
