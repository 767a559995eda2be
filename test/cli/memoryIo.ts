import type { CliIo } from '../../cli/io';

export interface MemoryIo extends CliIo {
  files: Map<string, Uint8Array>;
  out: () => string;
  err: () => string;
}

export function memoryIo(
  argv: string[],
  files: Record<string, Uint8Array | string> = {},
  options: { env?: Record<string, string>; failRename?: boolean } = {},
): MemoryIo {
  const store = new Map<string, Uint8Array>(
    Object.entries(files).map(([k, v]) => [
      k,
      typeof v === 'string' ? new TextEncoder().encode(v) : v,
    ]),
  );
  let out = '';
  let err = '';
  return {
    argv,
    env: options.env ?? {},
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    files: store,
    out: () => out,
    err: () => err,
    fs: {
      readFile: async (p) => {
        const f = store.get(p);
        if (!f) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
        return f;
      },
      writeFile: async (p, data) => {
        if (store.has(p)) throw new Error(`EEXIST: ${p}`);
        store.set(p, data);
      },
      rename: async (from, to) => {
        if (options.failRename) throw new Error('EACCES: permission denied');
        const f = store.get(from);
        if (!f) throw new Error(`ENOENT: ${from}`);
        store.delete(from);
        store.set(to, f);
      },
      unlink: async (p) => {
        store.delete(p);
      },
    },
  };
}
