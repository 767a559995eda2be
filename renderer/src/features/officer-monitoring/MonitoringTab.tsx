import { useTranslation } from 'react-i18next';
import { dueState } from '../../../../shared/monitoring/due';
import { useLanguage } from '../../app/LanguageContext';
import { formatDate } from '../../i18n/format';
import { applicationSchedule, generatedSchedule } from '../officer-application/applicationSchedule';
import { isEsapAction } from '../officer-application/screeningModel';
import type { ApplicationData } from '../officer-application/useApplicationData';
import { DueList } from './DueList';
import { EsapTracking } from './EsapTracking';
import { MeasuredPanel } from './MeasuredPanel';
import { ScheduleEditor } from './ScheduleEditor';
import { SiteVisits } from './SiteVisits';
import './officer-monitoring.css';

/**
 * After the loan: what is overdue and due next, the officer's own monitoring schedule, site
 * visits, and the status of every ESAP item and covenant with its evidence. Stays editable after
 * sign-off: monitoring is what happens once the decision is locked.
 */
export function MonitoringTab({ data }: { data: ApplicationData }) {
  const { t } = useTranslation(['monitoring', 'screening']);
  const { language } = useLanguage();
  const generated = generatedSchedule(data);
  const schedule = applicationSchedule(data);
  const esap = data.pkg.actions.filter(isEsapAction);
  const due = dueState(schedule, esap, data.today);
  const titles = new Map(data.results.es.documents.map((d) => [d.id, d.title[language]]));
  return (
    <div className="officer-monitoring">
      <section aria-labelledby="mon-due" className="panel">
        <h2 id="mon-due">{t('due.title', { date: formatDate(data.today, language) })}</h2>
        {!data.terms.signingDate && <p className="hint">{t('due.noSigningDate')}</p>}
        {due.overdue.length === 0 ? (
          <p className="pass" data-testid="monitoring-no-overdue">
            {t('due.noneOverdue')}
          </p>
        ) : (
          <>
            <h3 className="overdue">{t('due.overdue', { count: due.overdue.length })}</h3>
            <DueList items={due.overdue} titles={titles} testId="monitoring-overdue" />
          </>
        )}
        <h3>{t('due.next')}</h3>
        {due.nextDue ? (
          <DueList items={[due.nextDue]} titles={titles} testId="monitoring-next" />
        ) : (
          <p className="hint">{t('due.nothingAhead')}</p>
        )}
      </section>
      <MeasuredPanel data={data} />
      <ScheduleEditor data={data} generated={generated} schedule={schedule} titles={titles} />
      <SiteVisits data={data} generated={generated} />
      <EsapTracking data={data} items={esap} />
    </div>
  );
}
