import { useTranslation } from 'react-i18next';

const ROLES = ['officer', 'esOfficer', 'committee'] as const;

export function MemoSignatures() {
  const { t } = useTranslation(['officer']);
  return (
    <section className="memo-section signatures">
      <h2>{t('memo.s.signatures')}</h2>
      <div className="signature-grid">
        {ROLES.map((r) => (
          <div key={r} className="signature">
            <p>
              <strong>{t(`memo.sign.${r}`)}</strong>
            </p>
            <p>{t('memo.sign.name')}: ____________________</p>
            <p>{t('memo.sign.signature')}: ____________________</p>
            <p>{t('memo.sign.date')}: ____________________</p>
          </div>
        ))}
      </div>
    </section>
  );
}
