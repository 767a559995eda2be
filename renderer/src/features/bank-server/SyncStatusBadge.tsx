import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { useSyncStatus } from '../../db/hooks/useSyncStatus';
import { serverErrorWords } from '../../../../shared/sync/serverErrors';

/** A quiet word in the header: synced / N to send / offline / conflicts. Nothing when not linked. */
export function SyncStatusBadge() {
  const { t } = useTranslation('bankServer');
  const { language } = useLanguage();
  const status = useSyncStatus();
  if (!status?.device) return null;
  const { pending, conflicts, state, device } = status;
  const text = !device.token
    ? t('status.signedOut')
    : conflicts.length > 0
      ? t('status.conflicts', { count: conflicts.length })
      : state.lastRefusal
        ? t('status.refused')
        : state.lastError
          ? t('status.offline', { count: pending })
          : pending > 0
            ? t('status.pending', { count: pending })
            : t('status.synced');
  return (
    <a
      href="#/settings"
      className="sync-status"
      data-testid="sync-status"
      title={state.lastRefusal ? serverErrorWords(state.lastRefusal, language) : t('title')}
    >
      {text}
    </a>
  );
}
