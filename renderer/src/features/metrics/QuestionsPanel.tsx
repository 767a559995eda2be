import { useTranslation } from 'react-i18next';
import { METRICS } from '../../../../shared/catalogue/metrics';
import { useLanguage } from '../../app/LanguageContext';
import { formatNumber } from '../../i18n/format';
import type { Question } from './gridModel';
import { cellKey } from './gridRows';
import type { CellRef } from './useMetricsEditor';

interface Props {
  questions: readonly Question[];
  recovered: readonly CellRef[];
  onAnswer: (q: Question, yes: boolean) => void;
  onSaveRecovered: () => void;
  onDiscardRecovered: () => void;
}

const focusCell = (metricId: string, period: string) =>
  document
    .querySelector<HTMLInputElement>(`input[data-cell="${cellKey(metricId, period)}"]`)
    ?.focus();

/**
 * What waits for the user before anything is written: figures far outside the plausible range,
 * cells emptied by editing, and typing the page closed on. Shown above the grid, in words.
 */
export function QuestionsPanel({
  questions,
  recovered,
  onAnswer,
  onSaveRecovered,
  onDiscardRecovered,
}: Props) {
  const { t } = useTranslation('metrics');
  const { language } = useLanguage();
  if (questions.length === 0 && recovered.length === 0) return null;
  const where = (metricId: Question['metricId'], period: string) =>
    t('held.where', {
      metric: METRICS[metricId].label[language],
      month: t(`months.m${String(Number(period.slice(5, 7)))}`),
      year: period.slice(0, 4),
    });
  const unitLabel = (u: string) => t(`units.${u.replace(/ /g, '_')}`);
  return (
    <section className="panel questions" aria-labelledby="questions-title" data-testid="questions">
      <h2 id="questions-title">{t('held.title')}</h2>
      {recovered.length > 0 && (
        <div className="recovered-note" role="note">
          <p>
            {t('recovered.text', { count: recovered.length })}{' '}
            {recovered
              .slice(0, 6)
              .map((r) => where(r.metricId, r.period))
              .join('; ')}
            {recovered.length > 6 ? '…' : ''}
          </p>
          <div className="row-actions">
            <button type="button" className="primary" onClick={onSaveRecovered}>
              {t('recovered.save')}
            </button>
            <button type="button" onClick={onDiscardRecovered}>
              {t('recovered.discard')}
            </button>
          </div>
        </div>
      )}
      <ul>
        {questions.map((q) => {
          const value = formatNumber(q.value, language, 3);
          const unit = unitLabel(q.unit);
          const metric = METRICS[q.metricId].label[language];
          return (
            <li key={`${q.kind}:${q.metricId}@${q.period}`} className="question-item">
              <div>
                <strong>{where(q.metricId, q.period)}:</strong>{' '}
                {q.kind === 'absurd'
                  ? t('held.absurd', { value, unit, metric: metric.toLocaleLowerCase() })
                  : t('held.clear', { value, unit })}
              </div>
              <div className="row-actions">
                <button type="button" onClick={() => onAnswer(q, true)}>
                  {q.kind === 'absurd' ? t('held.keep') : t('held.clearIt')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    q.kind === 'absurd' ? focusCell(q.metricId, q.period) : onAnswer(q, false)
                  }
                >
                  {q.kind === 'absurd' ? t('held.change') : t('held.keepOld', { value })}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
