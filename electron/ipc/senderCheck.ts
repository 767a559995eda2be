// Electron security checklist item 17: only our own renderer may call main.
import { APP_HOST, APP_SCHEME } from '../protocol/appOrigin';

/**
 * True when `frameUrl` belongs to the packaged app origin, or (dev only) to the dev server's
 * origin. Compares scheme + host + port rather than URL.origin, which Node reports as "null" for
 * non-special schemes such as app:.
 */
export function isTrustedSenderUrl(frameUrl: string, devServerUrl: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === `${APP_SCHEME}:`) {
    return url.hostname.toLowerCase() === APP_HOST && url.port === '';
  }
  if (devServerUrl === undefined || devServerUrl === '') return false;
  let dev: URL;
  try {
    dev = new URL(devServerUrl);
  } catch {
    return false;
  }
  if (dev.protocol !== 'http:' && dev.protocol !== 'https:') return false;
  return url.origin === dev.origin;
}
