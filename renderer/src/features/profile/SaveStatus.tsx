import { useTranslation } from 'react-i18next';
import type { AutosaveStatus } from '../../db/hooks/useAutosave';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function SaveStatus({
  status,
  error,
  invalidCount,
}: {
  status: AutosaveStatus;
  error: unknown;
  invalidCount: number;
}) {
  const { t } = useTranslation('profile');
  const bad = status === 'error' || invalidCount > 0;
  return (
    <div className={bad ? 'save-status status error' : 'save-status status'} aria-live="polite">
      <span data-testid="profile-save-status">
        {status === 'error'
          ? t('status.error', { error: message(error) })
          : status === 'saving'
            ? t('status.saving')
            : invalidCount === 0
              ? t('status.saved')
              : ''}
      </span>
      {invalidCount > 0 && (
        <span data-testid="profile-invalid-count">
          {' '}
          {t('status.fixFields', { count: invalidCount })}
        </span>
      )}
    </div>
  );
}
