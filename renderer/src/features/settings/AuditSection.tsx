import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { useAuditTrail } from '../../db/hooks/useAuditTrail';
import { useOrganisations } from '../../db/hooks/useOrganisations';
import { formatDateTime } from '../../i18n/format';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { auditChangeWords } from '../../../../shared/words/auditWords';
import type { ChangeInWords } from '../../../../shared/words/fieldLabels';

const SHOWN = 200;

/** Changes listed in full per entry; a bulk write (a whole screening) folds the rest away. */
const LISTED = 6;

function Side({ changes, side }: { changes: readonly ChangeInWords[]; side: 'before' | 'after' }) {
  const { t } = useTranslation('settings');
  // A field that did not exist on this side (set for the first time, removed) says nothing here.
  const lines = changes.filter((c) => c[side] !== '—');
  if (lines.length === 0) return null;
  const line = (c: ChangeInWords) => (
    <li key={c.key}>
      <span className="audit-field">{c.label}</span>: {c[side]}
    </li>
  );
  return (
    <>
      <ul className="audit-values">{lines.slice(0, LISTED).map(line)}</ul>
      {lines.length > LISTED && (
        <details>
          <summary>{t('auditMore', { count: lines.length - LISTED })}</summary>
          <ul className="audit-values">{lines.slice(LISTED).map(line)}</ul>
        </details>
      )}
    </>
  );
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
            {events.slice(0, SHOWN).map((e) => {
              const changes = auditChangeWords(e, language, ACTIVE_PACK);
              return (
                <tr key={e.seq ?? `${e.at}-${e.entityId}`}>
                  <td>{formatDateTime(e.at, language)}</td>
                  <td>{e.who || '—'}</td>
                  <td>
                    {/* Words first; the record's id only beside them, for whoever traces it. */}
                    {t(`auditEntity.${e.entity}`)} · {t(`auditAction.${e.action}`)}{' '}
                    <code className="hint">{e.entityId}</code>
                  </td>
                  <td>
                    <Side changes={changes} side="before" />
                  </td>
                  <td>
                    <Side changes={changes} side="after" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
