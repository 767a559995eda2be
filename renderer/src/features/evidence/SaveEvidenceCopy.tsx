import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceFileName } from '../../../../shared/ipc/safeFileName';
import { platform } from '../../platform/platform';
import { EvidenceCheckError } from '../../sync/evidenceBytes';
import { checkedEvidenceBytes } from '../../sync/evidenceCopy';

/**
 * "Save a copy…" of a file held here (attached on this computer or fetched from the bank
 * server): a save dialog in the desktop app, a download in the browser. The file is written
 * under its own (cleaned) name and never opened by the app: its type is only what its name says.
 */
export function SaveEvidenceCopy({ sha, name }: { sha: string; name: string }) {
  const { t } = useTranslation('vcp');
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ text: string; error: boolean } | null>(null);

  async function save() {
    setBusy(true);
    setSaid(null);
    try {
      const bytes = await checkedEvidenceBytes(sha);
      const result = await platform.saveFile({
        kind: 'evidence',
        suggestedName: evidenceFileName(name),
        bytes,
      });
      if (result.saved) setSaid({ text: t('evidence.saved', { name: result.name }), error: false });
    } catch (error) {
      setSaid({
        text:
          error instanceof EvidenceCheckError
            ? t('evidence.damaged', { name })
            : t('evidence.saveFailed', {
                error: error instanceof Error ? error.message : String(error),
              }),
        error: true,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="link-button"
        disabled={busy}
        aria-label={t('evidence.saveCopyNamed', { name })}
        onClick={() => void save()}
      >
        {t('evidence.saveCopy')}
      </button>
      {said && (
        <span className={said.error ? 'error' : 'status'} role={said.error ? 'alert' : 'status'}>
          {' '}
          {said.text}
        </span>
      )}
    </>
  );
}
