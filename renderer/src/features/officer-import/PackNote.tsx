import { useTranslation } from 'react-i18next';
import { resolvePack } from '../../../../shared/catalogue/resolvePack';
import { useLiveRead } from '../../db/hooks/useLiveRead';
import { getPackSetting } from '../../db/repositories/bankPacks';

/**
 * Says in words which criteria pack the submission will be scored with when it is not the one
 * the package names (a bank's own pack, or an older version this app no longer ships); a newer
 * one is refused when it is stored. With a bank pack chosen in Settings, says that a new
 * screening uses it.
 */
export function PackNote({ packId, packVersion }: { packId: string; packVersion: string }) {
  const { t } = useTranslation('officer');
  const setting = useLiveRead(() => getPackSetting(), []);
  const choice = resolvePack(packId, packVersion);
  const chosen = setting?.chosen;
  return (
    <>
      {!(choice.ok && choice.exact) && (
        <p className="toast error" role="status" data-testid="pack-note">
          {choice.ok
            ? t('import.packNotShipped', {
                named: `${packId} ${packVersion}`,
                used: `${choice.pack.id} ${choice.pack.version}`,
              })
            : t('import.packNewer', { named: `${packId} ${packVersion}` })}
        </p>
      )}
      {chosen && choice.ok && (
        <p className="hint" role="status" data-testid="bank-pack-note">
          {t('import.bankPackUsed', { pack: `${chosen.packId} ${chosen.packVersion}` })}
        </p>
      )}
    </>
  );
}
