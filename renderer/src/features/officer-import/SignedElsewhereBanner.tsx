import { useLiveRead } from '../../db/hooks/useLiveRead';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signedElsewhere } from '../../../../shared/workbook';
import { useLanguage } from '../../app/LanguageContext';
import { acceptNewSigningKey, getKeyPin } from '../../db/repositories/signingKeyPins';
import { formatDate } from '../../i18n/format';
import './officer-import.css';

/**
 * On the application: the latest submission was signed by another key than the one on file for
 * this registration number. Stays until the officer, having confirmed with the company, accepts
 * the new key (audited under the officer's name).
 */
export function SignedElsewhereBanner({ orgId }: { orgId: string }) {
  const { t } = useTranslation('officer');
  const { language } = useLanguage();
  const pin = useLiveRead(() => getKeyPin(orgId), [orgId]);
  const [acceptedKey, setAcceptedKey] = useState<string | null>(null);
  if (acceptedKey !== null) {
    return (
      <p className="status" role="status" data-testid="signed-elsewhere-accepted">
        {t('verify.elsewhereAccepted', { fingerprint: acceptedKey })}
      </p>
    );
  }
  if (!pin || !signedElsewhere(pin)) return null;
  return (
    <div className="panel signed-elsewhere" role="alert" data-testid="signed-elsewhere">
      <p>
        <strong>{t('verify.elsewhereHead')}</strong>
      </p>
      <p>
        {t('verify.elsewhereBody', {
          date: formatDate(pin.latest.at, language),
          latest: pin.latest.fingerprint,
          pinned: pin.pinned.fingerprint,
        })}
      </p>
      <button
        type="button"
        onClick={() =>
          void acceptNewSigningKey(orgId).then((done) => {
            if (done) setAcceptedKey(pin.latest.fingerprint);
          })
        }
      >
        {t('verify.elsewhereAccept')}
      </button>
    </div>
  );
}
