import { useTranslation } from 'react-i18next';
import type { VcpPillar } from '../../../../shared/catalogue/types';
import type { VcpResult } from '../../../../shared/scoring/vcp';
import { KNOCKOUT_CAP_PCT, LEVEL_LABELS } from '../../../../shared/scoring/vcpRules';
import { useLanguage } from '../../app/LanguageContext';
import { ExplainableValue } from '../../components/ExplainableValue';
import { formatPercent } from '../../i18n/format';
import { usePick } from './VcpItemCard';

/** Live overall score, level and knock-out cap; every number opens its explanation. */
export function VcpScorePanel({
  result,
  pillars,
}: {
  result: VcpResult;
  pillars: readonly VcpPillar[];
}) {
  const { t } = useTranslation('vcp');
  const { language } = useLanguage();
  const pick = usePick();
  const overall = result.overallPct.value;
  const level = LEVEL_LABELS[result.level];
  return (
    <aside className="panel vcp-score" aria-label={t('score.title')}>
      <h2>{t('score.title')}</h2>
      <div className="vcp-kpis">
        <div>
          <div className="muted">{t('score.overall')}</div>
          <ExplainableValue
            explanation={result.overallPct.explanation}
            className="kpi"
            testId="vcp-overall"
          >
            {overall === null ? '—' : formatPercent(overall, language)}
          </ExplainableValue>
        </div>
        <div>
          <div className="muted">{t('score.level')}</div>
          <ExplainableValue
            explanation={result.levelExplanation.explanation}
            className={result.notCompliant ? 'fail' : ''}
            testId="vcp-level"
          >
            {result.notCompliant ? t('score.notCompliant') : pick(level)}
          </ExplainableValue>
        </div>
        <div>
          <div className="muted">{t('score.completion')}</div>
          <ExplainableValue explanation={result.completion.pct.explanation} testId="vcp-completion">
            {result.completion.answered}/{result.completion.applicable}
          </ExplainableValue>
        </div>
      </div>
      {result.knockOutsFailed.length > 0 && (
        <p className="toast error" role="status" data-testid="knockout-cap">
          {t('score.capped', {
            cap: KNOCKOUT_CAP_PCT,
            items: result.knockOutsFailed.join(', '),
            uncapped:
              result.uncappedPct === null ? '—' : formatPercent(result.uncappedPct, language),
          })}
        </p>
      )}
      <h3>{t('score.byPillar')}</h3>
      <table className="data compact">
        <tbody>
          {result.pillars.map((p) => {
            const pillar = pillars.find((x) => x.id === p.pillar);
            return (
              <tr key={p.pillar}>
                <th scope="row">{pillar ? pick(pillar.title) : p.pillar}</th>
                <td className="num">
                  <ExplainableValue
                    explanation={p.scorePct.explanation}
                    testId={`pillar-score-${p.pillar}`}
                  >
                    {p.scorePct.value === null ? '—' : formatPercent(p.scorePct.value, language)}
                  </ExplainableValue>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {result.topGaps.length > 0 && (
        <>
          <h3>{t('score.topGaps')}</h3>
          <ol className="gaps">
            {result.topGaps.map((g) => (
              <li key={g.itemId}>
                {g.itemId}: +{formatPercent(g.gainPct, language, 1)}
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
