import { useTranslation } from 'react-i18next';
import type { PinCheck } from '../../../../shared/workbook';

/**
 * Whether this company's key is the one the bank pinned: first signed submission, the same key,
 * or another key ("signed on another computer"), which the officer accepts only after
 * confirming with the company.
 */
export function KeyPinNotice({
  check,
  registrationNo,
  acceptNewKey,
  onAcceptNewKey,
}: {
  check: PinCheck;
  registrationNo: string;
  acceptNewKey: boolean;
  onAcceptNewKey: (accept: boolean) => void;
}) {
  const { t } = useTranslation('officer');
  switch (check.status) {
    case 'not_signed':
      return null;
    case 'no_registration':
      return <p data-testid="key-pin">{t('verify.pinNoRegistration')}</p>;
    case 'first':
      return (
        <p data-testid="key-pin">
          {t('verify.pinFirst', { fingerprint: check.offered.fingerprint, registrationNo })}
        </p>
      );
    case 'same':
      return (
        <p data-testid="key-pin">
          {t('verify.pinSame', { fingerprint: check.pin.pinned.fingerprint })}
        </p>
      );
    case 'other':
      return (
        <div className="key-other" role="alert" data-testid="key-pin">
          <p>
            <strong>{t('verify.pinOtherHead')}</strong>
          </p>
          <p>
            {t('verify.pinOther', {
              offered: check.offered.fingerprint,
              pinned: check.pin.pinned.fingerprint,
              registrationNo,
            })}
          </p>
          <label className="check">
            <input
              type="checkbox"
              checked={acceptNewKey}
              onChange={(e) => onAcceptNewKey(e.target.checked)}
            />
            {t('verify.pinAccept', { offered: check.offered.fingerprint })}
          </label>
        </div>
      );
  }
}
