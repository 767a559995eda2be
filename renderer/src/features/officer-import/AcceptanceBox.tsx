import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/router';

/**
 * The officer's explicit, named acceptance of a file GreenThread could not confirm (changed,
 * unsigned, signature invalid, a package, or another key than the one on file). It is recorded
 * in the audit trail under the name in the officer's profile; without a name there is no yes.
 */
export function AcceptanceBox({
  officerName,
  accepted,
  onAccept,
}: {
  officerName: string;
  accepted: boolean;
  onAccept: (accepted: boolean) => void;
}) {
  const { t } = useTranslation('officer');
  if (officerName === '') {
    return (
      <p className="error" role="alert" data-testid="acceptance">
        {t('verify.needName')} <a href={hrefFor({ name: 'settings' })}>{t('verify.toSettings')}</a>
      </p>
    );
  }
  return (
    <div className="panel acceptance" data-testid="acceptance">
      <label className="check">
        <input type="checkbox" checked={accepted} onChange={(e) => onAccept(e.target.checked)} />
        {t('verify.acceptLabel', { name: officerName })}
      </label>
      <p className="hint">{t('verify.acceptHint')}</p>
    </div>
  );
}
