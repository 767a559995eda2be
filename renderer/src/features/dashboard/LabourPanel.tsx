import type { YearResult } from '../../../../shared/calc/periods';
import { MINIMUM_WAGES } from '../../../../shared/factors/labour';
import { ExplainedNumber } from '../../components/ExplainedNumber';
import { formatDate, formatMnt } from '../../i18n/format';
import { useDashboardFormat } from './useDashboardFormat';

export function LabourPanel({ current, year }: { current: YearResult | null; year: string }) {
  const { t, num, language } = useDashboardFormat();
  if (!current) return null;
  const l = current.indicators.labour;
  const wageInput = l.lowestWage.ratio.explanation.inputs[0]?.value;
  const wage = typeof wageInput === 'number' ? wageInput : null;
  const factorId = l.lowestWage.ratio.explanation.factors[0]?.id;
  const since = MINIMUM_WAGES.find((w) => w.id === factorId)?.from;
  const cards = [
    { id: 'women', e: l.womenSharePct, text: (v: number) => `${num(v, 0)}%` },
    { id: 'ltifr', e: l.ltifr, text: (v: number) => num(v, 1) },
    { id: 'training', e: l.trainingHoursPerEmployee, text: (v: number) => num(v, 1) },
  ] as const;
  return (
    <section className="panel labour-panel" aria-labelledby="labour-title">
      <h2 id="labour-title">{t('labour.title', { year })}</h2>
      <div className="kpi-grid">
        {cards.map((c) => (
          <div key={c.id} className="kpi-card">
            <div className="kpi-label">{t(`labour.${c.id}`)}</div>
            <div className="kpi">
              <ExplainedNumber
                explained={c.e}
                label={t(`labour.${c.id}`)}
                text={c.e.value === null ? '—' : c.text(c.e.value)}
                testId={`labour-${c.id}`}
              />
            </div>
            <div className="hint">{t(`labour.${c.id}Hint`)}</div>
          </div>
        ))}
        <div className="kpi-card">
          <div className="kpi-label">{t('labour.wage')}</div>
          <div className="kpi">
            <ExplainedNumber
              explained={l.lowestWage.ratio}
              label={t('labour.wage')}
              text={wage === null ? '—' : formatMnt(wage, language)}
              testId="labour-wage"
            />{' '}
            {l.lowestWage.pass !== null && (
              <span className={l.lowestWage.pass ? 'badge' : 'badge bad'}>
                {l.lowestWage.pass ? t('labour.wageOk') : t('labour.wageLow')}
              </span>
            )}
          </div>
          <div className="hint">
            {l.lowestWage.minimumMnt !== null && since
              ? t('labour.minimum', {
                  amount: formatMnt(l.lowestWage.minimumMnt, language),
                  date: formatDate(since, language),
                })
              : t('labour.noMinimum')}
          </div>
        </div>
      </div>
    </section>
  );
}
