import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { ExplainableValue } from '../../components/ExplainableValue';
import { formatMnt } from '../../i18n/format';
import {
  checkMinimumWage,
  wageMonths,
  type ExerciseDefinition,
  type MinimumWageCheck,
} from '../../../../shared/workshop';
import { demoCompanyPackage } from './demoCompanies';
import { ExerciseFrame } from './ExerciseFrame';
import { orgName } from './orgName';
import { useExercisePack } from './useExercisePack';

export function WageExercise({ exercise }: { exercise: ExerciseDefinition }) {
  const { t } = useTranslation('workshop');
  const { language } = useLanguage();
  const pkg = demoCompanyPackage(exercise.companyId);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [check, setCheck] = useState<MinimumWageCheck | null>(null);
  const pack = useExercisePack(pkg);
  if (!pkg || !pack) return null;
  const months = wageMonths(pkg, pack);
  const list = (ms: readonly string[]) => (ms.length > 0 ? ms.join(', ') : t('wage.none'));

  return (
    <ExerciseFrame
      exercise={exercise}
      companyId={exercise.companyId}
      companyName={orgName(pkg, language)}
      onCheck={() => setCheck(checkMinimumWage(pkg, pack, [...ticked]))}
      outcome={
        check && {
          correct: check.correct,
          summary: check.correct
            ? t('wage.summaryRight', { months: list(check.expected) })
            : t('wage.summaryWrong', {
                missed: check.missed.length,
                extra: check.extra.length,
              }),
          details: (
            <table className="data">
              <thead>
                <tr>
                  <th>{t('wage.month')}</th>
                  <th>{t('wage.lowest')}</th>
                  <th>{t('wage.minimum')}</th>
                  <th>{t('wage.ratio')}</th>
                </tr>
              </thead>
              <tbody>
                {check.months
                  .filter((m) => m.pass === false)
                  .map((m) => (
                    <tr key={m.period}>
                      <td>{m.period}</td>
                      <td className="num">
                        {m.wageMnt === null ? '—' : formatMnt(m.wageMnt, language)}
                      </td>
                      <td className="num">
                        {m.minimumMnt === null ? '—' : formatMnt(m.minimumMnt, language)}
                      </td>
                      <td className="num">
                        <ExplainableValue explanation={m.ratio.explanation}>
                          {m.ratio.value === null ? '—' : m.ratio.value.toFixed(3)}
                        </ExplainableValue>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          ),
        }
      }
    >
      <fieldset className="wage-months">
        <legend>{t('wage.question')}</legend>
        {months.map((m) => (
          <label key={m.period} className="inline">
            <input
              type="checkbox"
              checked={ticked.has(m.period)}
              onChange={(e) => {
                const next = new Set(ticked);
                if (e.target.checked) next.add(m.period);
                else next.delete(m.period);
                setTicked(next);
                setCheck(null);
              }}
            />
            {m.period}
          </label>
        ))}
      </fieldset>
    </ExerciseFrame>
  );
}
