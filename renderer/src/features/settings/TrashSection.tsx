import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { deleteTrashedForever } from '../../app/trashActions';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useTrash } from '../../db/hooks/useTrash';
import { restoreFromTrash, TRASH_DAYS } from '../../db/repositories/trash';
import { formatDate } from '../../i18n/format';

const DAY = 86_400_000;

export function TrashSection() {
  const { t } = useTranslation(['settings', 'common']);
  const { language } = useLanguage();
  const trash = useTrash();
  // The page's own clock: days left are counted from when the page opened.
  const [now] = useState(() => Date.now());
  const [confirming, setConfirming] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onDeleteForever() {
    const target = confirming;
    setConfirming(null);
    if (!target) return;
    try {
      await deleteTrashedForever(target.id);
      setError(null);
    } catch (e: unknown) {
      setError(t('deleteForeverFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
  }
  return (
    <section className="panel settings-section" aria-labelledby="trash-title">
      <h2 id="trash-title">{t('trashTitle')}</h2>
      <p className="lead">{t('trashIntro', { days: TRASH_DAYS })}</p>
      {trash === undefined || trash.length === 0 ? (
        <p className="muted">{t('trashEmpty')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>{t('organisation')}</th>
              <th>{t('deletedOn')}</th>
              <th>{t('daysLeft')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {trash.map((o) => {
              const deleted = o.deletedAt ?? new Date(now).toISOString();
              const left = Math.max(0, TRASH_DAYS - Math.floor((now - Date.parse(deleted)) / DAY));
              return (
                <tr key={o.id}>
                  <td>{o.nameMn}</td>
                  <td>{formatDate(deleted, language)}</td>
                  <td className="num">{left}</td>
                  <td>
                    <button type="button" onClick={() => void restoreFromTrash(o.id)}>
                      {t('restoreOrg')}
                    </button>{' '}
                    <button
                      type="button"
                      className="danger"
                      onClick={() => setConfirming({ id: o.id, name: o.nameMn })}
                    >
                      {t('deleteForever')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={t('deleteForeverTitle', { name: confirming?.name ?? '' })}
        confirmLabel={t('deleteForever')}
        cancelLabel={t('common:cancel')}
        danger
        onConfirm={() => void onDeleteForever()}
        onCancel={() => setConfirming(null)}
      >
        <p>{t('deleteForeverText')}</p>
      </ConfirmDialog>
    </section>
  );
}
