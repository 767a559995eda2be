// Where a file opened from the desktop goes, by the user's role and what the file is. Pure.
import type { ExternallyOpenedFile, FileKind } from '../../../../shared/ipc/contract';
import type { Role } from '../../../../shared/package/enums';
import type { Route } from '../../app/router';

/** officer-import: checked and stored on confirm; preview: shown, never stored; restore: Settings. */
export type FileOpenTarget = 'officer-import' | 'preview' | 'restore';

// A backup's header names its format near the start; a package never has this key.
const BACKUP_MARK = '"backupFormat"';
const SNIFF_BYTES = 4096;

/** What a file is: a .json's contents decide between a backup and a package, not its name. */
export function sniffKind(file: ExternallyOpenedFile): FileKind {
  if (file.kind !== 'package' && file.kind !== 'backup') return file.kind;
  const head = new TextDecoder().decode(file.bytes.subarray(0, SNIFF_BYTES));
  return head.includes(BACKUP_MARK) ? 'backup' : 'package';
}

export function fileOpenTarget(role: Role, kind: FileKind): FileOpenTarget | null {
  if (kind === 'backup') return 'restore';
  if (kind === 'pdf') return null;
  return role === 'officer' ? 'officer-import' : 'preview';
}

export function routeFor(target: FileOpenTarget): Route {
  switch (target) {
    case 'officer-import':
      return { name: 'officer', section: 'import' };
    case 'preview':
      return { name: 'opened' };
    case 'restore':
      return { name: 'settings' };
  }
}
