// Single-instance hand-over: when a second copy starts (double-clicked workbook), the first copy
// receives its argv and working directory and opens the file itself.
import { isAbsolute, resolve } from 'node:path';

const OPENABLE = /\.(xlsx|json)$/i;

/**
 * Picks the first .xlsx or .json argument. Skips argv[0] (the executable), Chromium/Electron
 * switches ("--foo", "-x") and the app path Electron passes in development (".").
 * Relative paths resolve against the launching process's working directory.
 */
export function pickFileFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (!OPENABLE.test(arg)) continue;
    return isAbsolute(arg) ? arg : resolve(workingDirectory, arg);
  }
  return null;
}
