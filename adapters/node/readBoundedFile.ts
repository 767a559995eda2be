// Reading a file a user or the desktop handed us (a command-line argument, a double-clicked
// file), for the CLI and the Electron main process alike: refused before reading when it is not
// a regular file or is larger than the caller's limit, and never read past that limit.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** A file refused before reading: a device, pipe or folder, or more bytes than a named limit. */
export class InputRefusedError extends Error {
  constructor(
    readonly kind: 'not_a_file' | 'too_large',
    readonly size = 0,
    readonly maxBytes = 0,
  ) {
    super(kind === 'not_a_file' ? 'not a regular file' : `${size} bytes, at most ${maxBytes}`);
    this.name = 'InputRefusedError';
  }
}

/**
 * Opened non-blocking (a named pipe must not hang us), checked on the open handle (a device such
 * as /dev/zero, a folder, or a file too large — a sparse 1.9 GB file costs one fstat), then read
 * in chunks that stop at the limit, in case the file grows while it is read.
 */
export async function readBoundedFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputRefusedError('not_a_file');
    if (info.size > maxBytes) throw new InputRefusedError('too_large', info.size, maxBytes);
    const out = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    while (filled < out.length) {
      const { bytesRead } = await handle.read(out, filled, out.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw new InputRefusedError('too_large', filled, maxBytes);
    return out.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
