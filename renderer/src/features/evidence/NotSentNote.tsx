import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { useLiveRead } from '../../db/hooks/useLiveRead';
import { useSyncStatus } from '../../db/hooks/useSyncStatus';
import { listNotSentEvidence } from '../../sync/evidenceNotSent';
import { formatFileSize } from '../../i18n/format';

/**
 * On an evidence row, while this computer is linked to a bank server: this file does not reach
 * it (larger than the server takes, or refused at the last sync), and what to do about it.
 */
export function NotSentNote({ orgId, sha }: { orgId: string; sha: string }) {
  const { t } = useTranslation('vcp');
  const { language } = useLanguage();
  const status = useSyncStatus();
  const notSent = useLiveRead(() => listNotSentEvidence(), []);
  const file = notSent?.find((f) => f.orgId === orgId && f.sha === sha);
  if (!status?.device || !file) return null;
  return (
    <span className="evidence-not-sent" role="note">
      {file.reason === undefined
        ? t('evidence.notSent.tooLarge', { size: formatFileSize(file.size, language) })
        : t('evidence.notSent.refused', { reason: file.reason })}
    </span>
  );
}
