import { useTranslation } from 'react-i18next';
import type { PackageDifference } from '../../../../shared/workbook';
import { changeWords, saysSomething } from '../../../../shared/words/fieldLabels';
import type { WordsPack } from '../../../../shared/words/valueWords';
import { useLanguage } from '../../app/LanguageContext';

/** What the MSME changed since the officer's last import of the same organisation. */
export function ResubmissionDiff({
  orgName,
  differences,
  records,
  pack,
}: {
  orgName: string;
  differences: readonly PackageDifference[] | null;
  /** The new package, then the last import: the lists the changes index into. */
  records: readonly unknown[];
  pack: WordsPack | undefined;
}) {
  const { t } = useTranslation(['officer', 'common']);
  const { language } = useLanguage();
  const rows = (differences ?? [])
    .filter(saysSomething)
    .map((d) => changeWords(d, { lang: language, pack, roots: records }));
  return (
    <section className="panel" aria-labelledby="resubmission-title">
      <h2 id="resubmission-title">{t('import.resubmission', { name: orgName })}</h2>
      {differences === null ? (
        <p className="hint">{t('import.noPreviousCopy')}</p>
      ) : rows.length === 0 ? (
        <p>{t('import.noChangesSince')}</p>
      ) : (
        <>
          <p>{t('import.changesSince', { count: rows.length })}</p>
          <table className="data" aria-label={t('import.changesSinceTable')}>
            <thead>
              <tr>
                <th scope="col">{t('import.field')}</th>
                <th scope="col">{t('import.previously')}</th>
                <th scope="col">{t('import.now')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-testid="resubmission-change">
                  <td>{r.label}</td>
                  <td>{r.before}</td>
                  <td>{r.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
