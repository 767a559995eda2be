import { useState } from 'react';
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
  // Bumped by a restore: the profile form keeps its own copy of what it is editing and the
  // storage figures are read once, so both start over from the restored database (the form
  // kept showing the old role and name, and would have saved them over the restored ones).
  const [restores, setRestores] = useState(0);
  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('title')}</h1>
      {profile && <ProfileSection key={`profile-${String(restores)}`} profile={profile} />}
      <BackupSection onRestored={() => setRestores((n) => n + 1)} />
      <StorageSection key={`storage-${String(restores)}`} />
      <TrashSection />
      <AuditSection />
    </section>
  );
}
