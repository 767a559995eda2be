import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { hrefFor } from '../../app/router';
import type { ExerciseDefinition } from '../../../../shared/workshop';

/**
 * One exercise: the task, hints revealed one at a time, the participant's answer form and,
 * once checked, the verdict with the engine's explanation.
 */
export function ExerciseFrame({
  exercise,
  companyId,
  companyName,
  children,
  verdict,
}: {
  exercise: ExerciseDefinition;
  companyId: string;
  companyName: string;
  children: ReactNode;
  verdict: ReactNode;
}) {
  const { t } = useTranslation('workshop');
  const { language } = useLanguage();
  const [hintsShown, setHintsShown] = useState(0);
  const total = exercise.hints.length;
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
      <div className="exercise-answer">{children}</div>
      <div aria-live="polite">{verdict}</div>
    </article>
  );
}

/**
 * The verdict after "Check": right answers show the engine's explanation at once; a wrong one
 * says so and keeps the explanation behind a button, so the participant can try again first.
 */
export function Verdict({
  correct,
  summary,
  details,
}: {
  correct: boolean;
  summary: ReactNode;
  details: ReactNode;
}) {
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
        <div className="verdict-details">{details}</div>
      ) : (
        <button type="button" onClick={() => setRevealed(true)}>
          {t('exercises.showAnswer')}
        </button>
      )}
    </div>
  );
}
