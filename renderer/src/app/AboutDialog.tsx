import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/contract';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { FACTORS_V1 } from '../../../shared/factors/factorsV1';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { SCHEMA_VERSION } from '../db/migrations';
import { platform } from '../platform/platform';

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('common');
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    if (open) void platform.getAppInfo().then(setInfo);
  }, [open]);
  return (
    <ConfirmDialog
      open={open}
      title={t('about.title')}
      confirmLabel={t('close')}
      cancelLabel={t('close')}
      onConfirm={onClose}
      onCancel={onClose}
    >
      <p>{t('tagline')}</p>
      <table className="data">
        <tbody>
          <tr>
            <th>{t('about.app')}</th>
            <td>{info?.appVersion ?? __APP_VERSION__}</td>
          </tr>
          <tr>
            <th>{t('about.platform')}</th>
            <td>
              {info?.platform === 'electron'
                ? `Electron ${info.electronVersion ?? ''} · Chromium ${info.chromeVersion ?? ''}`
                : t('about.browser')}
            </td>
          </tr>
          <tr>
            <th>{t('about.schema')}</th>
            <td>{SCHEMA_VERSION}</td>
          </tr>
          <tr>
            <th>{t('about.pack')}</th>
            <td>
              {ACTIVE_PACK.id} {ACTIVE_PACK.version} ({ACTIVE_PACK.effectiveDate})
            </td>
          </tr>
          <tr>
            <th>{t('about.factors')}</th>
            <td>
              {FACTORS_V1.id} {FACTORS_V1.version}, GWP {FACTORS_V1.gwpSet}
            </td>
          </tr>
        </tbody>
      </table>
    </ConfirmDialog>
  );
}
