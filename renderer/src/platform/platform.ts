import type { PlatformApi } from '../../../shared/ipc/contract';
import { webPlatform } from './webPlatform';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser build. */
    greenthread?: PlatformApi;
  }
}

/** The renderer reaches files and printing only through this object. */
export const platform: PlatformApi = window.greenthread ?? webPlatform;
