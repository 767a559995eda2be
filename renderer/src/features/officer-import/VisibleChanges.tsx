import { useTranslation } from 'react-i18next';
import type { VisibleChange } from '../../../../shared/workbook';
import { safeLine } from '../../../../shared/workbook/safeText';

/** File text, made safe to show (control and direction characters made visible). */
function shown(v: string | null): string {
  return v === null || v === '' ? '—' : safeLine(v, 200);
}

/**
 * Every other visible difference verify found: a cell (sheet, address, the label a person sees,
 * before → after), a row added or deleted, a sheet missing, hidden or added.
 */
export function VisibleChanges({ changes }: { changes: readonly VisibleChange[] }) {
  const { t } = useTranslation('officer');
  if (changes.length === 0) return null;
  return (
    <table className="data" aria-label={t('verify.visibleTable')}>
      <thead>
        <tr>
          <th scope="col">{t('import.sheet')}</th>
          <th scope="col">{t('verify.where')}</th>
          <th scope="col">{t('verify.what')}</th>
          <th scope="col">{t('verify.label')}</th>
          <th scope="col">{t('verify.before')}</th>
          <th scope="col">{t('verify.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c, i) => (
          <tr key={`${c.sheet}-${c.cell}-${String(i)}`} data-testid="visible-change">
            <td>{safeLine(c.sheet, 31)}</td>
            <td>
              {c.kind === 'cell' ? c.cell : c.row > 0 ? t('verify.rowNumber', { row: c.row }) : '—'}
            </td>
            <td>{t(`verify.kind.${c.kind}`)}</td>
            <td>{shown(c.label)}</td>
            <td>{shown(c.before)}</td>
            <td>{shown(c.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
