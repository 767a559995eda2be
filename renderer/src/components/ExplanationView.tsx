import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../../shared/explain/types';
import { useLanguage } from '../app/LanguageContext';
import { formatNumber } from '../i18n/format';

/** Shows how a number was computed: formula, inputs with their ids, factors with sources. */
export function ExplanationView({ explanation }: { explanation: Explanation }) {
  const { t } = useTranslation('explain');
  const { language } = useLanguage();
  const show = (v: number | string | null) =>
    typeof v === 'number' ? formatNumber(v, language, 4) : (v ?? '—');
  return (
    <div className="explain" role="note">
      <div>
        <strong>{t('formula')}:</strong> <code>{explanation.formula}</code>
      </div>
      {explanation.inputs.length > 0 && (
        <div>
          <strong>{t('inputs')}:</strong>
          <ul>
            {explanation.inputs.map((i) => (
              <li key={`${i.ref}-${i.label}`}>
                {i.label} = {show(i.value)} {i.unit} <span className="muted">[{i.ref}]</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {explanation.factors.length > 0 && (
        <div>
          <strong>{t('factors')}:</strong>
          <ul>
            {explanation.factors.map((f) => (
              <li key={f.id}>
                {f.id} = {show(f.value)} {f.unit}{' '}
                <span className="muted">
                  — {f.source.citation} [{f.source.provenance}]
                  {f.source.provenance === 'D' ? ` · ${t('illustrativeDefault')}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {explanation.criteria.length > 0 && (
        <div>
          <strong>{t('criteria')}:</strong> {explanation.criteria.join(', ')}
        </div>
      )}
      <div>
        <strong>{t('result')}:</strong> {show(explanation.result)} {explanation.unit}
      </div>
    </div>
  );
}
