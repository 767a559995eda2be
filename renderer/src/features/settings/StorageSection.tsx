import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { requestPersistentStorage, storageEstimate, type StorageEstimate } from '../../db/storage';
import { formatNumber } from '../../i18n/format';

const MB = 1024 * 1024;

export function StorageSection() {
  const { t } = useTranslation('settings');
  const { language } = useLanguage();
  const [estimate, setEstimate] = useState<StorageEstimate | undefined | null>(null);

  const refresh = () => void storageEstimate().then(setEstimate);
  useEffect(refresh, []);

  return (
    <section className="panel settings-section" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storageTitle')}</h2>
      {estimate === null ? null : estimate === undefined ? (
        <p className="muted">{t('storageUnknown')}</p>
      ) : (
        <>
          <p data-testid="storage-usage">
            {t('storageUsage', {
              used: formatNumber(estimate.usageBytes / MB, language, 1),
              quota: formatNumber(estimate.quotaBytes / MB, language, 0),
            })}
          </p>
          <p>{estimate.persisted ? t('persisted') : t('notPersisted')}</p>
          {!estimate.persisted && (
            <button type="button" onClick={() => void requestPersistentStorage().then(refresh)}>
              {t('askPersist')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
