import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../../shared/explain/types';
import { ExplanationView } from './ExplanationView';
import './explainable-value.css';

/**
 * A shown number that opens its explanation on click (or Enter/Space): the value itself is the
 * button, so every score on a screen can be traced without hunting for a separate link.
 */
export function ExplainableValue({
  explanation,
  children,
  className,
  testId,
}: {
  explanation: Explanation;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const { t } = useTranslation('explain');
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className={`explainable ${className ?? ''}`}
        aria-expanded={open}
        aria-controls={id}
        title={open ? t('hide') : t('show')}
        data-testid={testId}
        onClick={() => setOpen((o) => !o)}
      >
        {children}
      </button>
      {open && (
        <div id={id}>
          <ExplanationView explanation={explanation} />
        </div>
      )}
    </>
  );
}
