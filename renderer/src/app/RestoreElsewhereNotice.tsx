import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onRestoreElsewhere } from '../db/backup/restoreSignal';
import { db } from '../db/db';
import { closeWrites } from '../db/writeGate';

/**
 * Another window restores a backup: this one stops writing at once (its editors' typing stays in
 * their journals) and reloads when the restore has ended, so no screen keeps editing data that
 * was replaced under it. A failed restore changed nothing, but the window reloads all the same:
 * its writes were closed, and a reload is the one way back that keeps every journal.
 */
export function RestoreElsewhereNotice() {
  const { t } = useTranslation('common');
  const [phase, setPhase] = useState<'none' | 'restoring' | 'restored'>('none');
  useEffect(
    () =>
      onRestoreElsewhere((p) => {
        if (p === 'started') {
          closeWrites(db);
          setPhase('restoring');
          return;
        }
        closeWrites(db);
        setPhase('restored');
        window.location.reload();
      }),
    [],
  );
  if (phase === 'none') return null;
  return (
    <div
      className="restore-elsewhere"
      role="alertdialog"
      aria-modal="true"
      data-testid="restore-elsewhere"
    >
      <p className="toast">
        {phase === 'restoring' ? t('changedElsewhere.restoring') : t('changedElsewhere.restored')}
      </p>
    </div>
  );
}
