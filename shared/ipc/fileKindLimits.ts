// The largest file of each kind the app reads, whoever hands it over (a dialog, a double-click,
// a drop on the browser window), and the name of the limit a refusal quotes. One table for
// Electron main and the browser build alike.
import { FILE_LIMITS } from '../limits';
import { MAX_FILE_BYTES } from './channels';
import type { FileKind } from './contract';

export const FILE_KIND_LIMITS: Readonly<Record<FileKind, { bytes: number; name: string }>> = {
  workbook: { bytes: FILE_LIMITS.maxWorkbookBytes, name: 'FILE_LIMITS.maxWorkbookBytes' },
  package: { bytes: FILE_LIMITS.maxPackageBytes, name: 'FILE_LIMITS.maxPackageBytes' },
  // A backup carries every organisation and its evidence: the shell's own file limit.
  backup: { bytes: MAX_FILE_BYTES, name: 'MAX_FILE_BYTES' },
  pdf: { bytes: MAX_FILE_BYTES, name: 'MAX_FILE_BYTES' },
  // Written (the committee memo), never opened: kindFromName gives no 'document'.
  document: { bytes: MAX_FILE_BYTES, name: 'MAX_FILE_BYTES' },
};

/** The kind of a file by its name: .xlsx a workbook, .json a package (a backup says so inside). */
export function kindFromName(name: string): FileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'workbook';
  if (lower.endsWith('.json')) return lower.includes('backup') ? 'backup' : 'package';
  return null;
}

/** A file refused before a byte of it was read: larger than its kind's limit. */
export interface FileRefusal {
  name: string;
  size: number;
  maxBytes: number;
  limitName: string;
}

export class FileTooLargeError extends Error {
  constructor(readonly refusal: FileRefusal) {
    super(
      `${refusal.name} is larger than ${String(Math.round(refusal.maxBytes / (1024 * 1024)))} MB (${refusal.limitName}); nothing was read`,
    );
    this.name = 'FileTooLargeError';
  }
}

/** The refusal for a file of `size` bytes, or null when its kind's limit allows it. */
export function refusalFor(name: string, size: number, kind: FileKind): FileRefusal | null {
  const limit = FILE_KIND_LIMITS[kind];
  return size > limit.bytes ? { name, size, maxBytes: limit.bytes, limitName: limit.name } : null;
}
