import { readFileSync } from 'node:fs';

/** The app's version from package.json: the server ships with the desktop it serves. */
export const SERVER_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/**
 * The oldest desktop sync protocol this server serves (shared/sync/protocol.ts): 1 is every
 * desktop since the bank server began. Raised only when a server can no longer read what older
 * desktops send; such a desktop is then told, in words, to update GreenThread.
 */
export const MIN_DESKTOP_SYNC_PROTOCOL = 1;
