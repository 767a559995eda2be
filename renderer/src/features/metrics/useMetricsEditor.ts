import { useEffect, useMemo, useRef, useState } from 'react';
import type { MetricId } from '../../../../shared/catalogue/metricIds';
import type { Process } from '../../../../shared/package/enums';
import { setMetricValue } from '../../db/repositories/periods';
import { numberText, rowUnit, storedInUnit, type StoredYear } from './cellEntry';
import { buildGridModel, entryFor, entryKey, type GridModel, type GridState } from './gridModel';
import { cellKey, type GridRow } from './gridRows';
import { metricsJournalKey, recoverPendingCells, type PendingCell } from './metricsJournal';
import { useSaveQueue, type SaveQueue } from './useSaveQueue';

function scheduleCell(queue: SaveQueue, cell: PendingCell): void {
  queue.schedule(
    entryKey(cell.metricId, cell.period),
    () => setMetricValue(cell.orgId, cell.period, cell.metricId, cell.entry),
    cell,
  );
}

export interface CellChange {
  row: GridRow;
  period: string;
  text: string;
}

export interface MetricsEditor {
  model: GridModel;
  setCells: (changes: readonly CellChange[]) => void;
  setUnit: (metricId: MetricId, unit: string) => void;
  keepAndExplain: (metricId: MetricId, period: string, text: string) => void;
  saving: number;
  saveError: unknown;
  flush: () => Promise<void>;
}

/**
 * The grid's editing state: typed texts stay on screen exactly as typed; every change schedules
 * the affected metric-month to be rebuilt from the newest state and written with setMetricValue.
 */
export function useMetricsEditor(
  orgId: string,
  rows: readonly GridRow[],
  months: readonly string[],
  stored: StoredYear,
  processes: readonly Process[],
): MetricsEditor {
  const [state, setState] = useState<GridState>({ drafts: {}, explanations: {}, chosenUnits: {} });
  const queue = useSaveQueue(400, metricsJournalKey(orgId));
  // Cell writes a reload cut off last time are written now (once, even when effects run twice).
  const replayed = useRef(false);
  useEffect(() => {
    if (replayed.current) return;
    replayed.current = true;
    const pending = recoverPendingCells(orgId);
    for (const cell of pending) scheduleCell(queue, cell);
    if (pending.length > 0) void queue.flush();
  }, [orgId, queue]);
  const model = useMemo(
    () => buildGridModel(rows, months, stored, state, processes),
    [rows, months, stored, state, processes],
  );

  function save(next: GridState, metricId: MetricId, period: string) {
    const unit = rowUnit(metricId, months, stored, next.chosenUnits[metricId]);
    const r = entryFor(metricId, period, unit, stored, next, processes);
    if (r.kind === 'invalid') return;
    scheduleCell(queue, {
      orgId,
      period,
      metricId,
      entry: r.kind === 'clear' ? null : r.value,
    });
  }

  function setCells(changes: readonly CellChange[]) {
    if (changes.length === 0) return;
    const drafts = { ...state.drafts };
    for (const c of changes) drafts[cellKey(c.row.key, c.period)] = c.text;
    const next = { ...state, drafts };
    setState(next);
    const touched = new Set(changes.map((c) => `${c.row.metricId}|${c.period}`));
    for (const t of touched) {
      const [metricId, period] = t.split('|') as [MetricId, string];
      save(next, metricId, period);
    }
  }

  /** A new unit relabels the row: the numbers stay as shown and are now read in that unit. */
  function setUnit(metricId: MetricId, unit: string) {
    const old = rowUnit(metricId, months, stored, state.chosenUnits[metricId]);
    if (old === unit) return;
    const drafts = { ...state.drafts };
    for (const period of months) {
      const key = cellKey(metricId, period);
      const s = stored[period]?.[metricId];
      if (drafts[key] === undefined && s) drafts[key] = numberText(storedInUnit(metricId, s, old));
    }
    const next = { ...state, drafts, chosenUnits: { ...state.chosenUnits, [metricId]: unit } };
    setState(next);
    for (const period of months) {
      if (drafts[cellKey(metricId, period)] !== undefined) save(next, metricId, period);
    }
  }

  function keepAndExplain(metricId: MetricId, period: string, text: string) {
    const next = {
      ...state,
      explanations: { ...state.explanations, [entryKey(metricId, period)]: text },
    };
    setState(next);
    save(next, metricId, period);
  }

  return {
    model,
    setCells,
    setUnit,
    keepAndExplain,
    saving: queue.pending,
    saveError: queue.error,
    flush: queue.flush,
  };
}
