import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../../shared/explain/types';
import { factorCitation } from '../../../shared/factors/citations';
import { factorName } from '../../../shared/factors/factorNames';
import { useLanguage } from '../app/LanguageContext';
import { localiseExplanation } from './localiseExplanation';
import { readableText } from './readableExplanation';

/**
 * Every Mongolian text of an explanation is machine-made and unreviewed, like the rest of the
 * Mongolian interface: said once per explanation, however many parts it has.
 */
export function UnreviewedNotice({ formula }: { formula?: string }) {
  const { t } = useTranslation('explain');
  const { language } = useLanguage();
  if (language !== 'mn') return null;
  return (
    <div>
      <span
        className="badge warn"
        data-testid="explain-unreviewed"
        title={formula === undefined ? undefined : t('mnNotReviewedHint', { formula })}
      >
        {t('mnNotReviewed')}
      </span>
    </div>
  );
}

/**
 * Shows how a number was computed: formula, inputs with their ids, factors with sources. The
 * engine's English is translated here, at display time; the English formula stays reachable.
 * `notice` is false when the explanation is one part of a larger one that says it once.
 */
export function ExplanationView({
  explanation,
  notice = true,
}: {
  explanation: Explanation;
  notice?: boolean;
}) {
  const { t, i18n } = useTranslation('explain');
  const { language } = useLanguage();
  const shown = localiseExplanation(explanation, language, i18n);
  const line = readableText(explanation, shown, language, i18n);
  return (
    <div className="explain" role="note" lang={language}>
      {notice && <UnreviewedNotice formula={explanation.formula} />}
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
                {factorName(f.id, language) ?? f.id} = {f.value.text} {f.unit.text}{' '}
                <span className="muted">
                  [{f.id}] — {factorCitation(f.source, language)} [{f.source.provenance}]
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
