import { readFileSync } from 'node:fs';

/** The app's version from package.json: the server ships with the desktop it serves. */
export const SERVER_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
