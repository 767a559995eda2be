import { useTranslation } from 'react-i18next';
import type { VcpItem, VcpPillar } from '../../../../shared/catalogue/types';
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
  items,
  onGo,
}: {
  result: VcpResult;
  pillars: readonly VcpPillar[];
  /** The pack's questions, to name them in words (ids only beside the words). */
  items: readonly VcpItem[];
  /** Opens a question on the page. */
  onGo?: (itemId: string) => void;
}) {
  const { t } = useTranslation(['vcp', 'verdicts']);
  const { language } = useLanguage();
  const pick = usePick();
  const named = (id: string) => {
    const item = items.find((i) => i.id === id);
    return item ? `“${pick(item.question)}” (${id})` : id;
  };
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
            items: result.knockOutsFailed.map(named).join('; '),
            uncapped:
              result.uncappedPct === null ? '—' : formatPercent(result.uncappedPct, language),
          })}
        </p>
      )}
      {result.contradictions.length > 0 && (
        <p className="toast error" role="status" data-testid="score-contradictions">
          {t('verdicts:contradiction.scorePanel', {
            count: result.contradictions.length,
            items: result.contradictions.map((c) => named(c.itemId)).join('; '),
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
      <h3>{t('score.topGaps')}</h3>
      {/* Before any answer every question is a gap: the list says nothing useful yet. */}
      {result.completion.answered === 0 || result.topGaps.length === 0 ? (
        <p className="muted" data-testid="gaps-empty">
          {t('verdicts:gaps.gapsEmpty')}
        </p>
      ) : (
        <ol className="gaps" data-testid="top-gaps">
          {result.topGaps.map((g) => (
            <li key={g.itemId}>
              {onGo ? (
                <button type="button" className="link" onClick={() => onGo(g.itemId)}>
                  {named(g.itemId)}
                </button>
              ) : (
                named(g.itemId)
              )}
              <div className="hint">
                {t('verdicts:gaps.gapLine', { gain: formatPercent(g.gainPct, language, 1) })} ·{' '}
                {t('verdicts:gaps.gapNow', {
                  answer:
                    g.answer === null ? t('verdicts:gaps.notAnswered') : t(`answers.${g.answer}`),
                })}
              </div>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
