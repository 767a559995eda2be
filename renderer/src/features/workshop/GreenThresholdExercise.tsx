import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/LanguageContext';
import { ExplanationView } from '../../components/ExplanationView';
import { formatNumber, formatPercent } from '../../i18n/format';
import {
  checkGreenThreshold,
  CREDIBLE_CHANGE_PCT,
  type ChangeField,
  type ExerciseDefinition,
  type GreenThresholdCheck,
  type ProjectChange,
} from '../../../../shared/workshop';
import { demoCompanyPackage } from './demoCompanies';
import { ExerciseFrame } from './ExerciseFrame';
import { orgName } from './orgName';
import { useExercisePack } from './useExercisePack';
import { parseSignedNumber } from '../../../../shared/units/parseNumber';

const FIELDS: readonly ChangeField[] = ['electricityPct', 'heatPct', 'coalPct'];
/** A design that reaches the threshold for Erdene, shown after a check as one possible answer. */
const EXAMPLE: ProjectChange = { electricityPct: -25, heatPct: -25, coalPct: 0 };

/** Empty = no change; text that is not a number = NaN (the field says "Enter a number"). */
function parsePct(text: string): number {
  const r = parseSignedNumber(text);
  return r.ok ? (r.value ?? 0) : Number.NaN;
}

export function GreenThresholdExercise({ exercise }: { exercise: ExerciseDefinition }) {
  const { t } = useTranslation(['workshop', 'common']);
  const { language } = useLanguage();
  const pkg = demoCompanyPackage(exercise.companyId);
  const [values, setValues] = useState<Record<ChangeField, string>>({
    electricityPct: '-17',
    heatPct: '0',
    coalPct: '0',
  });
  const [check, setCheck] = useState<GreenThresholdCheck | null>(null);
  const pack = useExercisePack(pkg);
  if (!pkg?.project || !pack) return null;
  const baseline = pkg.project.baseline;
  const example = checkGreenThreshold(pkg, pack, EXAMPLE);
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, language, 1));

  return (
    <ExerciseFrame
      exercise={exercise}
      companyId={exercise.companyId}
      companyName={orgName(pkg, language)}
      layout="grid"
      onCheck={() => {
        // Not a number: the field says so (aria-invalid + message); nothing is checked yet.
        if (FIELDS.some((f) => !Number.isFinite(parsePct(values[f])))) return;
        setCheck(
          checkGreenThreshold(pkg, pack, {
            electricityPct: parsePct(values.electricityPct),
            heatPct: parsePct(values.heatPct),
            coalPct: parsePct(values.coalPct),
          }),
        );
      }}
      outcome={
        check && {
          correct: check.pass,
          summary:
            check.notCredible.length > 0
              ? t('green.notCredible', {
                  fields: check.notCredible.map((f) => t(`green.${f}`)).join(', '),
                  limit: CREDIBLE_CHANGE_PCT,
                })
              : t('green.summary', {
                  reduction: pct(check.reduction.value),
                  threshold: formatPercent(check.thresholdPct, language),
                }),
          details: (
            <>
              <ExplanationView explanation={check.reduction.explanation} />
              <p>
                {t('green.example', {
                  electricity: EXAMPLE.electricityPct,
                  heat: EXAMPLE.heatPct,
                  reduction: pct(example.reduction.value),
                })}
              </p>
            </>
          ),
        }
      }
      intro={
        <table className="data workshop-baseline">
          <caption>{t('green.baseline')}</caption>
          <tbody>
            <tr>
              <th scope="row">{t('green.electricityPct')}</th>
              <td className="num">{formatNumber(baseline.electricityKwh, language, 0)} kWh</td>
            </tr>
            <tr>
              <th scope="row">{t('green.heatPct')}</th>
              <td className="num">{formatNumber(baseline.heatGcal, language, 1)} Gcal</td>
            </tr>
            <tr>
              <th scope="row">{t('green.coalPct')}</th>
              <td className="num">{formatNumber(baseline.coalT, language, 1)} t</td>
            </tr>
            <tr>
              <th scope="row">{t('green.production')}</th>
              <td className="num">{formatNumber(baseline.productionKg, language, 0)} kg</td>
            </tr>
          </tbody>
        </table>
      }
    >
      {FIELDS.map((f) => (
        <label key={f}>
          {t('green.changeOf', { what: t(`green.${f}`) })}
          <input
            inputMode="decimal"
            value={values[f]}
            aria-invalid={!Number.isFinite(parsePct(values[f]))}
            onChange={(e) => {
              setValues((v) => ({ ...v, [f]: e.target.value }));
              setCheck(null);
            }}
          />
          {Number.isFinite(parsePct(values[f])) ? (
            <span className="hint">{t('green.changeHint')}</span>
          ) : (
            <span className="error">{t('common:errors.notANumber')}</span>
          )}
        </label>
      ))}
    </ExerciseFrame>
  );
}
