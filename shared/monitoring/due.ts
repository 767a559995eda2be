// What is due after the loan, and what is overdue: the monitoring schedule's open items and the
// ESAP items (covenants and conditions precedent included) not done by their deadline. One rule
// for the application's Monitoring tab, the portfolio and its export.
import type { ActionStatus } from '../package/enums';
import type { MonitoringItem, MonitoringKind } from '../officer-record/monitoring';

/** The fields of an ESAP item this rule reads. */
export interface EsapDueInput {
  id: string;
  action: string;
  deadline?: string;
  status: ActionStatus;
  conditionPrecedent?: boolean;
  covenant?: string;
}

export type DueItem =
  | { source: 'schedule'; due: string; kind: MonitoringKind; ref?: string; note?: string }
  | {
      source: 'esap';
      due: string;
      id: string;
      action: string;
      conditionPrecedent: boolean;
      covenant?: string;
    };

export interface DueState {
  /** The earliest open item due today or later; null when nothing is ahead. */
  nextDue: DueItem | null;
  /** Open items whose day has passed (due before today), earliest first. */
  overdue: DueItem[];
}

/** An ESAP item still to be done: open or in progress (done and cancelled are closed). */
export function esapOpen(status: ActionStatus): boolean {
  return status === 'open' || status === 'in_progress';
}

function scheduleDue(m: MonitoringItem): DueItem {
  return {
    source: 'schedule',
    due: m.due,
    kind: m.kind,
    ...(m.ref ? { ref: m.ref } : {}),
    ...(m.note ? { note: m.note } : {}),
  };
}

function esapDue(a: EsapDueInput & { deadline: string }): DueItem {
  return {
    source: 'esap',
    due: a.deadline,
    id: a.id,
    action: a.action,
    conditionPrecedent: a.conditionPrecedent === true,
    ...(a.covenant ? { covenant: a.covenant } : {}),
  };
}

/** The days on which an open ESAP item is due. */
function openDeadlines(esap: readonly EsapDueInput[]): Set<string> {
  const days = new Set<string>();
  for (const a of esap) if (a.deadline && esapOpen(a.status)) days.add(a.deadline);
  return days;
}

/**
 * One overdue rule: an ESAP item counts once. The generated schedule holds an ESAP review on
 * each open item's deadline; while an open item is due that day, the item itself is what is
 * due (listed by its action), so the review is not counted beside it. A review on a day with
 * no open item (all done, or one the officer added) counts as itself.
 */
function counted(m: MonitoringItem, esapDays: ReadonlySet<string>): boolean {
  return !m.doneOn && !(m.kind === 'esap_review' && esapDays.has(m.due));
}

/** Every open item with a day, earliest first: schedule items not done, open ESAP deadlines. */
export function dueItems(
  schedule: readonly MonitoringItem[],
  esap: readonly EsapDueInput[],
): DueItem[] {
  const items: DueItem[] = [];
  const esapDays = openDeadlines(esap);
  for (const m of schedule) if (counted(m, esapDays)) items.push(scheduleDue(m));
  for (const a of esap) {
    if (a.deadline && esapOpen(a.status)) items.push(esapDue({ ...a, deadline: a.deadline }));
  }
  return items.sort((a, b) => a.due.localeCompare(b.due));
}

/**
 * Due today is not overdue; the day after is. Dates are ISO days, compared as text. One pass
 * without building every item: the portfolio runs this for 5,000 applications on each update.
 * On equal days a schedule item comes before an ESAP item, as in dueItems.
 */
export function dueState(
  schedule: readonly MonitoringItem[],
  esap: readonly EsapDueInput[],
  today: string,
): DueState {
  const overdue: DueItem[] = [];
  let nextSchedule: MonitoringItem | null = null;
  let nextEsap: (EsapDueInput & { deadline: string }) | null = null;
  const esapDays = openDeadlines(esap);
  for (const m of schedule) {
    if (!counted(m, esapDays)) continue;
    if (m.due < today) overdue.push(scheduleDue(m));
    else if (!nextSchedule || m.due < nextSchedule.due) nextSchedule = m;
  }
  for (const a of esap) {
    const d = a.deadline;
    if (!d || !esapOpen(a.status)) continue;
    if (d < today) overdue.push(esapDue({ ...a, deadline: d }));
    else if (!nextEsap || d < nextEsap.deadline) nextEsap = { ...a, deadline: d };
  }
  let nextDue: DueItem | null = null;
  if (nextSchedule && (!nextEsap || nextSchedule.due <= nextEsap.deadline)) {
    nextDue = scheduleDue(nextSchedule);
  } else if (nextEsap) nextDue = esapDue(nextEsap);
  if (overdue.length > 1) overdue.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return { nextDue, overdue };
}
