import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../../db/hooks/useProfile';
import { BankServerSection } from '../bank-server/BankServerSection';
import { CriteriaPacksSection } from '../criteria-packs/CriteriaPacksSection';
import { AuditSection } from './AuditSection';
import { BackupSection } from './BackupSection';
import { ProfileSection } from './ProfileSection';
import { StorageSection } from './StorageSection';
import { TrashSection } from './TrashSection';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const profile = useProfile();
  // Bumped by a restore: the storage figures are read once, so they start over from the restored
  // database (the profile form follows the stored profile itself).
  const [restores, setRestores] = useState(0);
  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('title')}</h1>
      {profile && <ProfileSection profile={profile} />}
      <BankServerSection />
      <CriteriaPacksSection />
      <BackupSection onRestored={() => setRestores((n) => n + 1)} />
      <StorageSection key={`storage-${String(restores)}`} />
      <TrashSection />
      <AuditSection />
    </section>
  );
}
