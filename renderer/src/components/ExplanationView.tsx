import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../../shared/explain/types';
import { useLanguage } from '../app/LanguageContext';
import { localiseExplanation } from './localiseExplanation';
import { readableText } from './readableExplanation';

/**
 * Shows how a number was computed: formula, inputs with their ids, factors with sources. The
 * engine's English is translated here, at display time; the English formula stays reachable.
 */
export function ExplanationView({ explanation }: { explanation: Explanation }) {
  const { t, i18n } = useTranslation('explain');
  const { language } = useLanguage();
  const shown = localiseExplanation(explanation, language, i18n);
  const line = readableText(explanation, shown, language, i18n);
  // Every Mongolian text here is machine-made and unreviewed, like the rest of the Mongolian UI.
  const unreviewed = language === 'mn';
  return (
    <div className="explain" role="note" lang={language}>
      {unreviewed && (
        <div>
          <span
            className="badge warn"
            title={t('mnNotReviewedHint', { formula: explanation.formula })}
          >
            {t('mnNotReviewed')}
          </span>
        </div>
      )}
      {line && (
        <p className="explain-line" data-testid="explain-line">
          {line}
        </p>
      )}
      {line ? (
        // The readable line says it for a manager; the engine's formula and input ids are kept
        // one click away for an auditor, not shown first as if they were the explanation.
        <details className="explain-steps">
          <summary>{t('steps')}</summary>
          <ExplanationSteps shown={shown} language={language} />
        </details>
      ) : (
        <ExplanationSteps shown={shown} language={language} />
      )}
      {shown.factors.length > 0 && (
        <div>
          <strong>{t('factors')}:</strong>
          <ul>
            {shown.factors.map((f) => (
              <li key={f.id}>
                {f.id} = {f.value.text} {f.unit.text}{' '}
                <span className="muted">
                  — {f.source.citation} [{f.source.provenance}]
                  {f.source.provenance === 'D' ? ` · ${t('illustrativeDefault')}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {shown.criteria.length > 0 && (
        <div>
          <strong>{t('criteria')}:</strong> {shown.criteria.join(', ')}
        </div>
      )}
      <div>
        <strong>{t('result')}:</strong> {shown.result.text} {shown.unit.text}
      </div>
    </div>
  );
}

type Shown = ReturnType<typeof localiseExplanation>;

function ExplanationSteps({ shown, language }: { shown: Shown; language: string }) {
  const { t } = useTranslation('explain');
  return (
    <>
      <div>
        <strong>{t('formula')}:</strong>{' '}
        <code lang={shown.formula.translated ? language : 'en'}>{shown.formula.text}</code>
      </div>
      {shown.inputs.length > 0 && (
        <div>
          <strong>{t('inputs')}:</strong>
          <ul>
            {shown.inputs.map((i, k) => (
              <li key={`${String(k)}-${i.ref}`}>
                {i.label.text} = {i.value.text} {i.unit.text}{' '}
                <span className="muted">[{i.ref}]</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
