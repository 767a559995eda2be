import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/LanguageContext';
import { RISK_CATEGORIES, type RiskCategory } from '../../../../../shared/package/enums';
import { ExplainableValue } from '../../../components/ExplainableValue';
import { canOverride, OVERRIDE_MIN_REASON, withOverride } from '../screeningModel';
import { saveScreening } from '../saveScreening';
import type { ApplicationData } from '../useApplicationData';

/** Suggested category with its reasons; an override needs a written reason (≥ 10 characters). */
export function CategoryStep({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['screening', 'common']);
  const { language } = useLanguage();
  const es = data.results.es;
  const other = RISK_CATEGORIES.find((c) => c !== es.suggestedCategory) ?? 'B';
  const [chosen, setChosen] = useState<RiskCategory>(es.override?.category ?? other);
  const [reason, setReason] = useState(es.override?.reason ?? '');
  const allowed = canOverride(es.suggestedCategory, chosen, reason);
  const short = reason.trim().length < OVERRIDE_MIN_REASON;

  function onSubmit(e: SyntheticEvent) {
    e.preventDefault();
    if (!allowed) return;
    void saveScreening(data, (s) => withOverride(s, { category: chosen, reason: reason.trim() }));
  }

  return (
    <section aria-labelledby="category-title">
      <h2 id="category-title">{t('category.title')}</h2>
      <div className="grid-2">
        <div className="panel">
          <p className="kpi-label">{t('category.suggested')}</p>
          <p className="kpi" data-testid="suggested-category">
            <ExplainableValue explanation={es.categoryExplanation}>
              {es.suggestedCategory}
            </ExplainableValue>
          </p>
          <p>{t(`category.meaning.${es.suggestedCategory}`)}</p>
          <h3>{t('category.reasons')}</h3>
          <ul data-testid="category-reasons">
            {es.reasons.map((r) => (
              <li key={r.code}>{r.text[language]}</li>
            ))}
          </ul>
          <p className="hint">
            {t('category.inherent')}:{' '}
            <ExplainableValue explanation={es.inherentRisk.explanation}>
              {t(`risk.${es.inherentRisk.level}`)}
            </ExplainableValue>
          </p>
        </div>
        <div className="panel">
          <p className="kpi-label">{t('category.final')}</p>
          <p className="kpi" data-testid="final-category">
            {es.finalCategory}
          </p>
          {es.override ? (
            <>
              <p>
                {t('category.overriddenFrom', {
                  from: es.suggestedCategory,
                  to: es.override.category,
                })}
              </p>
              <blockquote data-testid="override-reason">{es.override.reason}</blockquote>
              <button
                type="button"
                onClick={() => void saveScreening(data, (s) => withOverride(s, null))}
              >
                {t('category.removeOverride')}
              </button>
            </>
          ) : (
            <p>{t('category.asSuggested')}</p>
          )}
        </div>
      </div>
      <form className="form-card" onSubmit={onSubmit} aria-labelledby="override-title">
        <h3 id="override-title">{t('category.override')}</h3>
        <label>
          {t('category.overrideTo')}
          <select value={chosen} onChange={(e) => setChosen(e.target.value as RiskCategory)}>
            {RISK_CATEGORIES.map((c) => (
              <option key={c} value={c} disabled={c === es.suggestedCategory}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('category.overrideReason')}
          <textarea
            value={reason}
            rows={3}
            maxLength={5000}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby="override-rule"
            aria-invalid={reason !== '' && short}
          />
        </label>
        <p id="override-rule" className="hint">
          {t('category.overrideRule', { min: OVERRIDE_MIN_REASON })}
        </p>
        <button type="submit" className="primary" disabled={!allowed}>
          {t('category.applyOverride')}
        </button>
      </form>
    </section>
  );
}
