import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/LanguageContext';
import type { ApplicationData } from '../useApplicationData';
import { dataVerdictLines } from '../dataVerdictWords';

export function FindingsStep({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['screening', 'common', 'verdicts']);
  const { language } = useLanguage();
  const es = data.results.es;
  const checks = new Map(data.pack.esChecks.map((c) => [c.id, c]));
  const findings = es.checks.filter((c) => c.status === 'finding');
  const outstanding = es.documents.filter((d) => d.outstanding);
  const dataLines = dataVerdictLines(
    es.checks,
    (id) => checks.get(id)?.question[language] ?? id,
    es.documents,
    language,
    (k, p) => t(k, p ?? {}),
  );
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title">{t('findings.title')}</h2>
      <p data-testid="findings-count">
        {t('findings.summary', {
          total: es.findings.total,
          high: es.findings.high,
          medium: es.findings.medium,
          low: es.findings.low,
        })}
      </p>
      {es.unconfirmed > 0 && (
        <p className="hint">{t('findings.unconfirmed', { count: es.unconfirmed })}</p>
      )}
      {findings.length === 0 ? (
        <p className="pass">{t('findings.none')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('findings.check')}</th>
              <th scope="col">{t('findings.issue')}</th>
              <th scope="col">{t('check.severity')}</th>
              <th scope="col">{t('note')}</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((f) => (
              <tr key={f.id} data-testid="finding">
                <td>
                  <code>{f.id}</code>
                </td>
                <td>{checks.get(f.id)?.question[language] ?? f.id}</td>
                <td>
                  <span className={f.severity === 'high' ? 'badge bad' : 'badge warn'}>
                    {f.severity ? t(`severity.${f.severity}`) : '—'}
                  </span>
                </td>
                <td>{f.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dataLines.length > 0 && (
        <>
          <h3>{t('overData.title')}</h3>
          <ul data-testid="data-verdicts">
            {dataLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('documents.missing')}</h3>
      {outstanding.length === 0 ? (
        <p className="pass">{t('documents.allHere')}</p>
      ) : (
        <ul>
          {outstanding.map((d) => (
            <li key={d.id}>
              {d.title[language]}: {t(`documents.states.${d.state}`)}
              {d.expiresOn ? ` (${d.expiresOn})` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
