import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { COAL_TYPES } from '../../../../shared/package/enums';
import { FIGURE_FIELDS, type FieldErrors, type FigureField, type FiguresText } from './projectForm';

/** Baseline and projected annual figures side by side, one row per carrier. */
export function FiguresTable({
  baseline,
  projected,
  errors,
  onChange,
}: {
  baseline: FiguresText;
  projected: FiguresText;
  errors: FieldErrors;
  onChange: (
    which: 'baseline' | 'projected',
    field: FigureField | 'coalType',
    value: string,
  ) => void;
}) {
  const { t } = useTranslation(['project', 'common']);
  const cell = (which: 'baseline' | 'projected', field: FigureField, value: string) => {
    const err = errors[`${which}.${field}`];
    return (
      <td>
        <input
          inputMode="decimal"
          aria-label={`${t(`figures.${field}`)} — ${t(which === 'baseline' ? 'baseline' : 'projected')}`}
          aria-invalid={err !== undefined}
          value={value}
          onChange={(ev) => onChange(which, field, ev.target.value)}
        />
        {err && <div className="error">{t(`errors.${err}`)}</div>}
      </td>
    );
  };
  const coalType = (which: 'baseline' | 'projected', value: string) => (
    <td>
      <select
        aria-label={`${t('figures.coalType')} — ${t(which === 'baseline' ? 'baseline' : 'projected')}`}
        value={value}
        onChange={(ev) => onChange(which, 'coalType', ev.target.value)}
      >
        {['', ...COAL_TYPES].map((c) => (
          <option key={c} value={c}>
            {t(`coalTypes.${c}`)}
          </option>
        ))}
      </select>
    </td>
  );
  return (
    <table className="data figures-table">
      <thead>
        <tr>
          <th scope="col">{t('figures.item')}</th>
          <th scope="col">{t('baseline')}</th>
          <th scope="col">{t('projected')}</th>
        </tr>
      </thead>
      <tbody>
        {FIGURE_FIELDS.map((field) => (
          <Fragment key={field}>
            <tr>
              <th scope="row">{t(`figures.${field}`)}</th>
              {cell('baseline', field, baseline[field])}
              {cell('projected', field, projected[field])}
            </tr>
            {field === 'coalT' && (
              <tr>
                <th scope="row">{t('figures.coalType')}</th>
                {coalType('baseline', baseline.coalType)}
                {coalType('projected', projected.coalType)}
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
