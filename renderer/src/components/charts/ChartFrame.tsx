import './charts.css';
import { useId, type ReactNode } from 'react';

/**
 * A titled chart: the title says what is shown, the unit line says in what, and `empty` replaces
 * the chart with a sentence saying what to do when there is nothing to draw.
 */
export function ChartFrame({
  title,
  unit,
  empty,
  children,
  footer,
  testId,
  waiting = false,
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
}) {
  const id = useId();
  return (
    <figure className="chart-frame" aria-labelledby={id} data-testid={testId}>
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
      {footer}
    </figure>
  );
}
