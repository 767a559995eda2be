import { useTranslation } from 'react-i18next';
import type { PackageDifference } from '../../../../shared/workbook';
import { pathLabel } from './previousSubmission';

function shown(v: unknown): string {
  if (v === undefined) return '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** What the MSME changed since the officer's last import of the same organisation. */
export function ResubmissionDiff({
  orgName,
  differences,
}: {
  orgName: string;
  differences: readonly PackageDifference[] | null;
}) {
  const { t } = useTranslation(['officer', 'common']);
  return (
    <section className="panel" aria-labelledby="resubmission-title">
      <h2 id="resubmission-title">{t('import.resubmission', { name: orgName })}</h2>
      {differences === null ? (
        <p className="hint">{t('import.noPreviousCopy')}</p>
      ) : differences.length === 0 ? (
        <p>{t('import.noChangesSince')}</p>
      ) : (
        <>
          <p>{t('import.changesSince', { count: differences.length })}</p>
          <table className="data" aria-label={t('import.changesSinceTable')}>
            <thead>
              <tr>
                <th scope="col">{t('import.field')}</th>
                <th scope="col">{t('import.previously')}</th>
                <th scope="col">{t('import.now')}</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((d) => (
                <tr key={pathLabel(d)} data-testid="resubmission-change">
                  <td>
                    <code>{pathLabel(d)}</code>
                  </td>
                  <td>{shown(d.before)}</td>
                  <td>{shown(d.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
