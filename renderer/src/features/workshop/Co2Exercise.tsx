import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { ExplainableValue } from '../../components/ExplainableValue';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { Carrier } from '../../../../shared/calc/carriers';
import {
  checkLargestCo2Source,
  co2Sources,
  type ExerciseDefinition,
  type LargestCo2Check,
} from '../../../../shared/workshop';
import { demoCompanyPackage, demoCompanyPackages } from './demoCompanies';
import { ChoiceFieldset } from './ChoiceFieldset';
import { ExerciseFrame, sayAnswer } from './ExerciseFrame';
import { orgName } from './orgName';
import { useExercisePack } from './useExercisePack';

export function Co2Exercise({ exercise }: { exercise: ExerciseDefinition }) {
  const { t } = useTranslation('workshop');
  const { language } = useLanguage();
  const [companyId, setCompanyId] = useState(exercise.companyId);
  const [picked, setPicked] = useState<Carrier | null>(null);
  const [check, setCheck] = useState<LargestCo2Check | null>(null);
  const selectId = useId();
  const pkg = demoCompanyPackage(companyId);
  const pack = useExercisePack(pkg);
  if (!pkg || !pack) return null;
  // Offer the carriers the company uses, in a fixed order so their position gives nothing away.
  const options = co2Sources(pkg, pack)
    .sources.map((s) => s.carrier)
    .sort();
  const name = orgName(pkg, language);

  return (
    <ExerciseFrame
      exercise={exercise}
      companyId={companyId}
      companyName={name}
      canCheck={picked !== null}
      onCheck={() => {
        if (picked) setCheck(checkLargestCo2Source(pkg, pack, picked));
      }}
      outcome={
        check && {
          correct: check.correct,
          ...sayAnswer(
            check.correct,
            t('co2.summary', {
              year: check.result.year ?? '—',
              carrier: check.expected ? t(`carriers.${check.expected}`) : '—',
              share: formatPercent(check.result.sources[0]?.sharePct ?? 0, language),
            }),
            t('co2.tryAgain'),
          ),
          details: (
            <table className="data">
              <thead>
                <tr>
                  <th>{t('co2.carrier')}</th>
                  <th>{t('co2.tonnes')}</th>
                  <th>{t('co2.share')}</th>
                </tr>
              </thead>
              <tbody>
                {check.result.sources.map((s) => (
                  <tr key={s.carrier}>
                    <td>{t(`carriers.${s.carrier}`)}</td>
                    <td className="num">
                      <ExplainableValue explanation={s.explained.explanation}>
                        {formatNumber(s.tCo2, language, 1)}
                      </ExplainableValue>
                    </td>
                    <td className="num">{formatPercent(s.sharePct, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ),
        }
      }
    >
      <label htmlFor={selectId}>{t('co2.company')}</label>
      <select
        id={selectId}
        value={companyId}
        onChange={(e) => {
          setCompanyId(e.target.value);
          setPicked(null);
          setCheck(null);
        }}
      >
        {demoCompanyPackages().map((p) => (
          <option key={p.organisation.id} value={p.organisation.id}>
            {orgName(p, language)}
          </option>
        ))}
      </select>
      <ChoiceFieldset
        legend={t('co2.question')}
        name="co2-carrier"
        options={options}
        picked={picked}
        label={(c) => t(`carriers.${c}`)}
        onPick={(c) => {
          setPicked(c);
          setCheck(null);
        }}
      />
    </ExerciseFrame>
  );
}
