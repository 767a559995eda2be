import { useTranslation } from 'react-i18next';
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
  onChange: (which: 'baseline' | 'projected', field: FigureField, value: string) => void;
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
          <tr key={field}>
            <th scope="row">{t(`figures.${field}`)}</th>
            {cell('baseline', field, baseline[field])}
            {cell('projected', field, projected[field])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
