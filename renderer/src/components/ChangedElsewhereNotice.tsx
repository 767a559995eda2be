import { useTranslation } from 'react-i18next';

/**
 * Shown where a write was refused because another window changed the same thing first: the
 * field now shows the stored value, and the user's own text stays here until applied or dropped.
 */
export function ChangedElsewhereNotice({
  yours,
  onApply,
  onDiscard,
  testId,
}: {
  yours: string;
  onApply: () => void;
  onDiscard: () => void;
  testId?: string;
}) {
  const { t } = useTranslation('common');
  return (
    <div className="toast error changed-elsewhere" role="alert" data-testid={testId}>
      <p>{t('changedElsewhere.notice')}</p>
      {yours !== '' && (
        <p>
          {t('changedElsewhere.yours')}: <q>{yours}</q>
        </p>
      )}
      <div className="row-actions">
        <button type="button" onClick={onApply}>
          {t('changedElsewhere.apply')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('changedElsewhere.discard')}
        </button>
      </div>
    </div>
  );
}
