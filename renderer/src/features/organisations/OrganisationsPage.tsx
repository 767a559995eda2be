import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useOrganisations } from '../../db/hooks/useOrganisations';
import { moveToTrash, TRASH_DAYS } from '../../db/repositories/trash';
import type { OrganisationRow } from '../../db/types';
import { blankOrganisation, saveOrganisation } from '../../db/repositories/organisations';

export function OrganisationsPage() {
  const { t } = useTranslation(['organisations', 'common']);
  const organisations = useOrganisations();
  const [nameMn, setNameMn] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<OrganisationRow | null>(null);

  async function onCreate(event: SyntheticEvent) {
    event.preventDefault();
    if (!nameMn.trim()) {
      setError(t('common:errors.required'));
      return;
    }
    setError(null);
    const row = await saveOrganisation(blankOrganisation(nameMn.trim(), nameEn.trim()));
    setNameMn('');
    setNameEn('');
    navigate({ name: 'org', orgId: row.id, section: 'profile' });
  }

  return (
    <section className="page" aria-labelledby="orgs-title">
      <h1 id="orgs-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {organisations === undefined ? (
        <p>{t('common:loading')}</p>
      ) : organisations.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="card-list org-list" aria-label={t('count', { count: organisations.length })}>
          {organisations.map((o) => (
            <li key={o.id} className="card">
              <a href={`#/org/${encodeURIComponent(o.id)}/overview`} className="card-link">
                <strong>{o.nameMn}</strong>
                {o.nameEn && <span className="muted"> · {o.nameEn}</span>}
                {o.isDemo && <span className="badge">{t('common:demo')}</span>}
              </a>
              <div className="muted card-meta">
                {o.processes.map((p) => t(`processes.${p}`)).join(', ') || t('noProcesses')}
              </div>
              <button
                type="button"
                className="link-button"
                onClick={() => setToDelete(o)}
                aria-label={t('deleteNamed', { name: o.nameMn })}
              >
                {t('common:delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form-card" onSubmit={(e) => void onCreate(e)} aria-label={t('create')}>
        <h2>{t('create')}</h2>
        <label>
          {t('nameMn')}
          <input
            value={nameMn}
            onChange={(e) => setNameMn(e.target.value)}
            aria-invalid={error !== null}
            maxLength={500}
          />
        </label>
        <label>
          {t('nameEn')}
          <input value={nameEn} onChange={(e) => setNameEn(e.target.value)} maxLength={500} />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          {t('create')}
        </button>
      </form>
      <ConfirmDialog
        open={toDelete !== null}
        title={t('deleteTitle')}
        confirmLabel={t('common:delete')}
        cancelLabel={t('common:cancel')}
        danger
        onConfirm={() => {
          const org = toDelete;
          setToDelete(null);
          if (org) void moveToTrash(org.id);
        }}
        onCancel={() => setToDelete(null)}
      >
        <p>{t('deleteText', { name: toDelete?.nameMn ?? '', days: TRASH_DAYS })}</p>
      </ConfirmDialog>
    </section>
  );
}
