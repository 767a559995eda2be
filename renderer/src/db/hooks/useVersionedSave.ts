import { useCallback, useState } from 'react';
import { ConflictError } from '../repositories/conflictError';
import { LockedError } from '../repositories/signOff';

export type VersionedSaveStatus = 'idle' | 'saving' | 'saved' | 'conflict' | 'locked';

export interface VersionedSave<Mine> {
  /**
   * 'saved' only once the write committed; 'conflict' when another window's write came first;
   * 'locked' when the record was signed off before the write landed (nothing was written).
   */
  status: VersionedSaveStatus;
  /** The user's values a refused write carried, kept to apply again or discard. */
  conflict: Mine | null;
  save: (mine: Mine, write: () => Promise<unknown>) => Promise<void>;
  /** Drops the kept values (after applying them to the form, or discarding them). */
  clearConflict: () => void;
}

/**
 * An explicit-save editor's write through a version-checked repository function: a
 * ConflictError keeps the user's values and calls `onConflict` with the stored row, so the form
 * shows what another window stored; a LockedError (signed off before the write landed) is
 * 'locked', for the form to say so; any other error is rethrown to the feature's error boundary.
 */
// Row names the stored row the repository's ConflictError carries (it is typed unknown there).
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function useVersionedSave<Mine, Row>(
  onConflict: (stored: Row) => void,
): VersionedSave<Mine> {
  const [status, setStatus] = useState<VersionedSaveStatus>('idle');
  const [conflict, setConflict] = useState<Mine | null>(null);
  const save = useCallback(
    async (mine: Mine, write: () => Promise<unknown>) => {
      setStatus('saving');
      try {
        await write();
        setConflict(null);
        setStatus('saved');
      } catch (error) {
        if (error instanceof LockedError) {
          setConflict(null);
          setStatus('locked');
          return;
        }
        if (!(error instanceof ConflictError)) {
          setStatus('idle');
          throw error;
        }
        setConflict(mine);
        setStatus('conflict');
        onConflict(error.current as Row);
      }
    },
    [onConflict],
  );
  const clearConflict = useCallback(() => {
    setConflict(null);
    setStatus('idle');
  }, []);
  return { status, conflict, save, clearConflict };
}
