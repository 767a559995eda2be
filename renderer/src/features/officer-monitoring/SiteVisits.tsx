import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  adoptSchedule,
  defaultVisitSlot,
  recordSiteVisit,
} from '../../../../shared/monitoring/schedule';
import type { MonitoringItem } from '../../../../shared/officer-record/monitoring';
import { useLanguage } from '../../app/LanguageContext';
import { updateApplicationMonitoring } from '../../db/repositories/applications';
import { formatDate } from '../../i18n/format';
import type { ApplicationData } from '../officer-application/useApplicationData';

/** Site visits: date, who went, what they found; a visit marks the scheduled one it counts as. */
export function SiteVisits({
  data,
  generated,
}: {
  data: ApplicationData;
  generated: readonly MonitoringItem[];
}) {
  const { t } = useTranslation(['monitoring', 'common']);
  const { language } = useLanguage();
  const record = data.app.monitoring;
  const entries = record?.schedule ?? adoptSchedule(generated);
  const open = entries
    .filter((e) => e.kind === 'site_visit' && !e.doneOn)
    .sort((a, b) => a.due.localeCompare(b.due));
  const slot = defaultVisitSlot(entries);
  const [date, setDate] = useState(data.today);
  const [by, setBy] = useState('');
  const [findings, setFindings] = useState('');
  const [scheduleId, setScheduleId] = useState<string | null>(null);
  const chosen = scheduleId ?? slot?.id ?? '';
  const visits = record?.visits ?? [];

  async function save() {
    await updateApplicationMonitoring(data.app.id, (r) =>
      recordSiteVisit(r, generated, {
        date,
        by: by.trim(),
        findings: findings.trim(),
        ...(chosen ? { scheduleId: chosen } : {}),
      }),
    );
    setBy('');
    setFindings('');
    setScheduleId(null);
  }

  return (
    <section aria-labelledby="mon-visits" className="panel">
      <h2 id="mon-visits">{t('visits.title')}</h2>
      {visits.length === 0 ? (
        <p className="hint">{t('visits.none')}</p>
      ) : (
        <table className="data" data-testid="site-visits">
          <thead>
            <tr>
              <th scope="col">{t('visits.date')}</th>
              <th scope="col">{t('visits.by')}</th>
              <th scope="col">{t('visits.findings')}</th>
            </tr>
          </thead>
          <tbody>
            {visits.map((v) => (
              <tr key={v.id}>
                <td>{formatDate(v.date, language)}</td>
                <td>{v.by}</td>
                <td className="pre">{v.findings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="mon-visit"
        onSubmit={(e) => {
          e.preventDefault();
          if (date && by.trim() && findings.trim()) void save();
        }}
      >
        <h3>{t('visits.record')}</h3>
        <label>
          {t('visits.date')}
          <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          {t('visits.by')}
          <input
            type="text"
            required
            value={by}
            maxLength={500}
            placeholder={t('visits.byHint')}
            onChange={(e) => setBy(e.target.value)}
          />
        </label>
        <label className="wide">
          {t('visits.findings')}
          <textarea
            required
            rows={3}
            value={findings}
            maxLength={10_000}
            onChange={(e) => setFindings(e.target.value)}
          />
        </label>
        <label>
          {t('visits.countsAs')}
          <select value={chosen} onChange={(e) => setScheduleId(e.target.value)}>
            <option value="">{t('visits.notScheduled')}</option>
            {open.map((e) => (
              <option key={e.id} value={e.id}>
                {t('visits.scheduledOn', { date: formatDate(e.due, language) })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          {t('visits.save')}
        </button>
      </form>
    </section>
  );
}
