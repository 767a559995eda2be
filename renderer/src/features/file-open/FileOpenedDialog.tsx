import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/package/enums';
import { safeLine } from '../../../../shared/workbook/safeText';
import { useLanguage } from '../../app/LanguageContext';
import { navigate } from '../../app/router';
import { formatNumber } from '../../i18n/format';
import { platform } from '../../platform/platform';
import { FileTooLargeError } from '../../../../shared/ipc/fileKindLimits';
import { openErrorText } from './openErrorText';
import { fileOpenTarget, routeFor, sniffKind } from './fileOpenTarget';
import { currentOffer, dismissOffer, handOver, offerFile, subscribeOffer } from './openedFileStore';
import './file-open.css';

/**
 * Listens for files handed over from the desktop (double-click, Recent files, a second launch; a
 * drop in the browser) and asks before opening one: what it is, where it will open, and that
 * nothing is stored by opening it.
 */
export function FileOpenedDialog({ role }: { role: Role }) {
  const { t } = useTranslation('fileOpen');
  const { language } = useLanguage();
  const offer = useSyncExternalStore(subscribeOffer, currentOffer, () => null);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const offs = [
      platform.onFileOpened?.((file) => offerFile({ kind: 'file', file })),
      platform.onFileRefused?.((refusal) => offerFile({ kind: 'refused', refusal })),
    ];
    return () => {
      for (const off of offs) off?.();
    };
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (offer !== null && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    if (offer === null && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [offer]);

  const file = offer?.kind === 'file' ? offer.file : null;
  const kind = file ? sniffKind(file) : null;
  const target = kind ? fileOpenTarget(role, kind) : null;

  function open(): void {
    if (!file || !target) return;
    handOver(file, target);
    navigate(routeFor(target));
  }

  return (
    <dialog
      ref={ref}
      className="file-opened"
      aria-labelledby="file-opened-title"
      data-testid="file-opened-dialog"
      onCancel={(e) => {
        e.preventDefault();
        dismissOffer();
      }}
    >
      {offer?.kind === 'refused' && (
        <>
          <h2 id="file-opened-title">{t('refusedTitle')}</h2>
          <p role="alert">{openErrorText(new FileTooLargeError(offer.refusal), t, language)}</p>
          <p className="dialog-actions">
            <button type="button" className="primary" onClick={dismissOffer}>
              {t('close')}
            </button>
          </p>
        </>
      )}
      {file && kind && (
        <>
          <h2 id="file-opened-title">{t('title')}</h2>
          <p>{t('received')}</p>
          <p className="file-opened-name">
            <strong>{safeLine(file.name, 255)}</strong>
            <br />
            {t(`kind.${kind}`)} ·{' '}
            {t('size', {
              size: formatNumber(Math.max(1, file.bytes.byteLength / 1024), language, 0),
            })}
          </p>
          <p>{target ? t(`where.${target}`) : t('cannotOpen')}</p>
          <p className="dialog-actions">
            <button type="button" onClick={dismissOffer}>
              {target ? t('notNow') : t('close')}
            </button>
            {target && (
              <button type="button" className="primary" onClick={open}>
                {t('open')}
              </button>
            )}
          </p>
        </>
      )}
    </dialog>
  );
}
