import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/LanguageContext';
import { deleteAction, deleteActions, saveActions } from '../../../db/repositories/actions';
import { setApplicationTerms } from '../../../db/repositories/applications';
import { openSuggestions } from '../../../../../shared/officer-record/covenantSuggestions';
import { generatedFor } from '../../../../../shared/officer-record/esapPlan';
import { isEsapAction, newEsapActions, splitEsapPlan, suggestedCovenants } from '../screeningModel';
import type { ApplicationData } from '../useApplicationData';
import { CovenantSuggestions } from './CovenantSuggestions';
import { EsapRow } from './EsapRow';

/** The E&S action plan generated from the findings and permit gaps, then edited by the officer. */
export function EsapStep({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['screening', 'common']);
  const { language } = useLanguage();
  const orgId = data.app.orgId;
  const all = data.pkg.actions.filter(isEsapAction);
  const es = data.results.es;
  const covenants = suggestedCovenants(data.pkg, es);
  // A covenant suggested and accepted follows its reason, as items follow their findings.
  const { current: plan, stale } = splitEsapPlan(
    all,
    data.results.es.esap,
    covenants.map((c) => c.id),
  );
  const proposed = newEsapActions(data.results.es.esap, all, language);
  const sorted = [...plan].sort(
    (a, b) =>
      Number(b.conditionPrecedent === true) - Number(a.conditionPrecedent === true) ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
      a.id.localeCompare(b.id),
  );

  const [generating, setGenerating] = useState(false);

  // One transaction: the plan appears whole (and re-scores once), or not at all.
  async function generate() {
    setGenerating(true);
    try {
      await saveActions(orgId, proposed);
    } finally {
      setGenerating(false);
    }
  }

  return (
    <section aria-labelledby="esap-title">
      <h2 id="esap-title">{t('esap.title')}</h2>
      <p className="lead">{t('esap.intro')}</p>
      <label className="inline">
        {t('esap.signingDate')}
        <input
          type="date"
          value={data.terms.signingDate ?? ''}
          onChange={(e) =>
            void setApplicationTerms(data.app.id, { signingDate: e.target.value || null })
          }
        />
      </label>
      {!data.terms.signingDate && <p className="hint">{t('esap.noSigningDate')}</p>}
      <p>
        {proposed.length > 0 ? (
          <button
            type="button"
            className="primary"
            disabled={generating}
            onClick={() => void generate()}
          >
            {t('esap.generate', { count: proposed.length })}
          </button>
        ) : (
          <span className="hint">{t('esap.upToDate')}</span>
        )}
      </p>
      <CovenantSuggestions
        orgId={orgId}
        suggestions={openSuggestions(covenants, all)}
        language={language}
      />
      {sorted.length === 0 ? (
        <p className="hint">{t('esap.empty')}</p>
      ) : (
        <table className="data esap">
          <thead>
            <tr>
              <th scope="col">{t('esap.no')}</th>
              <th scope="col">{t('esap.priority')}</th>
              <th scope="col">{t('esap.action')}</th>
              <th scope="col">{t('esap.deadline')}</th>
              <th scope="col">{t('esap.covenant')}</th>
              <th scope="col">{t('esap.status')}</th>
              <th scope="col">{t('esap.cp')}</th>
              <th scope="col">
                <span className="sr-only">{t('common:delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((a, i) => (
              <EsapRow
                no={i + 1}
                signingDate={data.terms.signingDate}
                today={data.today}
                key={a.id}
                orgId={orgId}
                item={a}
                generated={generatedFor(a, data.results.es.esap)}
                pack={data.pack}
                language={language}
                onDelete={() => void deleteAction(orgId, a.id)}
              />
            ))}
          </tbody>
        </table>
      )}
      {stale.length > 0 && (
        <div className="panel warn" data-testid="esap-stale">
          <p>{t('esap.stale', { count: stale.length })}</p>
          <ul>
            {stale.map((a) => (
              <li key={a.id}>{a.action}</li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() =>
              void deleteActions(
                orgId,
                stale.map((a) => a.id),
              )
            }
          >
            {t('esap.removeStale', { count: stale.length })}
          </button>
        </div>
      )}
      <p className="hint">{t('esap.cpRule')}</p>
    </section>
  );
}
