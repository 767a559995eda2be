import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { esapOpen } from '../../../../shared/monitoring/due';
import type { ActionStatus } from '../../../../shared/package/enums';
import type { ActionItem } from '../../../../shared/package/schema';
import { useLanguage } from '../../app/LanguageContext';
import { ActionStatusSelect } from '../../components/ActionStatusSelect';
import { EvidenceAttachments } from '../../components/EvidenceAttachments';
import { actionFromRow, saveActionFields } from '../../db/repositories/actions';
import { ConflictError } from '../../db/repositories/conflictError';
import type { ActionRow } from '../../db/types';
import { formatDate } from '../../i18n/format';
import type { ApplicationData } from '../officer-application/useApplicationData';

/** Each ESAP item and covenant: its status as the officer last checked it, with evidence files. */
export function EsapTracking({
  data,
  items,
}: {
  data: ApplicationData;
  items: readonly ActionItem[];
}) {
  const { t } = useTranslation(['monitoring', 'actions']);
  const { language } = useLanguage();
  const orgId = data.app.orgId;
  // A status choice another window's change of the same status refused, said in words.
  const [refused, setRefused] = useState<{
    action: string;
    mine: ActionStatus;
    now: ActionStatus;
  } | null>(null);
  // Only the status is written, over the status this row showed: the item's other fields (edited
  // on the Screening tab, maybe in another window) are never written from this copy.
  const setStatus = (a: ActionItem, mine: ActionStatus) => {
    setRefused(null);
    saveActionFields(orgId, a.id, { status: a.status }, { status: mine }).catch((e: unknown) => {
      if (!(e instanceof ConflictError)) throw e;
      const now = actionFromRow(e.current as ActionRow).status;
      setRefused({ action: a.action, mine, now });
    });
  };
  const sorted = [...items].sort(
    (a, b) =>
      Number(esapOpen(b.status)) - Number(esapOpen(a.status)) ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'),
  );
  return (
    <section aria-labelledby="mon-esap" className="panel">
      <h2 id="mon-esap">{t('esap.title')}</h2>
      {refused && (
        <p className="error" role="alert" data-testid="esap-status-refused">
          {t('esap.statusChangedElsewhere', {
            action: refused.action,
            status: t(`actions:status.${refused.now}`),
            mine: t(`actions:status.${refused.mine}`),
          })}
        </p>
      )}
      {sorted.length === 0 ? (
        <p className="hint">{t('esap.none')}</p>
      ) : (
        <table className="data" data-testid="monitoring-esap">
          <thead>
            <tr>
              <th scope="col">{t('esap.action')}</th>
              <th scope="col">{t('esap.kind')}</th>
              <th scope="col">{t('esap.deadline')}</th>
              <th scope="col">{t('esap.status')}</th>
              <th scope="col">{t('esap.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((a) => {
              const late =
                esapOpen(a.status) && a.deadline !== undefined && a.deadline < data.today;
              return (
                <tr key={a.id} className={late ? 'late' : undefined}>
                  <td>{a.action}</td>
                  <td>
                    {a.conditionPrecedent ? t('esap.cp') : null}
                    {a.covenant ? (
                      <>
                        {a.conditionPrecedent ? <br /> : null}
                        {t('esap.covenant')}: {a.covenant}
                      </>
                    ) : null}
                    {!a.conditionPrecedent && !a.covenant ? t('esap.action') : null}
                  </td>
                  <td>
                    {a.deadline ? formatDate(a.deadline, language) : '—'}
                    {late ? <strong className="overdue"> {t('esap.late')}</strong> : null}
                  </td>
                  <td>
                    <ActionStatusSelect
                      label={t('esap.statusOf', { action: a.action })}
                      value={a.status}
                      onChange={(status) => setStatus(a, status)}
                    />
                  </td>
                  <td>
                    <EvidenceAttachments
                      orgId={orgId}
                      target={{ kind: 'action', actionId: a.id }}
                      label={t('esap.attach', { action: a.action })}
                    />
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
