import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/LanguageContext';
import { useEvidenceFor } from '../db/hooks/useEvidenceFor';
import { FetchFromBankServer } from '../features/evidence/FetchFromBankServer';
import { NotSentNote } from '../features/evidence/NotSentNote';
import { SaveEvidenceCopy } from '../features/evidence/SaveEvidenceCopy';
import {
  MAX_EVIDENCE_BYTES,
  addEvidence,
  linkEvidence,
  unlinkEvidence,
} from '../db/repositories/evidence';
import type { EvidenceTarget } from '../db/types';
import { formatFileSize } from '../i18n/format';
import './evidence-attachments.css';

/**
 * Files backing one VCP answer or one action: a file input (works in Electron and the browser),
 * the stored files with name and size, and removal of the link (the file itself stays stored,
 * since another answer may use it). Files over 25 MB are refused before anything is read.
 * Texts come from the "vcp" namespace (evidence.*).
 */
export function EvidenceAttachments({
  orgId,
  target,
  label,
}: {
  orgId: string;
  target: EvidenceTarget;
  /** Accessible name of the file input, e.g. "Attach evidence for VCP-EN-01". */
  label: string;
}) {
  const { t } = useTranslation('vcp');
  const { language } = useLanguage();
  const files = useEvidenceFor(orgId, target);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();

  async function onFiles(list: FileList | null) {
    setMessage(null);
    const chosen = Array.from(list ?? []);
    const tooLarge = chosen.filter((f) => f.size > MAX_EVIDENCE_BYTES);
    if (tooLarge.length > 0) {
      setMessage(
        t('evidence.tooLarge', {
          name: tooLarge.map((f) => f.name).join(', '),
          size: formatFileSize(tooLarge[0]?.size ?? 0, language),
        }),
      );
    }
    const ok = chosen.filter((f) => f.size <= MAX_EVIDENCE_BYTES);
    if (ok.length === 0) return;
    setBusy(true);
    try {
      for (const file of ok) {
        const row = await addEvidence(
          orgId,
          file,
          file.name,
          file.type || 'application/octet-stream',
        );
        await linkEvidence(orgId, row.sha, target);
      }
    } catch (err) {
      setMessage(t('evidence.failed', { error: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="evidence">
      {files && files.length > 0 ? (
        <ul className="evidence-list">
          {files.map((f) => (
            <li key={f.sha}>
              <span className="evidence-name">{f.name}</span>{' '}
              <span className="muted">({formatFileSize(f.size, language)})</span>
              {f.hasContent === 0 ? (
                <FetchFromBankServer orgId={orgId} sha={f.sha} name={f.name} />
              ) : (
                <SaveEvidenceCopy sha={f.sha} name={f.name} />
              )}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void unlinkEvidence(orgId, f.sha, target)}
                aria-label={t('evidence.removeNamed', { name: f.name })}
              >
                {t('evidence.remove')}
              </button>
              {f.hasContent === 1 && <NotSentNote orgId={orgId} sha={f.sha} />}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('evidence.none')}</p>
      )}
      {/* The native file input is hidden: its button text would follow the browser's language. */}
      <label htmlFor={inputId} className="evidence-add">
        <input
          id={inputId}
          type="file"
          multiple
          className="sr-only"
          aria-label={label}
          disabled={busy}
          onChange={(ev) => {
            void onFiles(ev.target.files);
            ev.target.value = '';
          }}
        />
        <span aria-hidden="true">{t('evidence.attach')}</span>
      </label>{' '}
      <span className="hint">{t('evidence.limit')}</span>
      {busy && <span className="status">{t('evidence.storing')}</span>}
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
