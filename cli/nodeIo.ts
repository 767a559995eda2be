// The real process and file system for the command line.
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { readBoundedFile } from '../adapters/node/readBoundedFile';
import type { CliIo } from './io';

export function nodeIo(): CliIo {
  // `greenthread score x.json | head` closes the pipe early: that is not an error worth a trace
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  return {
    argv: process.argv.slice(2),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    fs: {
      readFile: (path, maxBytes = Number.MAX_SAFE_INTEGER) => readBoundedFile(path, maxBytes),
      writeFile: (path, data, options) =>
        writeFile(path, data, { flag: 'wx', ...(options?.private ? { mode: 0o600 } : {}) }),
      mkdir: async (path) => {
        await mkdir(path, { recursive: true, mode: 0o700 });
      },
      rename: (from, to) => rename(from, to),
      unlink: (path) => unlink(path),
      size: async (path) => (await stat(path)).size,
    },
  };
}
