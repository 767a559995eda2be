// The packaged renderer's stable origin. IndexedDB is keyed by origin, so changing the scheme or
// host would orphan every user's data: treat these as permanent.
export const APP_SCHEME = 'app';
export const APP_HOST = 'greenthread';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
