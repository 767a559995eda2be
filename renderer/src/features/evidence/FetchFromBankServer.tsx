import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverErrorWords } from '../../../../shared/sync/serverErrors';
import { useLanguage } from '../../app/LanguageContext';
import { useSyncStatus } from '../../db/hooks/useSyncStatus';
import { SyncRefused } from '../../sync/client';
import { EvidenceCheckError } from '../../sync/evidenceBytes';
import { fetchEvidenceInApp } from '../../sync/evidenceInApp';

/**
 * An evidence file known here only by its record (another officer attached it): while this
 * desktop is signed in to the bank server, "On the bank server — fetch" brings the bytes, kept
 * only when their SHA-256 matches. Signed out, the file is simply "not received".
 */
export function FetchFromBankServer({
  orgId,
  sha,
  name,
}: {
  orgId: string;
  sha: string;
  name: string;
}) {
  const { t } = useTranslation('vcp');
  const { language } = useLanguage();
  const status = useSyncStatus();
  const [busy, setBusy] = useState(false);
  // Once the bytes are kept the row no longer needs this and it goes: only a failure is shown.
  const [message, setMessage] = useState<string | null>(null);

  if (!status?.device?.token) {
    return <span className="badge warn">{t('evidence.notArrived')}</span>;
  }

  async function fetchIt() {
    setBusy(true);
    setMessage(null);
    try {
      await fetchEvidenceInApp({ orgId, sha });
    } catch (error) {
      const text =
        error instanceof EvidenceCheckError
          ? t('evidence.onServer.mismatch', { name })
          : error instanceof SyncRefused
            ? t('evidence.onServer.refused', { reason: serverErrorWords(error.refusal, language) })
            : error instanceof TypeError
              ? t('evidence.onServer.unreachable')
              : t('evidence.onServer.refused', {
                  reason: error instanceof Error ? error.message : String(error),
                });
      setMessage(text);
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
        aria-label={t('evidence.onServer.fetchNamed', { name })}
        onClick={() => void fetchIt()}
      >
        {busy ? t('evidence.onServer.fetching') : t('evidence.onServer.fetch')}
      </button>
      {message && (
        <span className="error" role="alert">
          {' '}
          {message}
        </span>
      )}
    </>
  );
}
