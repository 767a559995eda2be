import { useTranslation } from 'react-i18next';

/**
 * Typing the journal kept from before a crash or a closed window: offered back, never written on
 * its own. The form shows what is stored until the user puts the text back (then it saves as any
 * edit would) or discards it (then the journal goes).
 */
export function RecoveredNotice({
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
    <div className="toast recovered-text" role="status" data-testid={testId}>
      <p>{t('recoveredText.notice')}</p>
      {yours !== '' && (
        <p>
          {t('recoveredText.yours')}: <q>{yours}</q>
        </p>
      )}
      <div className="row-actions">
        <button type="button" onClick={onApply}>
          {t('recoveredText.apply')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('recoveredText.discard')}
        </button>
      </div>
    </div>
  );
}
