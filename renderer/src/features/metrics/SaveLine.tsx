import { useTranslation } from 'react-i18next';

export function SaveLine({
  saving,
  error,
  invalid,
  kept,
}: {
  saving: number;
  error: unknown;
  invalid: number;
  /** Figures of this window refused by another window's change: never "All figures saved". */
  kept: number;
}) {
  const { t } = useTranslation('metrics');
  const failed = error !== null && error !== undefined;
  const text = failed
    ? t('save.error', { error: error instanceof Error ? error.message : JSON.stringify(error) })
    : saving > 0
      ? t('save.saving')
      : kept > 0
        ? t('save.kept', { count: kept })
        : t('save.saved');
  return (
    <p className={failed || invalid > 0 || kept > 0 ? 'status error' : 'status'} aria-live="polite">
      <span data-testid="metrics-save-status">{text}</span>
      {invalid > 0 && <span> · {t('save.invalid', { count: invalid })}</span>}
    </p>
  );
}
