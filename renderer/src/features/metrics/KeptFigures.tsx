import { useTranslation } from 'react-i18next';
import { METRICS } from '../../../../shared/catalogue/metrics';
import type { MetricValue } from '../../../../shared/package/schema';
import { useLanguage } from '../../app/LanguageContext';
import { KeptTextNotice } from '../../components/KeptTextNotice';
import { formatNumber } from '../../i18n/format';
import type { KeptFigure } from './gridModel';
import type { CellRef, KeptCell } from './useMetricsEditor';

/**
 * Figures typed here that another window's change of the same cell refused: the grid shows the
 * stored figure, and the user's own waits here to be applied again or discarded.
 */
export function KeptFigures({
  kept,
  onApply,
  onDiscard,
}: {
  kept: readonly KeptCell[];
  onApply: (cell: CellRef) => void;
  onDiscard: (cell: CellRef) => void;
}) {
  const { t } = useTranslation('metrics');
  const { language } = useLanguage();
  if (kept.length === 0) return null;
  return (
    <section className="panel kept-figures" aria-labelledby="kept-title" data-testid="kept-figures">
      <h2 id="kept-title">{t('keptFigures.title')}</h2>
      <p>{t('keptFigures.lead')}</p>
      {kept.map((k) => (
        <div key={`${k.metricId}@${k.period}`} data-testid={`kept-${k.metricId}@${k.period}`}>
          <h3>
            {t('held.where', {
              metric: METRICS[k.metricId].label[language],
              month: t(`months.m${String(Number(k.period.slice(5, 7)))}`),
              year: k.period.slice(0, 4),
            })}
          </h3>
          <KeptFigureChoice figure={k} onApply={() => onApply(k)} onDiscard={() => onDiscard(k)} />
        </div>
      ))}
    </section>
  );
}

/**
 * One figure refused because another window changed its cell first, as the grid and quick entry
 * both say it: what is stored now, the user's own figure, and the choice between them.
 */
export function KeptFigureChoice({
  figure: k,
  onApply,
  onDiscard,
}: {
  figure: KeptFigure;
  onApply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation('metrics');
  const { language } = useLanguage();
  const words = (v: MetricValue | null) =>
    v === null
      ? t('keptFigures.empty')
      : `${formatNumber(v.value, language, 3)} ${t(`units.${v.unit.replace(/ /g, '_')}`)}`;
  return (
    <>
      <p>{t('keptFigures.nowStored', { value: words(k.stored) })}</p>
      <KeptTextNotice
        kind="changedElsewhere"
        figure
        yours={words(k.mine)}
        onApply={onApply}
        onDiscard={onDiscard}
      />
    </>
  );
}
