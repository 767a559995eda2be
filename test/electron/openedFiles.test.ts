// Files handed over by the OS: read bounded per kind, one at a time, only the newest waiting,
// refused in words, remembered as recent only once delivered.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputRefusedError, readBoundedFile } from '../../adapters/node/readBoundedFile';
import type { ExternallyOpenedFile, UiLanguage } from '../../shared/ipc/contract';
import { FILE_LIMITS } from '../../shared/limits';
import {
  createFileOpener,
  OPENED_FILE_LIMITS,
  type OpenedFileDeps,
} from '../../electron/files/openedFiles';

interface World {
  deps: OpenedFileDeps;
  delivered: ExternallyOpenedFile[];
  remembered: string[];
  refused: string[];
  reads: { path: string; maxBytes: number }[];
  /** Reads in progress at once, at most. */
  maxConcurrent: number;
  windowAccepts: boolean;
  language: UiLanguage;
}

function world(read: OpenedFileDeps['readFile'] = readBoundedFile): World {
  let inFlight = 0;
  const w: World = {
    delivered: [],
    remembered: [],
    refused: [],
    reads: [],
    maxConcurrent: 0,
    windowAccepts: true,
    language: 'en',
    deps: undefined as unknown as OpenedFileDeps,
  };
  w.deps = {
    readFile: async (path, maxBytes) => {
      w.reads.push({ path, maxBytes });
      inFlight += 1;
      w.maxConcurrent = Math.max(w.maxConcurrent, inFlight);
      try {
        return await read(path, maxBytes);
      } finally {
        inFlight -= 1;
      }
    },
    deliver: (file) => {
      if (!w.windowAccepts) return false;
      w.delivered.push(file);
      return true;
    },
    remember: (path) => w.remembered.push(path),
    refuse: (message) => w.refused.push(message),
    language: () => w.language,
  };
  return w;
}

const dir = mkdtempSync(join(tmpdir(), 'gt-opened-'));
function file(name: string, bytes: number[] | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes));
  return path;
}

describe('files opened from the desktop (main)', () => {
  it('waits for the window, then reads with the limit of the kind and delivers once', async () => {
    const w = world();
    const opener = createFileOpener(w.deps);
    const path = file('Ноолуур.xlsx', [0x50, 0x4b, 3, 4]);
    opener.open(path);
    await opener.idle();
    expect(w.reads).toEqual([]);
    opener.windowReady();
    await opener.idle();
    expect(w.reads).toEqual([{ path, maxBytes: FILE_LIMITS.maxWorkbookBytes }]);
    expect(w.delivered.map((f) => [f.name, f.kind, [...f.bytes]])).toEqual([
      ['Ноолуур.xlsx', 'workbook', [0x50, 0x4b, 3, 4]],
    ]);
    expect(w.remembered).toEqual([path]);
  });

  it('uses the package limit for a package and the shell limit for a backup', async () => {
    const w = world();
    const opener = createFileOpener(w.deps);
    opener.windowReady();
    opener.open(file('a.gtpkg.json', [123, 125]));
    await opener.idle();
    opener.open(file('greenthread-backup-2026-11-24.json', [123, 125]));
    await opener.idle();
    expect(w.reads.map((r) => r.maxBytes)).toEqual([
      FILE_LIMITS.maxPackageBytes,
      OPENED_FILE_LIMITS.backup.bytes,
    ]);
    expect(w.delivered.map((f) => f.kind)).toEqual(['package', 'backup']);
  });

  it('twenty files at once: one read at a time, only the newest waits, two reach the window', async () => {
    // Reads are held open until released, so all twenty arrive while the first is being read.
    const releases: (() => void)[] = [];
    const w = world(
      (path) =>
        new Promise((resolve) => {
          releases.push(() => resolve(new TextEncoder().encode(path)));
        }),
    );
    const opener = createFileOpener(w.deps);
    opener.windowReady();
    for (let i = 1; i <= 20; i += 1) opener.open(join(dir, `big-${String(i)}.xlsx`));
    expect(w.reads.length).toBe(1);
    releases.shift()?.();
    await vi.waitFor(() => expect(w.reads.length).toBe(2));
    releases.shift()?.();
    await opener.idle();
    expect(w.maxConcurrent).toBe(1);
    expect(w.delivered.map((f) => f.name)).toEqual(['big-1.xlsx', 'big-20.xlsx']);
  });

  it('refuses a file above the limit in words, naming the limit, and delivers nothing', async () => {
    const w = world();
    const opener = createFileOpener(w.deps);
    opener.windowReady();
    // A sparse-free small stand-in: a 2-byte workbook against a 1-byte limit.
    const path = file('huge.xlsx', [1, 2]);
    w.deps.readFile = (p) => readBoundedFile(p, 1);
    opener.open(path);
    await opener.idle();
    expect(w.delivered).toEqual([]);
    expect(w.remembered).toEqual([]);
    expect(w.refused).toEqual([
      'huge.xlsx is larger than 20 MB, the most GreenThread reads for this kind of file (FILE_LIMITS.maxWorkbookBytes). Nothing was read or changed.',
    ]);
  });

  it('refuses a folder or device without reading it, in Mongolian when the menu is', async () => {
    const w = world();
    w.language = 'mn';
    const opener = createFileOpener(w.deps);
    opener.windowReady();
    const folder = join(dir, 'folder.json');
    mkdirSync(folder);
    opener.open(folder);
    await opener.idle();
    expect(w.delivered).toEqual([]);
    expect(w.refused[0]).toMatch(/^folder\.json.* энгийн файл биш байна/);
  });

  it('refuses a file it cannot open by its extension, and a missing file, in words', async () => {
    const w = world();
    const opener = createFileOpener(w.deps);
    opener.windowReady();
    opener.open(join(dir, 'notes.txt'));
    opener.open(join(dir, 'gone.xlsx'));
    await opener.idle();
    expect(w.refused).toEqual([
      'notes.txt: GreenThread opens workbooks (.xlsx), application packages and backups (.json) only.',
      'gone.xlsx no longer exists where it was. Nothing was changed.',
    ]);
  });

  it('keeps the path (not the bytes) when the window went away during the read', async () => {
    const w = world();
    const opener = createFileOpener(w.deps);
    opener.windowReady();
    const path = file('late.json', [123, 125]);
    w.windowAccepts = false;
    opener.open(path);
    await opener.idle();
    expect(w.delivered).toEqual([]);
    expect(w.remembered).toEqual([]);
    opener.windowGone();
    w.windowAccepts = true;
    opener.windowReady();
    await opener.idle();
    expect(w.delivered.map((f) => f.name)).toEqual(['late.json']);
    expect(w.remembered).toEqual([path]);
  });

  it('readBoundedFile is what refuses (the error the words are chosen by)', async () => {
    await expect(readBoundedFile(file('x.xlsx', [1, 2, 3]), 2)).rejects.toBeInstanceOf(
      InputRefusedError,
    );
  });
});
