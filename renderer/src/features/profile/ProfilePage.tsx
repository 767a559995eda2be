import { useTranslation } from 'react-i18next';
import { useOrganisation } from '../../db/hooks/useOrganisation';
import { organisationFromRow } from '../../db/repositories/organisations';
import { ProfileForm } from './ProfileForm';
import './profile.css';

export function ProfilePage({ orgId }: { orgId: string }) {
  const { t } = useTranslation(['profile', 'common']);
  const row = useOrganisation(orgId);
  return (
    <section className="page profile-page" aria-labelledby="profile-title">
      <h1 id="profile-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {row === undefined ? (
        <p>{t('loading')}</p>
      ) : row === null ? (
        <p role="alert">
          {t('notFound')} <a href="#/">{t('common:nav.home')}</a>
        </p>
      ) : (
        // Keyed by id: switching organisation starts a fresh draft instead of mixing two.
        <ProfileForm key={row.id} saved={organisationFromRow(row)} />
      )}
    </section>
  );
}
