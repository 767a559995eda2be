import { useTranslation } from 'react-i18next';
import { useProfile } from '../../db/hooks/useProfile';
import { AuditSection } from './AuditSection';
import { BackupSection } from './BackupSection';
import { ProfileSection } from './ProfileSection';
import { StorageSection } from './StorageSection';
import { TrashSection } from './TrashSection';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const profile = useProfile();
  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('title')}</h1>
      {profile && <ProfileSection profile={profile} />}
      <BackupSection />
      <StorageSection />
      <TrashSection />
      <AuditSection />
    </section>
  );
}
