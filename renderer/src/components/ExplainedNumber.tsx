import { useId, useState } from 'react';
import './ExplainedNumber.css';
import { useTranslation } from 'react-i18next';
import type { Explained } from '../../../shared/explain/types';
import { ExplanationView } from './ExplanationView';

/**
 * A derived number the user can click to see how it was computed. `text` is the value already
 * formatted for the user's language; a missing value shows a dash and still explains why.
 */
export function ExplainedNumber({
  explained,
  text,
  label,
  unit,
  testId,
}: {
  explained: Explained;
  text: string;
  /** What the number is, for screen readers: "Total energy". */
  label: string;
  /** Shown after the number, before the explanation opens below it. */
  unit?: string;
  testId?: string;
}) {
  const { t } = useTranslation('explain');
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="explained-number">
      <button
        type="button"
        className="explained-number-button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={`${label}: ${text}. ${t('show')}`}
        title={t('show')}
        data-testid={testId}
        onClick={() => setOpen((o) => !o)}
      >
        {text}
      </button>
      {unit && <span className="kpi-unit">{unit}</span>}
      {open && (
        <div id={id} className="explained-number-detail">
          <ExplanationView explanation={explained.explanation} />
        </div>
      )}
    </div>
  );
}
