import './charts.css';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNoDrawingTabStops } from './useNoDrawingTabStops';

/** One bar or point group a keyboard can reach: short visible text, full accessible name. */
export interface ChartPoint {
  key: string;
  text: string;
  /** "March: 21,000 kWh", read by a screen reader; the button says it opens the explanation. */
  name: string;
}

/** What a picked bar says: shown over the chart, where the user is looking, with the focus. */
export interface ChartExplanation {
  title: string;
  body: ReactNode;
}

/**
 * A titled chart: the title says what is shown, the unit line says in what, and `empty` replaces
 * the chart with a sentence saying what to do when there is nothing to draw. `points` lists the
 * chart's bars (or months) as buttons for the keyboard — shown while one of them has the focus —
 * and a picked one's explanation opens over the chart and takes the focus; Escape or Close gives
 * it back to the button that opened it.
 */
export function ChartFrame({
  title,
  unit,
  empty,
  children,
  footer,
  testId,
  waiting = false,
  points,
  explanation,
  onPick,
}: {
  title: string;
  unit?: string;
  /** When set, shown instead of the chart. */
  empty?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
  /** Not drawn yet (drawn after the page's first paint): its space is kept. */
  waiting?: boolean;
  points?: readonly ChartPoint[];
  explanation?: ChartExplanation | null;
  onPick?: (key: string | null) => void;
}) {
  const { t } = useTranslation('common');
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLElement>(null);
  useNoDrawingTabStops(frame);
  const opener = useRef<HTMLElement | null>(null);
  const open = explanation !== null && explanation !== undefined;
  const shownTitle = explanation?.title;
  useEffect(() => {
    if (shownTitle !== undefined) panel.current?.focus();
  }, [shownTitle]);
  const close = () => {
    onPick?.(null);
    const back = opener.current;
    opener.current = null;
    // After the panel is gone, so the focus lands on the button and not on nothing.
    requestAnimationFrame(() => back?.focus());
  };
  return (
    <figure ref={frame} className="chart-frame" aria-labelledby={id} data-testid={testId}>
      <figcaption id={id}>
        <span className="chart-title">{title}</span>
        {unit && <span className="chart-unit">{unit}</span>}
      </figcaption>
      {empty ? (
        <div className="chart-empty">{empty}</div>
      ) : waiting ? (
        <div className="chart-waiting" aria-hidden="true" />
      ) : (
        children
      )}
      {!empty && points && points.length > 0 && onPick && (
        <ul className="chart-keys" aria-label={t('chart.pointsOf', { chart: title })}>
          {points.map((p) => (
            <li key={p.key}>
              <button
                type="button"
                className="small"
                aria-label={t('chart.explainPoint', { point: p.name })}
                aria-haspopup="dialog"
                onClick={(e) => {
                  opener.current = e.currentTarget;
                  onPick(p.key);
                }}
              >
                {p.text}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <div
          ref={panel}
          className="chart-explanation"
          role="dialog"
          aria-labelledby={`${id}-explained`}
          tabIndex={-1}
          data-testid={testId ? `${testId}-explanation` : undefined}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <div className="chart-explanation-head">
            <h3 id={`${id}-explained`}>{explanation.title}</h3>
            <button type="button" className="small" onClick={close}>
              {t('close')}
            </button>
          </div>
          {explanation.body}
        </div>
      )}
      {footer}
    </figure>
  );
}
