import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { METRICS } from '../../../../shared/catalogue/metrics';
import type { CriteriaPack } from '../../../../shared/catalogue/types';
import type { Language } from '../../../../shared/package/enums';
import type { CellChange } from '../../../../shared/workbook';
import { useLanguage } from '../../app/LanguageContext';

export type ChangeDecision = 'accept' | 'reject';

/** An answer or result in the reader's words, the stored code beside it; other values as typed. */
function shown(c: CellChange, v: string | number | null, t: TFunction): string {
  if (v === null || v === '') return '—';
  const key =
    c.kind === 'vcp' && c.field === 'answer'
      ? `vcp:answers.${String(v)}`
      : c.kind === 'es' && c.field === 'result'
        ? `screening:check.${String(v)}`
        : null;
  if (key === null) return String(v);
  const word = t(key, { defaultValue: '' });
  return word && word !== key ? `${word} (${String(v)})` : String(v);
}

/** The question the cell answers, or the month of a figure; the id stays beside it. */
function itemLabel(c: CellChange, pack: CriteriaPack | undefined, lang: Language): string {
  const item =
    c.kind === 'vcp'
      ? pack?.vcpItems.find((i) => i.id === c.id)?.question[lang]
      : c.kind === 'es'
        ? pack?.esChecks.find((i) => i.id === c.id)?.question[lang]
        : undefined;
  return item ?? '';
}

function fieldLabel(c: CellChange, lang: Language, t: TFunction): string {
  if (c.kind === 'metric') {
    const metric = Object.hasOwn(METRICS, c.field)
      ? METRICS[c.field as keyof typeof METRICS]
      : undefined;
    return metric ? metric.label[lang] : c.field;
  }
  return t(`verify.field.${c.field}`, { defaultValue: c.field });
}

/**
 * Every cell someone changed outside GreenThread, one row each, with accept / reject. A value
 * the package cannot take (a word not on the list) can only be rejected.
 */
export function ChangesReview({
  changes,
  decisions,
  onDecide,
  pack,
}: {
  changes: readonly CellChange[];
  decisions: readonly ChangeDecision[];
  onDecide: (index: number, decision: ChangeDecision) => void;
  /** The submission's criteria pack, for the questions' words. */
  pack?: CriteriaPack;
}) {
  const { t } = useTranslation(['officer', 'common', 'vcp', 'screening']);
  const { language } = useLanguage();
  return (
    <table className="data" aria-label={t('import.changesTable')}>
      <thead>
        <tr>
          <th scope="col">{t('import.sheet')}</th>
          <th scope="col">{t('import.row')}</th>
          <th scope="col">{t('import.item')}</th>
          <th scope="col">{t('import.field')}</th>
          <th scope="col">{t('import.before')}</th>
          <th scope="col">{t('import.after')}</th>
          <th scope="col">{t('import.decision')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c, i) => {
          const name = `change-${String(i)}`;
          const label = `${c.sheet} ${String(c.row)} ${c.id}`;
          return (
            <tr key={name} data-testid="cell-change">
              <td>{c.sheet}</td>
              <td className="num">{c.row}</td>
              <td>
                {itemLabel(c, pack, language)} <code>{c.id}</code>
              </td>
              <td>{fieldLabel(c, language, t)}</td>
              <td>{shown(c, c.before, t)}</td>
              <td>
                {shown(c, c.after, t)} {c.unit ?? ''}
                {!c.valid && <span className="badge bad">{t('import.invalidValue')}</span>}
              </td>
              <td>
                <fieldset className="inline-choice">
                  <legend className="sr-only">{label}</legend>
                  <label>
                    <input
                      type="radio"
                      name={name}
                      checked={decisions[i] === 'accept'}
                      disabled={!c.valid}
                      onChange={() => onDecide(i, 'accept')}
                    />
                    {t('import.accept')}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name={name}
                      checked={decisions[i] === 'reject'}
                      onChange={() => onDecide(i, 'reject')}
                    />
                    {t('import.reject')}
                  </label>
                </fieldset>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
