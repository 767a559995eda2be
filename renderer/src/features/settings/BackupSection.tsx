import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ProgressBar } from '../../components/ProgressBar';
import { backupFileName, exportBackup } from '../../db/backup/exportBackup';
import { restoreBackup } from '../../db/backup/restoreBackup';
import { refreshPendingSummaries } from '../../db/repositories/applicationSummaries';
import { platform } from '../../platform/platform';
import { useHandedFile } from '../file-open/useHandedFile';

type Busy = { label: string; fraction: number | null } | null;
type Message = { text: string; error: boolean } | null;

/** `onRestored`: the database was replaced or merged; sections holding copies of it reload. */
export function BackupSection({ onRestored }: { onRestored?: () => void } = {}) {
  const { t } = useTranslation(['settings', 'common']);
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [mode, setMode] = useState<'replace' | 'merge'>('merge');
  // A backup opened from the desktop waits behind the same question as a picked one.
  useHandedFile('restore', (file) => {
    setMessage(null);
    setPending(file);
  });

  async function onBackup() {
    setMessage(null);
    setBusy({ label: t('backingUp'), fraction: 0 });
    try {
      const blob = await exportBackup((p) =>
        setBusy({ label: t('backingUp'), fraction: p.total > 0 ? p.done / p.total : null }),
      );
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const result = await platform.saveFile({
        kind: 'backup',
        suggestedName: backupFileName(),
        bytes,
      });
      if (result.saved)
        setMessage({ text: t('backupSaved', { name: result.name ?? '' }), error: false });
    } catch (error) {
      setMessage({ text: t('backupFailed', { error: errorText(error) }), error: true });
    } finally {
      setBusy(null);
    }
  }

  async function onPick() {
    setMessage(null);
    try {
      const [file] = await platform.openFiles({ kind: 'backup', multiple: false });
      if (file) setPending(file);
    } catch (error) {
      setMessage({ text: t('restoreFailed', { error: errorText(error) }), error: true });
    }
  }

  async function onRestore() {
    const file = pending;
    setPending(null);
    if (!file) return;
    setBusy({ label: t('restoring'), fraction: null });
    try {
      const summary = await restoreBackup(
        new Blob([file.bytes.slice().buffer], { type: 'application/json' }),
        { mode, fileName: file.name },
        (p) =>
          setBusy({
            label: t(`restoreStage.${p.stage}`),
            fraction: p.total > 0 ? p.done / p.total : null,
          }),
      );
      setMessage({
        text: t('restored', { rows: summary.rows, date: summary.createdAt.slice(0, 10) }),
        error: false,
      });
      onRestored?.();
      // The restored summaries are refreshed in the background; the portfolio follows each.
      void refreshPendingSummaries().catch(() => undefined);
    } catch (error) {
      setMessage({ text: t('restoreFailed', { error: errorText(error) }), error: true });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="panel settings-section" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <p className="lead">{t('backupIntro')}</p>
      <div className="row-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void onBackup()}
          disabled={busy !== null}
        >
          {t('backupNow')}
        </button>
        <button type="button" onClick={() => void onPick()} disabled={busy !== null}>
          {t('restoreFromFile')}
        </button>
      </div>
      {busy && <ProgressBar fraction={busy.fraction} label={busy.label} />}
      {message && (
        <p
          className={message.error ? 'toast error' : 'toast'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t('restoreConfirmTitle')}
        confirmLabel={t('restoreConfirm')}
        cancelLabel={t('common:cancel')}
        danger={mode === 'replace'}
        onConfirm={() => void onRestore()}
        onCancel={() => setPending(null)}
      >
        <p>{t('restoreConfirmText', { name: pending?.name ?? '' })}</p>
        <p>{t('restoreSignInAgain')}</p>
        <fieldset>
          <legend>{t('restoreMode')}</legend>
          <label className="inline">
            <input
              type="radio"
              name="restore-mode"
              checked={mode === 'merge'}
              onChange={() => setMode('merge')}
            />
            {t('modeMerge')}
          </label>
          <label className="inline">
            <input
              type="radio"
              name="restore-mode"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />
            {t('modeReplace')}
          </label>
        </fieldset>
      </ConfirmDialog>
    </section>
  );
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
