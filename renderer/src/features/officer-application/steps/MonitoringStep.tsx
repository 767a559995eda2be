import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/LanguageContext';
import { formatDate } from '../../../i18n/format';
import { applicationSchedule } from '../applicationSchedule';
import { MONITORING_SOURCE } from '../../../../../shared/officer-record/monitoring';
import type { ApplicationData } from '../useApplicationData';

export function MonitoringStep({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['screening', 'common']);
  const { language } = useLanguage();
  const es = data.results.es;
  const titles = new Map(es.documents.map((d) => [d.id, d.title[language]]));
  const schedule = applicationSchedule(data);
  return (
    <section aria-labelledby="monitoring-title">
      <h2 id="monitoring-title">{t('monitoring.title')}</h2>
      <p className="lead">
        {t('monitoring.intro', { category: es.finalCategory, years: data.terms.termYears })}
      </p>
      {!data.terms.signingDate && <p className="hint">{t('monitoring.fromToday')}</p>}
      <table className="data" data-testid="monitoring">
        <thead>
          <tr>
            <th scope="col">{t('monitoring.due')}</th>
            <th scope="col">{t('monitoring.what')}</th>
          </tr>
        </thead>
        <tbody>
          {schedule.map((m) => (
            <tr key={`${m.kind}-${m.due}-${m.ref ?? ''}`}>
              <td>{formatDate(m.due, language)}</td>
              <td>
                {t(`monitoring.kind.${m.kind}`)}
                {m.ref ? `: ${titles.get(m.ref) ?? m.ref}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">[D] {MONITORING_SOURCE[language]}</p>
      <h3>{t('documents.missing')}</h3>
      {es.outstandingDocuments.length === 0 ? (
        <p className="pass">{t('documents.allHere')}</p>
      ) : (
        <ul>
          {es.documents
            .filter((d) => d.outstanding)
            .map((d) => (
              <li key={d.id}>
                {d.title[language]}: {t(`documents.states.${d.state}`)}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
