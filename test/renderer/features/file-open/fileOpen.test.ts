// Files opened from the desktop, renderer side: what a file is, where it goes for each role,
// the one-slot store, and the browser's size check before reading.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FILE_LIMITS } from '../../../../shared/limits';
import { FileTooLargeError } from '../../../../shared/ipc/fileKindLimits';
import type { ExternallyOpenedFile } from '../../../../shared/ipc/contract';
import { hrefFor, parseHash } from '../../../../renderer/src/app/router';
import {
  fileOpenTarget,
  routeFor,
  sniffKind,
} from '../../../../renderer/src/features/file-open/fileOpenTarget';
import {
  currentOffer,
  dismissOffer,
  handOver,
  offerFile,
  takeHandedFile,
} from '../../../../renderer/src/features/file-open/openedFileStore';
import { readPickedFile } from '../../../../renderer/src/platform/readPickedFile';

const enc = (s: string) => new TextEncoder().encode(s);
const file = (name: string, kind: ExternallyOpenedFile['kind'], text = '{}') => ({
  name,
  kind,
  bytes: enc(text),
});

describe('what an opened file is and where it goes', () => {
  it('a .json is a backup when its header says so, whatever its name', () => {
    const header = '{"app":"GreenThread","kind":"database-backup","backupFormat":1,"tables":{}}';
    expect(sniffKind(file('mine.json', 'package', header))).toBe('backup');
    expect(sniffKind(file('greenthread-backup.json', 'backup', '{"format":"x"}'))).toBe('package');
    expect(sniffKind(file('a.xlsx', 'workbook'))).toBe('workbook');
  });

  it('an officer imports, a company or trainer previews, a backup goes to restore', () => {
    expect(fileOpenTarget('officer', 'workbook')).toBe('officer-import');
    expect(fileOpenTarget('officer', 'package')).toBe('officer-import');
    expect(fileOpenTarget('msme', 'workbook')).toBe('preview');
    expect(fileOpenTarget('trainer', 'package')).toBe('preview');
    expect(fileOpenTarget('msme', 'backup')).toBe('restore');
    expect(fileOpenTarget('officer', 'pdf')).toBeNull();
    expect(hrefFor(routeFor('officer-import'))).toBe('#/officer/import');
    expect(hrefFor(routeFor('preview'))).toBe('#/opened');
    expect(parseHash('#/opened')).toEqual({ name: 'opened' });
    expect(hrefFor(routeFor('restore'))).toBe('#/settings');
  });
});

describe('the opened-file store holds one of each and gives a handed file once', () => {
  afterEach(() => dismissOffer());

  it('a newer offer replaces the older; handing over clears the question', () => {
    offerFile({ kind: 'file', file: file('a.xlsx', 'workbook') });
    offerFile({ kind: 'file', file: file('b.xlsx', 'workbook') });
    const offer = currentOffer();
    expect(offer?.kind === 'file' && offer.file.name).toBe('b.xlsx');
    handOver(file('b.xlsx', 'workbook'), 'preview');
    expect(currentOffer()).toBeNull();
    expect(takeHandedFile('officer-import')).toBeNull();
    expect(takeHandedFile('preview')?.name).toBe('b.xlsx');
    expect(takeHandedFile('preview')).toBeNull();
  });
});

describe('a file picked or dropped in the browser', () => {
  it('larger than its kind allows: refused by File.size, never read', async () => {
    const arrayBuffer = vi.fn(() => Promise.resolve(new ArrayBuffer(0)));
    const huge = {
      name: 'huge.xlsx',
      size: FILE_LIMITS.maxWorkbookBytes + 1,
      arrayBuffer,
    } as unknown as File;
    const refused = readPickedFile(huge, 'workbook');
    await expect(refused).rejects.toBeInstanceOf(FileTooLargeError);
    await expect(refused).rejects.toThrow(/FILE_LIMITS\.maxWorkbookBytes/);
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('at the limit: read', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const small = new File([bytes], 'a.gtpkg.json');
    expect(await readPickedFile(small, 'package')).toEqual({ name: 'a.gtpkg.json', bytes });
  });
});
