import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/package/enums';
import type { GreenCriterionResult } from '../../../../../shared/scoring/green';
import { ExplainableValue } from '../../../components/ExplainableValue';
import { formatNumber, formatPercent } from '../../../i18n/format';

export function criterionValue(c: GreenCriterionResult, language: Language): string {
  if (c.measured === null) return '—';
  if (typeof c.measured === 'boolean') return c.measured ? '✓' : '✗';
  return c.unit === '%'
    ? formatPercent(c.measured, language, 1)
    : `${formatNumber(c.measured, language)} ${c.unit}`;
}

/**
 * The green criteria with measured value, threshold and result: the same table on the Green tab
 * and in the decision memo, so what the officer saw is what the memo records. In the memo
 * (`explain` false) values are plain text, as a printed page cannot open an explanation.
 */
export function GreenCriteriaTable({
  criteria,
  language,
  explain = true,
}: {
  criteria: readonly GreenCriterionResult[];
  language: Language;
  explain?: boolean;
}) {
  const { t } = useTranslation(['officer']);
  return (
    <table className="data" data-testid="green-criteria">
      <thead>
        <tr>
          <th scope="col">{t('green.criterion')}</th>
          <th scope="col">{t('green.role')}</th>
          <th scope="col">{t('green.measuredValue')}</th>
          <th scope="col">{t('green.threshold')}</th>
          <th scope="col">{t('green.result')}</th>
        </tr>
      </thead>
      <tbody>
        {criteria.map((c) => (
          <tr key={c.id}>
            <td>
              <code>{c.id}</code> {c.title[language]}
            </td>
            <td>{t(`green.roles.${c.role}`)}</td>
            <td className="num">
              {explain ? (
                <ExplainableValue explanation={c.explanation.explanation}>
                  {criterionValue(c, language)}
                </ExplainableValue>
              ) : (
                criterionValue(c, language)
              )}
            </td>
            <td className="num">
              {c.kind === 'payback' ? '≤ ' : '≥ '}
              {formatNumber(c.threshold, language)} {c.unit}
            </td>
            <td>
              {c.pass === null ? (
                <span className="muted">{t('green.na')}</span>
              ) : c.pass ? (
                <span className="pass">{t('green.pass')}</span>
              ) : (
                <span className="fail">{t('green.fail')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
