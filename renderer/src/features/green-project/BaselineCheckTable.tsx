import { useTranslation } from 'react-i18next';
import type { BaselineCheck, ReconciledFigure } from '../../../../shared/scoring/greenReconcile';
import { useLanguage } from '../../app/LanguageContext';
import { formatNumber, formatPercent } from '../../i18n/format';

/**
 * The baseline the firm typed against its own last 12 months of records, figure by figure, with
 * the difference and its reason in words (GC-BASE-1). The bank sees the same check.
 */
export function BaselineCheckTable({ check }: { check: BaselineCheck | null }) {
  const { t } = useTranslation('project');
  const { language } = useLanguage();
  if (check === null)
    return (
      <p className="hint" data-testid="baseline-check">
        {t('baselineCheck.noRecords')}
      </p>
    );
  const tolerance = formatPercent(check.tolerancePct, language, 0);
  const reason = (x: ReconciledFigure) =>
    t(`baselineCheck.reason.${x.reason}`, {
      tolerance,
      diff: x.diffPct === null ? '' : formatPercent(Math.abs(x.diffPct), language, 1),
    });
  return (
    <section aria-labelledby="baseline-check-title" data-testid="baseline-check">
      <h3 id="baseline-check-title">{t('baselineCheck.title')}</h3>
      <p className="hint">
        {t('baselineCheck.intro', {
          from: check.periods[0] ?? '',
          to: check.periods.at(-1) ?? '',
          tolerance,
        })}
      </p>
      <table className="data compact baseline-check">
        <thead>
          <tr>
            <th scope="col">{t('figures.item')}</th>
            <th scope="col">{t('baselineCheck.typed')}</th>
            <th scope="col">{t('baselineCheck.recorded')}</th>
            <th scope="col">{t('baselineCheck.difference')}</th>
            <th scope="col">{t('baselineCheck.why')}</th>
          </tr>
        </thead>
        <tbody>
          {check.figures.map((x) => (
            <tr key={x.figure} data-figure={x.figure} className={x.beyond ? 'beyond' : ''}>
              <th scope="row">{t(`figures.${x.figure}`)}</th>
              <td className="num">{formatNumber(x.typed, language, 1)}</td>
              <td className="num">{formatNumber(x.recorded, language, 1)}</td>
              <td className="num">
                {x.diffPct === null
                  ? '—'
                  : `${x.diffPct > 0 ? '+' : x.diffPct < 0 ? '−' : ''}${formatPercent(Math.abs(x.diffPct), language, 1)}`}
              </td>
              <td className={x.beyond ? 'error' : ''}>{reason(x)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
