import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocked } from '../../db/repositories/signOff';
import { CategoryStep } from './steps/CategoryStep';
import { ChecklistStep } from './steps/ChecklistStep';
import { EsapStep } from './steps/EsapStep';
import { ExclusionStep } from './steps/ExclusionStep';
import { FindingsStep } from './steps/FindingsStep';
import { MonitoringStep } from './steps/MonitoringStep';
import type { ApplicationData } from './useApplicationData';

const STEPS = ['exclusion', 'category', 'checklist', 'findings', 'esap', 'monitoring'] as const;

/** The MSFP order: exclusion list → category → sector checklist → findings → ESAP → monitoring. */
export function ScreeningTab({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['screening', 'common']);
  const [step, setStep] = useState(0);
  const locked = isLocked(data.esAssessment);
  const excluded = data.results.es.exclusion.excluded;
  const answered = data.pack.exclusions.every((x) => data.pkg.es?.exclusions[x.id] !== undefined);
  const reachable = (i: number) => i === 0 || (!excluded && answered);
  const current = reachable(step) ? step : 0;
  const name = STEPS[current] ?? 'exclusion';

  return (
    <div className="screening">
      <ol className="stepper" aria-label={t('stepper')}>
        {STEPS.map((s, i) => (
          <li key={s}>
            <button
              type="button"
              className={i === current ? 'step active' : 'step'}
              aria-current={i === current ? 'step' : undefined}
              disabled={!reachable(i)}
              onClick={() => setStep(i)}
            >
              <span className="step-no">{i + 1}</span> {t(`step.${s}`)}
            </button>
          </li>
        ))}
      </ol>
      {/* Signed off: everything is shown, nothing can be changed until amended. */}
      <fieldset
        className="step-body locked-when-signed"
        disabled={locked}
        data-testid={`step-${name}`}
      >
        {name === 'exclusion' && <ExclusionStep data={data} />}
        {name === 'category' && <CategoryStep data={data} />}
        {name === 'checklist' && <ChecklistStep data={data} />}
        {name === 'findings' && <FindingsStep data={data} />}
        {name === 'esap' && <EsapStep data={data} />}
        {name === 'monitoring' && <MonitoringStep data={data} />}
      </fieldset>
      <div className="step-nav">
        <button type="button" disabled={current === 0} onClick={() => setStep(current - 1)}>
          {t('common:back')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={current === STEPS.length - 1 || !reachable(current + 1)}
          onClick={() => setStep(current + 1)}
        >
          {t('next')}
        </button>
      </div>
    </div>
  );
}
