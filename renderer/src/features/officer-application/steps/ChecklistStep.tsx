import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/LanguageContext';
import type { EsCheckResult } from '../../../../../shared/package/schema';
import { formatNumber } from '../../../i18n/format';
import { confirmAll, withCheck, withDocument } from '../screeningModel';
import { saveScreening } from '../saveScreening';
import type { ApplicationData } from '../useApplicationData';
import { CheckRow } from './CheckRow';
import { dataVerdictText } from '../dataVerdictWords';

/** The sector checklist prefilled from the MSME's VCP answers through the crosswalk. */
export function ChecklistStep({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['screening', 'common', 'verdicts']);
  const { language } = useLanguage();
  const es = data.results.es;
  const checks = new Map(data.pack.esChecks.map((c) => [c.id, c]));
  const [visit, setVisit] = useState(data.pkg.es?.siteVisitNotes ?? '');
  const items = new Map(data.pack.vcpItems.map((i) => [i.id, i.question]));
  // Checks sent back by a re-submission are looked at one by one, never bulk-confirmed.
  const prefilled = es.checks.filter(
    (c) => !c.confirmed && c.status !== 'unconfirmed' && !data.flags[c.id],
  );

  function save(id: string, change: (stored: EsCheckResult | undefined) => EsCheckResult) {
    void saveScreening(data, (s) => withCheck(s, id, change(s.checks[id])));
  }

  function confirmPrefilled() {
    void saveScreening(data, (stored) => confirmAll(stored, prefilled), 'bulkConfirm');
  }

  return (
    <section aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('checklist.title')}</h2>
      <p className="lead">{t('checklist.intro')}</p>
      <p>
        {t('checklist.progress', {
          confirmed: es.checks.filter((c) => c.confirmed).length,
          total: es.checks.length,
          unconfirmed: es.unconfirmed,
        })}{' '}
        {prefilled.length > 0 && (
          <button type="button" onClick={confirmPrefilled} aria-describedby="bulk-hint">
            {t('checklist.confirmPrefilled', { count: prefilled.length })}
          </button>
        )}
      </p>
      {prefilled.length > 0 && (
        <p id="bulk-hint" className="hint">
          {t('record.bulkConfirmHint')}
        </p>
      )}
      {data.pack.esTopics.map((topic) => {
        const inTopic = es.checks.filter((c) => c.topic === topic.id);
        if (inTopic.length === 0) return null;
        return (
          <section key={topic.id} className="topic" aria-label={topic.title[language]}>
            <h3>{topic.title[language]}</h3>
            <ul className="card-list one-column">
              {inTopic.map((o) => {
                const check = checks.get(o.id);
                return check ? (
                  <CheckRow
                    key={`${o.id}-${o.note ?? ''}`}
                    check={check}
                    outcome={o}
                    words={{
                      vcpTitle: (itemId) => items.get(itemId),
                      declaredResult: data.declared?.es?.checks[o.id]?.result ?? null,
                      changes: data.flags[o.id]?.changes ?? null,
                      dataSays: dataVerdictText(o, es.documents, language, (k, p) => t(k, p ?? {})),
                    }}
                    onSave={(r) => save(o.id, r)}
                  />
                ) : null;
              })}
            </ul>
          </section>
        );
      })}
      <div className="grid-2">
        <section className="panel" aria-labelledby="visit-title">
          <h3 id="visit-title">{t('checklist.siteVisit')}</h3>
          <label>
            {t('checklist.siteVisitNotes')}
            <textarea
              rows={5}
              value={visit}
              maxLength={10_000}
              onChange={(e) => setVisit(e.target.value)}
              onBlur={() => {
                if (visit !== (data.pkg.es?.siteVisitNotes ?? '')) {
                  void saveScreening(data, (stored) => {
                    const rest = { ...stored };
                    delete rest.siteVisitNotes;
                    return visit.trim() ? { ...rest, siteVisitNotes: visit } : rest;
                  });
                }
              }}
            />
          </label>
        </section>
        <section className="panel" aria-labelledby="evidence-title">
          <h3 id="evidence-title">{t('checklist.evidence')}</h3>
          {data.pkg.evidence.length === 0 ? (
            <p className="hint">{t('checklist.noEvidence')}</p>
          ) : (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('checklist.file')}</th>
                  <th scope="col">{t('checklist.size')}</th>
                  <th scope="col">SHA-256</th>
                </tr>
              </thead>
              <tbody>
                {data.pkg.evidence.map((e) => (
                  <tr key={e.sha256}>
                    <td>{e.name}</td>
                    <td className="num">{formatNumber(e.size / 1024, language)} KB</td>
                    <td>
                      <code title={e.sha256}>{e.sha256.slice(0, 12)}…</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <section className="panel" aria-labelledby="docs-title">
        <h3 id="docs-title">{t('documents.title')}</h3>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('documents.document')}</th>
              <th scope="col">{t('documents.state')}</th>
              <th scope="col">{t('documents.received')}</th>
            </tr>
          </thead>
          <tbody>
            {es.documents.map((d) => (
              <tr key={d.id} className={d.outstanding ? 'outstanding' : ''}>
                <td>{d.title[language]}</td>
                <td>
                  <span className={d.outstanding ? 'badge bad' : 'badge'}>
                    {t(`documents.states.${d.state}`)}
                  </span>
                  {d.expiresOn && ` ${d.expiresOn}`}
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t('documents.received')}: ${d.title[language]}`}
                    checked={d.received}
                    onChange={(e) =>
                      void saveScreening(data, (stored) =>
                        withDocument(stored, d.id, e.target.checked),
                      )
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
