import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import type { ExerciseDefinition } from '../../../../shared/workshop';

/** What "Check" found, shown as the verdict under the answer form. */
export interface Outcome {
  correct: boolean;
  /** Shown at once: for a wrong answer it must not give the right one away. */
  summary: ReactNode;
  /** The right answer in words, shown with the details: at once when right, on request when not. */
  answer?: ReactNode;
  details: ReactNode;
}

/** A right answer is said at once; a wrong one gets `tryAgain`, the answer waits for a request. */
export function sayAnswer(
  correct: boolean,
  answer: ReactNode,
  tryAgain: ReactNode,
): Pick<Outcome, 'summary' | 'answer'> {
  return correct ? { summary: answer } : { summary: tryAgain, answer };
}

/**
 * One exercise: the task, hints revealed one at a time, the participant's answer form with its
 * "Check" button and, once checked, the verdict with the engine's explanation.
 */
export function ExerciseFrame({
  exercise,
  companyId,
  companyName,
  intro,
  layout = 'column',
  canCheck = true,
  onCheck,
  outcome,
  children,
}: {
  exercise: ExerciseDefinition;
  companyId: string;
  companyName: string;
  /** Shown above the answer form, e.g. the figures the task starts from. */
  intro?: ReactNode;
  /** 'grid' sets the answer fields side by side. */
  layout?: 'column' | 'grid';
  canCheck?: boolean;
  onCheck: () => void;
  /** null until checked, and again once the answer changes. */
  outcome: Outcome | null;
  /** The answer fields. */
  children: ReactNode;
}) {
  const { t } = useTranslation('workshop');
  const { language } = useLanguage();
  const [hintsShown, setHintsShown] = useState(0);
  const total = exercise.hints.length;
  const check = (
    <button type="submit" className="primary" disabled={!canCheck}>
      {t('exercises.check')}
    </button>
  );
  return (
    <article className="panel exercise" aria-labelledby={`ex-${exercise.id}`}>
      <h2 id={`ex-${exercise.id}`}>{exercise.title[language]}</h2>
      <p className="exercise-task">{exercise.task[language]}</p>
      <p>
        <a href={hrefFor({ name: 'org', orgId: companyId, section: 'overview' })}>
          {t('exercises.openCompany', { name: companyName })}
        </a>
      </p>
      {hintsShown > 0 && (
        <ol className="exercise-hints" aria-label={t('exercises.hints')}>
          {exercise.hints.slice(0, hintsShown).map((h, i) => (
            <li key={i} className="hint-item">
              {h[language]}
            </li>
          ))}
        </ol>
      )}
      {hintsShown < total && (
        <button type="button" onClick={() => setHintsShown((n) => n + 1)}>
          {t('exercises.showHint', { n: hintsShown + 1, total })}
        </button>
      )}
      <div className="exercise-answer">
        {intro}
        <form
          className={layout === 'grid' ? 'exercise-form form-grid' : 'exercise-form'}
          onSubmit={(e) => {
            e.preventDefault();
            onCheck();
          }}
        >
          {children}
          {/* A grid cell would stretch the button to the column's width. */}
          {layout === 'grid' ? <div>{check}</div> : check}
        </form>
      </div>
      <div aria-live="polite">{outcome && <Verdict {...outcome} />}</div>
    </article>
  );
}

/**
 * The verdict after "Check": right answers show the engine's explanation at once; a wrong one
 * says so and keeps the explanation behind a button, so the participant can try again first.
 */
function Verdict({ correct, summary, answer, details }: Outcome) {
  const { t } = useTranslation('workshop');
  const [revealed, setRevealed] = useState(false);
  return (
    <div className={`verdict ${correct ? 'verdict-right' : 'verdict-wrong'}`} data-testid="verdict">
      <p role="status">
        <strong className={correct ? 'pass' : 'fail'}>
          {correct ? t('exercises.right') : t('exercises.notYet')}
        </strong>{' '}
        {summary}
      </p>
      {correct || revealed ? (
        <div className="verdict-details">
          {answer !== undefined && <p>{answer}</p>}
          {details}
        </div>
      ) : (
        <button type="button" onClick={() => setRevealed(true)}>
          {t('exercises.showAnswer')}
        </button>
      )}
    </div>
  );
}
