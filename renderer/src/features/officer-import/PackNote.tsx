import { useTranslation } from 'react-i18next';
import { resolvePack } from '../../../../shared/catalogue/resolvePack';

/**
 * Says in words which criteria pack the submission will be scored with when it is not the one
 * the package names (a bank's own pack, or an older version this app no longer ships); a newer
 * one is refused when it is stored.
 */
export function PackNote({ packId, packVersion }: { packId: string; packVersion: string }) {
  const { t } = useTranslation('officer');
  const choice = resolvePack(packId, packVersion);
  if (choice.ok && choice.exact) return null;
  return (
    <p className="toast error" role="status" data-testid="pack-note">
      {choice.ok
        ? t('import.packNotShipped', {
            named: `${packId} ${packVersion}`,
            used: `${choice.pack.id} ${choice.pack.version}`,
          })
        : t('import.packNewer', { named: `${packId} ${packVersion}` })}
    </p>
  );
}
