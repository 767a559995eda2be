// What the command line touches, injected so tests run every command in-process with fakes.
export interface CliFs {
  /**
   * The whole file, refused (InputRefusedError) when it is not a regular file or holds more than
   * `maxBytes`: checked from its size before reading, and never read past the limit.
   */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
  /** Creates the file (never overwrites); `private` makes it readable by its owner only. */
  writeFile(path: string, data: Uint8Array, options?: { private?: boolean }): Promise<void>;
  /** Creates a folder and its parents; optional for test fakes. */
  mkdir?(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Bytes in a file, so a size limit can refuse it before reading; optional for test fakes. */
  size?(path: string): Promise<number>;
}

export interface CliIo {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  fs: CliFs;
}

export const EXIT = { ok: 0, changed: 1, bad: 2 } as const;

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export { InputRefusedError } from '../adapters/node/readBoundedFile';
