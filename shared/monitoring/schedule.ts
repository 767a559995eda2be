// The officer's monitoring schedule: the generated one (monitoringSchedule) until the officer
// adopts it, then the officer's own list, which a re-scoring never rewrites.
import type { MonitoringItem } from '../officer-record/monitoring';
import type { MonitoringRecord, ScheduleEntry, SiteVisit } from './record';

/** Generated items as editable entries, numbered in date order ("m1", "m2", …). */
export function adoptSchedule(generated: readonly MonitoringItem[]): ScheduleEntry[] {
  return generated.map((m, i) => ({
    id: `m${String(i + 1)}`,
    kind: m.kind,
    due: m.due,
    ...(m.ref ? { ref: m.ref } : {}),
  }));
}

/** The schedule that applies: the officer's, once adopted; otherwise the generated one. */
export function effectiveSchedule(
  record: MonitoringRecord | undefined,
  generated: readonly MonitoringItem[],
): MonitoringItem[] {
  if (!record?.schedule) return [...generated];
  return record.schedule
    .map((e) => ({
      kind: e.kind,
      due: e.due,
      ...(e.ref ? { ref: e.ref } : {}),
      ...(e.note ? { note: e.note } : {}),
      ...(e.doneOn ? { doneOn: e.doneOn } : {}),
    }))
    .sort((a, b) => a.due.localeCompare(b.due) || a.kind.localeCompare(b.kind));
}

function nextEntryId(entries: readonly ScheduleEntry[]): string {
  let max = 0;
  for (const e of entries) {
    const n = /^m(\d+)$/.exec(e.id);
    if (n) max = Math.max(max, Number(n[1]));
  }
  return `m${String(max + 1)}`;
}

/** Adds an entry to an adopted schedule (adopting the generated one first if needed). */
export function addScheduleEntry(
  record: MonitoringRecord,
  generated: readonly MonitoringItem[],
  entry: Omit<ScheduleEntry, 'id'>,
): MonitoringRecord {
  const schedule = record.schedule ?? adoptSchedule(generated);
  return { ...record, schedule: [...schedule, { ...entry, id: nextEntryId(schedule) }] };
}

/** Changes one entry; `patch` fields set to undefined are removed. */
export function updateScheduleEntry(
  record: MonitoringRecord,
  generated: readonly MonitoringItem[],
  entryId: string,
  patch: Partial<Omit<ScheduleEntry, 'id'>>,
): MonitoringRecord {
  const schedule = (record.schedule ?? adoptSchedule(generated)).map((e) => {
    if (e.id !== entryId) return e;
    const merged = { ...e, ...patch };
    // A field cleared by the officer is removed, not stored empty.
    return Object.fromEntries(
      Object.entries(merged).filter(([, v]) => v !== undefined && v !== ''),
    ) as ScheduleEntry;
  });
  return { ...record, schedule };
}

export function removeScheduleEntry(
  record: MonitoringRecord,
  generated: readonly MonitoringItem[],
  entryId: string,
): MonitoringRecord {
  const schedule = (record.schedule ?? adoptSchedule(generated)).filter((e) => e.id !== entryId);
  return { ...record, schedule };
}

/**
 * The scheduled visit a visit on `date` most likely fulfils: the earliest site visit not yet done.
 * Offered as the default; the officer can choose another or none.
 */
export function defaultVisitSlot(schedule: readonly ScheduleEntry[]): ScheduleEntry | undefined {
  return schedule
    .filter((e) => e.kind === 'site_visit' && !e.doneOn)
    .sort((a, b) => a.due.localeCompare(b.due))[0];
}

/** Records a visit; the scheduled visit it counts as is marked done on the visit's date. */
export function recordSiteVisit(
  record: MonitoringRecord,
  generated: readonly MonitoringItem[],
  visit: Omit<SiteVisit, 'id'>,
): MonitoringRecord {
  const schedule = (record.schedule ?? adoptSchedule(generated)).map((e) =>
    e.id === visit.scheduleId ? { ...e, doneOn: visit.date } : e,
  );
  const n = record.visits.length + 1;
  let id = `v${String(n)}`;
  for (let k = n; record.visits.some((v) => v.id === id); k++) id = `v${String(k + 1)}`;
  const visits = [...record.visits, { ...visit, id }].sort((a, b) => a.date.localeCompare(b.date));
  return { ...record, schedule, visits };
}

/** Back to the generated schedule: the officer's dates, notes and done marks are dropped. */
export function resetSchedule(record: MonitoringRecord): MonitoringRecord {
  const next = { ...record };
  delete next.schedule;
  return next;
}
