import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { ExplanationView } from '../../components/ExplanationView';
import type { RiskCategory } from '../../../../shared/package/enums';
import {
  checkScreeningCategory,
  type ExerciseDefinition,
  type ScreeningCheck,
} from '../../../../shared/workshop';
import { demoCompanyPackage } from './demoCompanies';
import { ChoiceFieldset } from './ChoiceFieldset';
import { ExerciseFrame, sayAnswer } from './ExerciseFrame';
import { orgName } from './orgName';
import { useExercisePack } from './useExercisePack';

const CATEGORIES: readonly RiskCategory[] = ['A', 'B', 'C'];

export function ScreeningExercise({ exercise }: { exercise: ExerciseDefinition }) {
  const { t } = useTranslation('workshop');
  const { language } = useLanguage();
  const pkg = demoCompanyPackage(exercise.companyId);
  const [picked, setPicked] = useState<RiskCategory | null>(null);
  const [check, setCheck] = useState<ScreeningCheck | null>(null);
  const pack = useExercisePack(pkg);
  if (!pkg || !pack) return null;
  return (
    <ExerciseFrame
      exercise={exercise}
      companyId={exercise.companyId}
      companyName={orgName(pkg, language)}
      canCheck={picked !== null}
      onCheck={() => {
        if (picked) setCheck(checkScreeningCategory(pkg, pack, picked));
      }}
      outcome={
        check && {
          correct: check.correct,
          ...sayAnswer(
            check.correct,
            t('screening.summary', { category: check.expected }),
            t('screening.tryAgain', { category: picked }),
          ),
          details: (
            <>
              <h3>{t('screening.reasons')}</h3>
              <ul data-testid="screening-reasons">
                {check.reasons.map((r) => (
                  <li key={r.code}>{r.text[language]}</li>
                ))}
              </ul>
              <ExplanationView explanation={check.explanation} />
            </>
          ),
        }
      }
    >
      <ChoiceFieldset
        legend={t('screening.question')}
        name="es-category"
        options={CATEGORIES}
        picked={picked}
        label={(c) => t(`screening.category${c}`)}
        onPick={(c) => {
          setPicked(c);
          setCheck(null);
        }}
      />
    </ExerciseFrame>
  );
}
