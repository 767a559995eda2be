import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/LanguageContext';
import { diffPackages } from '../../../../../shared/workbook';
import { changeWords, saysSomething } from '../../../../../shared/words/fieldLabels';
import type { WordsPack } from '../../../../../shared/words/valueWords';
import { useAuditTrail } from '../../../db/hooks/useAuditTrail';
import { formatDate } from '../../../i18n/format';

/** Every recorded change to the green project, field by field, with before and after. */
export function ProjectChanges({ orgId, pack }: { orgId: string; pack: WordsPack }) {
  const { t } = useTranslation(['officer', 'common']);
  const { language } = useLanguage();
  const events = useAuditTrail({ orgId });
  const changes = (events ?? [])
    .filter((e) => e.entity === 'project' && e.action === 'update')
    .flatMap((e) =>
      diffPackages(e.before ?? {}, e.after ?? {})
        .filter(saysSomething)
        .map((d) => {
          // The audit keeps the project itself; its paths are read as the package's project.
          const words = changeWords(
            { ...d, path: ['project', ...d.path] },
            { lang: language, pack, roots: [{ project: e.after }, { project: e.before }] },
          );
          return { ...words, key: `${String(e.seq)}-${words.key}`, at: e.at, who: e.who };
        }),
    );
  return (
    <section className="panel" aria-labelledby="changes-title">
      <h3 id="changes-title">{t('green.changes')}</h3>
      {changes.length === 0 ? (
        <p className="hint">{t('green.noChanges')}</p>
      ) : (
        <table className="data" data-testid="project-changes">
          <thead>
            <tr>
              <th scope="col">{t('green.when')}</th>
              <th scope="col">{t('green.who')}</th>
              <th scope="col">{t('import.field')}</th>
              <th scope="col">{t('green.before')}</th>
              <th scope="col">{t('green.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.key}>
                <td>{formatDate(c.at, language)}</td>
                <td>{c.who || '—'}</td>
                <td>{c.label}</td>
                <td>{c.before}</td>
                <td>{c.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
