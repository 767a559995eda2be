import type { CustomScheme } from 'electron';
import { APP_SCHEME } from './appOrigin';

// standard + secure give app:// a real, persistent origin (IndexedDB, localStorage) and a secure
// context; registered before app 'ready' as Electron requires.
export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    codeCache: true,
    corsEnabled: false,
    bypassCSP: false,
    allowServiceWorkers: false,
    stream: false,
  },
};
