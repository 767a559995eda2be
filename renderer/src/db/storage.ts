// The browser build keeps its data in the site's storage, which the browser may evict under
// pressure unless the site asks for persistence. Electron's userData storage is persistent anyway.

export interface StorageEstimate {
  usageBytes: number;
  quotaBytes: number;
  /** usage / quota, 0..1; 0 when the quota is unknown. */
  fraction: number;
  persisted: boolean;
}

/** Asks the browser not to evict the database. True if storage is (now) persistent. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (
    typeof navigator === 'undefined' ||
    !('storage' in navigator) ||
    typeof navigator.storage.persist !== 'function'
  ) {
    return false;
  }
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

/** How much space the app uses and may use; undefined where the browser cannot say. */
export async function storageEstimate(): Promise<StorageEstimate | undefined> {
  if (
    typeof navigator === 'undefined' ||
    !('storage' in navigator) ||
    typeof navigator.storage.estimate !== 'function'
  ) {
    return undefined;
  }
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  const persisted =
    typeof navigator.storage.persisted === 'function' ? await navigator.storage.persisted() : false;
  return {
    usageBytes: usage,
    quotaBytes: quota,
    fraction: quota > 0 ? usage / quota : 0,
    persisted,
  };
}
