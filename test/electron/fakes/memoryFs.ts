// An in-memory file system implementing the small fs interfaces the shell modules take.
import { dirname } from 'node:path';
import type { HandlerFs } from '../../../electron/ipc/createHandlers';

export interface MemoryFs extends HandlerFs {
  files: Map<string, Uint8Array>;
  dirs: Set<string>;
  readText(path: string): Promise<string>;
  writeText(path: string, data: string): Promise<void>;
}

function notFound(path: string): Error {
  return Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
}

export function createMemoryFs(initial: Record<string, Uint8Array | string> = {}): MemoryFs {
  const files = new Map<string, Uint8Array>();
  const dirs = new Set<string>();
  const put = (path: string, data: Uint8Array): void => {
    files.set(path, data);
    dirs.add(dirname(path));
  };
  for (const [path, data] of Object.entries(initial)) {
    put(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
  }
  const get = (path: string): Uint8Array => {
    const data = files.get(path);
    if (data === undefined) throw notFound(path);
    return data;
  };
  return {
    files,
    dirs,
    readFile: async (path) => get(path),
    writeFile: async (path, data) => put(path, new Uint8Array(data)),
    readText: async (path) => new TextDecoder().decode(get(path)),
    writeText: async (path, data) => put(path, new TextEncoder().encode(data)),
    readdir: async (dir) => {
      if (!dirs.has(dir)) throw notFound(dir);
      return [...files.keys()]
        .filter((p) => dirname(p) === dir)
        .map((p) => p.slice(dir.length + 1));
    },
    mkdir: async (dir) => {
      dirs.add(dir);
    },
    rename: async (from, to) => {
      const data = get(from);
      files.delete(from);
      put(to, data);
    },
    unlink: async (path) => {
      get(path);
      files.delete(path);
    },
    size: async (path) => get(path).byteLength,
  };
}

/** The text-only view used by window state, preferences and recent files. */
export function textView(fs: MemoryFs): {
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
} {
  return { readFile: fs.readText, writeFile: fs.writeText };
}
