import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { EXERCISES, type ExerciseId } from '../../../../shared/workshop';
import { Co2Exercise } from './Co2Exercise';
import { GreenThresholdExercise } from './GreenThresholdExercise';
import { ScreeningExercise } from './ScreeningExercise';
import { WageExercise } from './WageExercise';

export function ExercisesPage() {
  const { t } = useTranslation('workshop');
  const { language } = useLanguage();
  const [current, setCurrent] = useState<ExerciseId>('largest-co2-source');
  const exercise = EXERCISES.find((e) => e.id === current) ?? EXERCISES[0];
  if (!exercise) return null;
  return (
    <>
      <h1>{t('exercises.title')}</h1>
      <p className="lead">{t('exercises.lead')}</p>
      <div className="exercise-picker" role="group" aria-label={t('exercises.pick')}>
        {EXERCISES.map((e, i) => (
          <button
            key={e.id}
            type="button"
            aria-pressed={e.id === current}
            className={e.id === current ? 'primary' : ''}
            onClick={() => setCurrent(e.id)}
          >
            {i + 1}. {e.title[language]}
          </button>
        ))}
      </div>
      {exercise.id === 'largest-co2-source' && (
        <Co2Exercise key={exercise.id} exercise={exercise} />
      )}
      {exercise.id === 'green-threshold' && (
        <GreenThresholdExercise key={exercise.id} exercise={exercise} />
      )}
      {exercise.id === 'screen-category' && (
        <ScreeningExercise key={exercise.id} exercise={exercise} />
      )}
      {exercise.id === 'minimum-wage' && <WageExercise key={exercise.id} exercise={exercise} />}
    </>
  );
}
