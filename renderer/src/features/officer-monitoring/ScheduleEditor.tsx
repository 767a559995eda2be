import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleEntry } from '../../../../shared/monitoring/record';
import {
  addScheduleEntry,
  adoptSchedule,
  removeScheduleEntry,
  resetSchedule,
  updateScheduleEntry,
} from '../../../../shared/monitoring/schedule';
import {
  MONITORING_KINDS,
  MONITORING_SOURCE,
  type MonitoringItem,
  type MonitoringKind,
} from '../../../../shared/officer-record/monitoring';
import { useLanguage } from '../../app/LanguageContext';
import { updateApplicationMonitoring } from '../../db/repositories/applications';
import type { ApplicationData } from '../officer-application/useApplicationData';

/**
 * The monitoring schedule the officer can edit. Until the first edit it is the generated one
 * (calendar months from signing); the first change keeps a copy of the officer's own, which the
 * memo prints and a re-scoring never rewrites.
 */
export function ScheduleEditor({
  data,
  generated,
  schedule,
  titles,
}: {
  data: ApplicationData;
  generated: readonly MonitoringItem[];
  schedule: readonly MonitoringItem[];
  titles: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation(['monitoring', 'screening', 'common']);
  const { language } = useLanguage();
  const record = data.app.monitoring;
  const adopted = record?.schedule !== undefined;
  const entries = [...(record?.schedule ?? adoptSchedule(generated))].sort(
    (a, b) => a.due.localeCompare(b.due) || a.kind.localeCompare(b.kind),
  );
  const [kind, setKind] = useState<MonitoringKind>('site_visit');
  const [due, setDue] = useState('');
  const [note, setNote] = useState('');

  const change = (fn: Parameters<typeof updateApplicationMonitoring>[1]) =>
    void updateApplicationMonitoring(data.app.id, fn);
  const patch = (id: string, p: Partial<Omit<ScheduleEntry, 'id'>>) =>
    change((r) => updateScheduleEntry(r, generated, id, p));

  return (
    <section aria-labelledby="mon-schedule" className="panel">
      <h2 id="mon-schedule">{t('schedule.title')}</h2>
      <p className="hint">
        {adopted ? t('schedule.edited') : t('schedule.generated')} [D] {MONITORING_SOURCE[language]}
      </p>
      {schedule.length === 0 && <p className="hint">{t('schedule.empty')}</p>}
      {entries.length > 0 && (
        <table className="data" data-testid="monitoring-schedule">
          <thead>
            <tr>
              <th scope="col">{t('schedule.due')}</th>
              <th scope="col">{t('schedule.what')}</th>
              <th scope="col">{t('schedule.note')}</th>
              <th scope="col">{t('schedule.doneOn')}</th>
              <th scope="col">
                <span className="sr-only">{t('common:delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const what = `${t(`screening:monitoring.kind.${e.kind}`)}${
                e.ref ? `: ${titles.get(e.ref) ?? e.ref}` : ''
              }`;
              return (
                <tr key={`${e.id}-${e.due}-${e.note ?? ''}-${e.doneOn ?? ''}`}>
                  <td>
                    <input
                      type="date"
                      aria-label={t('schedule.dueOf', { what })}
                      defaultValue={e.due}
                      onBlur={(ev) => {
                        if (ev.target.value && ev.target.value !== e.due)
                          patch(e.id, { due: ev.target.value });
                      }}
                    />
                  </td>
                  <td>{what}</td>
                  <td>
                    <input
                      type="text"
                      aria-label={t('schedule.noteOf', { what })}
                      defaultValue={e.note ?? ''}
                      maxLength={10_000}
                      onBlur={(ev) => {
                        if (ev.target.value !== (e.note ?? ''))
                          patch(e.id, { note: ev.target.value });
                      }}
                    />
                  </td>
                  <td>
                    <input
                      type="date"
                      aria-label={t('schedule.doneOnOf', { what })}
                      defaultValue={e.doneOn ?? ''}
                      onBlur={(ev) => {
                        if (ev.target.value !== (e.doneOn ?? ''))
                          patch(e.id, { doneOn: ev.target.value });
                      }}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('schedule.removeOf', { what })}
                      onClick={() => change((r) => removeScheduleEntry(r, generated, e.id))}
                    >
                      {t('common:delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <form
        className="mon-add"
        onSubmit={(ev) => {
          ev.preventDefault();
          if (!due) return;
          change((r) =>
            addScheduleEntry(r, generated, {
              kind,
              due,
              ...(note.trim() ? { note: note.trim() } : {}),
            }),
          );
          setDue('');
          setNote('');
        }}
      >
        <label>
          {t('schedule.addKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as MonitoringKind)}>
            {MONITORING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`screening:monitoring.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('schedule.due')}
          <input type="date" value={due} required onChange={(e) => setDue(e.target.value)} />
        </label>
        <label>
          {t('schedule.note')}
          <input
            type="text"
            value={note}
            maxLength={10_000}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <button type="submit">{t('schedule.add')}</button>
      </form>
      {adopted && (
        <p>
          <button type="button" onClick={() => change(resetSchedule)} data-testid="schedule-reset">
            {t('schedule.reset')}
          </button>{' '}
          <span className="hint">{t('schedule.resetHint')}</span>
        </p>
      )}
    </section>
  );
}
