import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { useLiveRead } from '../../db/hooks/useLiveRead';
import { formatFileSize } from '../../i18n/format';
import { listNotSentEvidence } from '../../sync/evidenceNotSent';

/**
 * Settings → Bank server: the evidence files that stay on this computer only, counted and named
 * (file and company) with the reason, so nobody believes the bank server holds them.
 */
export function NotSentEvidence() {
  const { t } = useTranslation('bankServer');
  const { language } = useLanguage();
  const files = useLiveRead(() => listNotSentEvidence(), []);
  if (!files || files.length === 0) return null;
  return (
    <>
      <dt>{t('notSent')}</dt>
      <dd data-testid="evidence-not-sent">
        {t('notSentCount', { count: files.length })}
        <ul>
          {files.map((f) => (
            <li key={`${f.orgId}|${f.sha}`}>
              {f.reason === undefined
                ? t('notSentTooLarge', {
                    name: f.name,
                    company: f.organisation[language],
                    size: formatFileSize(f.size, language),
                  })
                : t('notSentRefused', {
                    name: f.name,
                    company: f.organisation[language],
                    reason: f.reason,
                  })}
            </li>
          ))}
        </ul>
        <span className="hint">{t('notSentHint')}</span>
      </dd>
    </>
  );
}
