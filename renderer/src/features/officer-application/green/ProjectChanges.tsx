import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/LanguageContext';
import { diffPackages } from '../../../../../shared/workbook';
import { useAuditTrail } from '../../../db/hooks/useAuditTrail';
import { formatDate } from '../../../i18n/format';

function shown(v: unknown): string {
  return v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
}

/** Every recorded change to the green project, field by field, with before and after. */
export function ProjectChanges({ orgId }: { orgId: string }) {
  const { t } = useTranslation(['officer', 'common']);
  const { language } = useLanguage();
  const events = useAuditTrail({ orgId });
  const changes = (events ?? [])
    .filter((e) => e.entity === 'project' && e.action === 'update')
    .flatMap((e) =>
      diffPackages(e.before ?? {}, e.after ?? {}).map((d) => ({
        key: `${String(e.seq)}-${d.path.join('.')}`,
        at: e.at,
        who: e.who,
        field: d.path.join('.'),
        before: d.before,
        after: d.after,
      })),
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
                <td>
                  <code>{c.field}</code>
                </td>
                <td>{shown(c.before)}</td>
                <td>{shown(c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
