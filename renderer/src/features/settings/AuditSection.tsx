import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { useAuditTrail } from '../../db/hooks/useAuditTrail';
import { useOrganisations } from '../../db/hooks/useOrganisations';
import { formatDateTime } from '../../i18n/format';

const SHOWN = 200;

function brief(value: unknown): string {
  if (value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** Who changed what and when, per organisation, with the values before and after. */
export function AuditSection() {
  const { t } = useTranslation('settings');
  const { language } = useLanguage();
  const organisations = useOrganisations();
  const [orgId, setOrgId] = useState('');
  const events = useAuditTrail(orgId ? { orgId } : undefined);
  return (
    <section className="panel settings-section" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('auditTitle')}</h2>
      <label>
        {t('organisation')}
        <select value={orgId} onChange={(e) => setOrgId(e.target.value)}>
          <option value="">{t('chooseOrganisation')}</option>
          {organisations?.map((o) => (
            <option key={o.id} value={o.id}>
              {o.nameMn}
            </option>
          ))}
        </select>
      </label>
      {orgId && events && (
        <table className="data audit-table">
          <thead>
            <tr>
              <th>{t('when')}</th>
              <th>{t('who')}</th>
              <th>{t('what')}</th>
              <th>{t('before')}</th>
              <th>{t('after')}</th>
            </tr>
          </thead>
          <tbody>
            {events.slice(0, SHOWN).map((e) => (
              <tr key={e.seq ?? `${e.at}-${e.entityId}`}>
                <td>{formatDateTime(e.at, language)}</td>
                <td>{e.who || '—'}</td>
                <td>
                  {/* Words first; the record's id only beside them, for whoever traces it. */}
                  {t(`auditEntity.${e.entity}`)} · {t(`auditAction.${e.action}`)}{' '}
                  <code className="hint">{e.entityId}</code>
                </td>
                <td>
                  <code>{brief(e.before)}</code>
                </td>
                <td>
                  <code>{brief(e.after)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
