import { useEffect, useRef } from 'react';
import type { ExternallyOpenedFile } from '../../../../shared/ipc/contract';
import type { FileOpenTarget } from './fileOpenTarget';
import { subscribeOffer, takeHandedFile } from './openedFileStore';

/**
 * A page's entry point for a file the user chose to open from the desktop: called once per file,
 * on mount when the file was handed over before the page opened, or at once when the page was
 * already open.
 */
export function useHandedFile(
  target: FileOpenTarget,
  onFile: (file: ExternallyOpenedFile) => void,
): void {
  const callback = useRef(onFile);
  useEffect(() => {
    callback.current = onFile;
  });
  useEffect(() => {
    const check = () => {
      const file = takeHandedFile(target);
      if (file !== null) callback.current(file);
    };
    check();
    return subscribeOffer(check);
  }, [target]);
}
