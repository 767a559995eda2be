// Node implementations of the small fs interfaces the pure modules take. No electron import,
// so tests can run them against a temporary folder.
import { promises as fsp } from 'node:fs';
import { readBoundedFile } from '../../adapters/node/readBoundedFile';
import { MAX_FILE_BYTES } from '../../shared/ipc/channels';
import type { ServeAppFs } from '../protocol/serveAppRequest';
import type { HandlerFs } from '../ipc/createHandlers';

export interface TextFs {
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
}

export const nodeTextFs: TextFs = {
  readFile: (path) => fsp.readFile(path, 'utf8'),
  writeFile: (path, data) => fsp.writeFile(path, data, 'utf8'),
};

export const nodeHandlerFs: HandlerFs = {
  // A file the desktop handed us may be a device (/dev/zero) or grow while read: bounded.
  readFile: (path) => readBoundedFile(path, MAX_FILE_BYTES),
  writeFile: (path, data) => fsp.writeFile(path, data),
  readdir: (dir) => fsp.readdir(dir),
  mkdir: async (dir) => {
    await fsp.mkdir(dir, { recursive: true });
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  size: async (path) => (await fsp.stat(path)).size,
};

export const nodeAppProtocolFs: ServeAppFs = {
  realpath: async (path) => {
    try {
      return await fsp.realpath(path);
    } catch {
      return null;
    }
  },
  isFile: async (path) => {
    try {
      return (await fsp.stat(path)).isFile();
    } catch {
      return false;
    }
  },
  readFile: async (path) => new Uint8Array(await fsp.readFile(path)),
};
