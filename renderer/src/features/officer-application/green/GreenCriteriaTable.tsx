import { useTranslation } from 'react-i18next';
import { citationText } from '../../../../../shared/catalogue/citationText';
import type { CriteriaPack, GreenCriterionKind } from '../../../../../shared/catalogue/types';
import type { Language } from '../../../../../shared/package/enums';
import type { GreenCriterionResult } from '../../../../../shared/scoring/green';
import { ExplainableValue } from '../../../components/ExplainableValue';
import { formatNumber, formatPercent } from '../../../i18n/format';

/** Criteria judged yes or no: their pack threshold is a placeholder, not a number to reach. */
const PASS_FAIL_KINDS: ReadonlySet<GreenCriterionKind> = new Set([
  'effluent_compliance',
  'es_gate',
  'women_led',
]);

/** A unit in the user's language, from the explanation units table (kWh/yr → кВт·ц/жил). */
type UnitText = (unit: string) => string;

export function criterionValue(
  c: Pick<GreenCriterionResult, 'measured' | 'unit'>,
  language: Language,
  unitText: UnitText,
): string {
  if (c.measured === null) return '—';
  if (typeof c.measured === 'boolean') return c.measured ? '✓' : '✗';
  return c.unit === '%'
    ? formatPercent(c.measured, language, 1)
    : `${formatNumber(c.measured, language)} ${unitText(c.unit)}`;
}

export function thresholdText(
  c: Pick<GreenCriterionResult, 'kind' | 'threshold' | 'unit'>,
  language: Language,
  unitText: UnitText,
  passFail: string,
): string {
  if (PASS_FAIL_KINDS.has(c.kind)) return passFail;
  // The engine passes renewable generation only above zero, whatever the threshold.
  const sign =
    c.kind === 'payback' || c.kind === 'co2_no_increase' || c.kind === 'baseline_matches_records'
      ? '≤'
      : c.kind === 'renewable' && c.threshold <= 0
        ? '>'
        : '≥';
  const unit = c.unit === '%' ? ' %' : c.unit === '' ? '' : ` ${unitText(c.unit)}`;
  return `${sign} ${formatNumber(c.threshold, language)}${unit}`;
}

function SourceLine({
  pack,
  id,
  language,
}: {
  pack: Pick<CriteriaPack, 'greenCriteria'> | undefined;
  id: string;
  language: Language;
}) {
  const source = pack?.greenCriteria.find((g) => g.id === id)?.source;
  if (!source) return null;
  return (
    <p className="hint small" data-testid="criterion-source">
      [{source.provenance}] {citationText(source, language)}
    </p>
  );
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
  pack,
}: {
  criteria: readonly GreenCriterionResult[];
  language: Language;
  explain?: boolean;
  /** Given, each criterion's source line is shown under its title, in the reader's language. */
  pack?: Pick<CriteriaPack, 'greenCriteria'>;
}) {
  const { t } = useTranslation(['officer', 'explain']);
  const unitText: UnitText = (unit) => t(`explain:units.${unit}`, { defaultValue: unit });
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
              <SourceLine pack={pack} id={c.id} language={language} />
            </td>
            <td>{t(`green.roles.${c.role}`)}</td>
            <td className="num">
              {explain ? (
                <ExplainableValue explanation={c.explanation.explanation}>
                  {criterionValue(c, language, unitText)}
                </ExplainableValue>
              ) : (
                criterionValue(c, language, unitText)
              )}
            </td>
            <td className="num">{thresholdText(c, language, unitText, t('green.passFail'))}</td>
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
