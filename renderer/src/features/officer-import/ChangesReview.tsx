import { useTranslation } from 'react-i18next';
import type { CellChange } from '../../../../shared/workbook';

export type ChangeDecision = 'accept' | 'reject';

function shown(v: string | number | null): string {
  return v === null ? '—' : String(v);
}

/**
 * Every cell someone changed outside GreenThread, one row each, with accept / reject. A value
 * the package cannot take (a word not on the list) can only be rejected.
 */
export function ChangesReview({
  changes,
  decisions,
  onDecide,
}: {
  changes: readonly CellChange[];
  decisions: readonly ChangeDecision[];
  onDecide: (index: number, decision: ChangeDecision) => void;
}) {
  const { t } = useTranslation(['officer', 'common']);
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
                <code>{c.id}</code>
              </td>
              <td>{c.field}</td>
              <td>{shown(c.before)}</td>
              <td>
                {shown(c.after)} {c.unit ?? ''}
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
