import { useTranslation } from 'react-i18next';
import type { GreenResult } from '../../../../shared/scoring/green';
import { greenTargets } from '../../../../shared/scoring/greenTargets';
import { useLanguage } from '../../app/LanguageContext';
import { ExplainableValue } from '../../components/ExplainableValue';
import { formatMnt, formatNumber, formatPercent } from '../../i18n/format';

type Crit = GreenResult['criteria'][number];

/** Live eligibility: every criterion's measured value against its threshold, each explainable. */
export function GreenResultsPanel({ result }: { result: GreenResult }) {
  const { t } = useTranslation(['project', 'verdicts']);
  const { language } = useLanguage();
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, language, 1));
  const titled = (id: string) => {
    const c = result.criteria.find((x) => x.id === id);
    return { id, title: c ? (language === 'mn' ? c.title.mn : c.title.en) : id };
  };
  const targets = greenTargets(result);
  // Only what stands in the way: the blocking gates, and the qualifying criteria while none passes
  // (a criterion outside the project's category, or a flag, never blocks the loan).
  const role = (id: string) => result.criteria.find((c) => c.id === id);
  const reductions =
    result.qualifyingPassed.length > 0
      ? []
      : targets.reductions.filter((r) => role(r.criterionId)?.qualifying === true);
  const payback =
    targets.payback && role(targets.payback.criterionId)?.role !== 'flag' ? targets.payback : null;
  // Per-kg figures need more digits than yearly tonnes to show the step that is missing.
  const digits = (m: string) => (m === 'co2' ? 1 : 2);
  const toPass: { key: string; text: string }[] = [
    ...result.blockingGates.map((id) => ({
      key: id,
      text: t(
        result.criteria.find((c) => c.id === id)?.kind === 'es_gate'
          ? 'verdicts:green.gateEs'
          : 'verdicts:green.gate',
        titled(id),
      ),
    })),
    ...reductions.map((r) => ({
      key: r.criterionId,
      text: t(`verdicts:green.${r.measure}`, {
        ...titled(r.criterionId),
        need: formatNumber(r.need, language, digits(r.measure)),
        now: formatNumber(r.now, language, digits(r.measure)),
        base: formatNumber(r.base, language, digits(r.measure)),
        threshold: formatPercent(r.thresholdPct, language, 0),
      }),
    })),
    ...(payback
      ? [
          {
            key: payback.criterionId,
            text: t(
              payback.nowYears === null ? 'verdicts:green.paybackNever' : 'verdicts:green.payback',
              {
                ...titled(payback.criterionId),
                threshold: formatNumber(payback.thresholdYears, language, 1),
                now: formatNumber(payback.nowYears ?? 0, language, 1),
              },
            ),
          },
        ]
      : []),
  ];

  const measured = (c: Crit) => {
    if (c.measured === null) return '—';
    if (typeof c.measured === 'boolean') return c.measured ? t('results.yes') : t('results.no');
    if (c.unit === '%') return pct(c.measured);
    if (c.unit === 'years') return t('results.years', { n: formatNumber(c.measured, language, 1) });
    return `${formatNumber(c.measured, language, 0)} ${c.unit}`;
  };
  const threshold = (c: Crit) => {
    switch (c.kind) {
      case 'payback':
        return `≤ ${t('results.years', { n: formatNumber(c.threshold, language, 1) })}`;
      case 'es_gate':
      case 'women_led':
      case 'effluent_compliance':
        return t(`results.rule.${c.kind}`);
      case 'co2_no_increase':
        return t('results.rule.co2_no_increase');
      case 'baseline_matches_records':
        return t('results.rule.baseline_matches_records', {
          tolerance: formatPercent(c.threshold, language, 0),
        });
      case 'renewable':
        return `> ${formatNumber(c.threshold, language, 0)} kWh`;
      default:
        return `≥ ${formatPercent(c.threshold, language, 0)}`;
    }
  };

  return (
    <section className="panel green-results" aria-labelledby="green-results-title">
      <h2 id="green-results-title">{t('results.title')}</h2>
      <p
        className={result.eligible ? 'toast' : 'toast error'}
        role="status"
        data-testid="green-eligibility"
      >
        <strong>{result.eligible ? t('results.eligible') : t('results.notEligible')}</strong>{' '}
        {t(`results.decision.${result.suggestedDecision}`)}
        {result.blockingGates.length > 0 &&
          ` ${t('verdicts:green.blockedBy', {
            gates: result.blockingGates
              .map((id) => {
                const g = titled(id);
                return `${g.title} (${g.id})`;
              })
              .join('; '),
          })}`}
        {!result.eligible &&
          result.blockingGates.length === 0 &&
          result.qualifyingPassed.length === 0 &&
          ` ${t('results.noQualifying')}`}
      </p>
      {!result.eligible && toPass.length > 0 && (
        <>
          <h3>{t('verdicts:green.title')}</h3>
          <ul className="green-to-pass" data-testid="green-to-pass">
            {toPass.map((x) => (
              <li key={x.key}>{x.text}</li>
            ))}
          </ul>
        </>
      )}
      {result.warnings.length > 0 && (
        <ul className="green-warnings" data-testid="green-warnings">
          {result.warnings.map((w) => (
            <li key={`${w.code}-${w.criterion}`} className="error">
              {t(`results.warnings.${w.code}`, {
                criterion: w.criterion,
                ...Object.fromEntries(
                  Object.entries(w.params).map(([k, v]) => [
                    k,
                    formatNumber(v, language, k === 'limit' ? 0 : 1),
                  ]),
                ),
              })}
            </li>
          ))}
        </ul>
      )}
      <p>
        <span className={`badge ${result.womenLed.flag ? '' : 'warn'}`}>
          {result.womenLed.flag ? t('results.womenLed') : t('results.notWomenLed')}
        </span>{' '}
        <ExplainableValue explanation={result.womenLed.detail.explanation} testId="women-led">
          {t('results.why')}
        </ExplainableValue>
      </p>
      <dl className="green-kpis">
        {(
          [
            [
              'energy',
              result.specificEnergyReductionPct,
              pct(result.specificEnergyReductionPct.value),
            ],
            ['co2', result.co2ReductionPct, pct(result.co2ReductionPct.value)],
            [
              'co2Avoided',
              result.co2AvoidedTPerYear,
              result.co2AvoidedTPerYear.value === null
                ? '—'
                : `${formatNumber(result.co2AvoidedTPerYear.value, language, 1)} t/${t('results.yearShort')}`,
            ],
            [
              'saved',
              result.mntSavedPerYear,
              result.mntSavedPerYear.value === null
                ? '—'
                : `${formatMnt(result.mntSavedPerYear.value, language)}/${t('results.yearShort')}`,
            ],
            [
              'payback',
              result.paybackYears,
              result.paybackYears.value === null
                ? t('results.noPayback')
                : t('results.years', { n: formatNumber(result.paybackYears.value, language, 1) }),
            ],
            [
              'water',
              result.waterIntensityReductionPct,
              pct(result.waterIntensityReductionPct.value),
            ],
          ] as const
        ).map(([key, value, shown]) => (
          <div key={key}>
            <dt>{t(`results.kpi.${key}`)}</dt>
            <dd>
              <ExplainableValue explanation={value.explanation} testId={`green-${key}`}>
                {shown}
              </ExplainableValue>
            </dd>
          </div>
        ))}
      </dl>
      <table className="data compact green-criteria">
        <thead>
          <tr>
            <th scope="col">{t('results.criterion')}</th>
            <th scope="col">{t('results.role')}</th>
            <th scope="col">{t('results.measured')}</th>
            <th scope="col">{t('results.threshold')}</th>
            <th scope="col">{t('results.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {result.criteria.map((c) => (
            <tr key={c.id} data-criterion={c.id} className={c.qualifying ? 'qualifying' : ''}>
              <td>
                <strong>{c.id}</strong> {language === 'mn' ? c.title.mn : c.title.en}
                {c.qualifying && <span className="badge">{t('results.qualifies')}</span>}
              </td>
              <td>{t(`results.roles.${c.role}`)}</td>
              <td className="num">
                <ExplainableValue explanation={c.explanation.explanation}>
                  {measured(c)}
                </ExplainableValue>
              </td>
              <td className="num">{threshold(c)}</td>
              <td data-testid={`outcome-${c.id}`}>
                {c.pass === null ? (
                  <span className="muted">{t('results.na')}</span>
                ) : c.pass ? (
                  <span className="pass">{t('results.pass')}</span>
                ) : (
                  <span className="fail">{t('results.fail')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
