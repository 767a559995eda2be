import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MetricId } from '../../../../shared/catalogue/metricIds';
import type { DataQuality, Process } from '../../../../shared/package/enums';
import type { MetricValue } from '../../../../shared/package/schema';
import { omit } from '../../db/omit';
import { ConflictError } from '../../db/repositories/conflictError';
import { sameValue } from '../../db/repositories/recordVersion';
import { RestoredElsewhereError } from '../../db/writeGate';
import {
  setMetricValue,
  setMetricValueIfUnchanged,
  setUnitOfValues,
} from '../../db/repositories/periods';
import { absurdOf, numberText, rowUnit, storedInUnit, type StoredYear } from './cellEntry';
import {
  buildGridModel,
  effectiveYear,
  emptyGridState,
  entryFor,
  entryKey,
  type GridModel,
  type GridState,
  type KeptFigure,
  type Question,
  without,
} from './gridModel';
import { cellKey, type GridRow } from './gridRows';
import {
  journalDrafts,
  journalKept,
  metricsJournalKey,
  recoverDrafts,
  recoverKept,
  recoverPendingCells,
  type DraftCell,
  type PendingCell,
} from './metricsJournal';
import { parseNcvText } from './parseCell';
import { useSaveQueue, type SaveQueue } from './useSaveQueue';

/** What the grid hears back from a cell's write. */
interface WriteOutcome {
  /** The write is stored. */
  landed: (cell: PendingCell) => void;
  /** Another window changed the cell first: `current` is stored there now. */
  refused: (cell: PendingCell, current: MetricValue | null) => void;
  /** A restore in another window closed this window's writes: the figure is typing again. */
  restored: (cell: PendingCell) => void;
}

/**
 * This window's writes per cell, in the order they were scheduled. `waiting`: the newest write
 * not yet started, with the base it inherited (`from`: the first write of that run whose base it
 * uses). `landed`: the newest write of this window that landed.
 */
interface CellWrites {
  seq: number;
  waiting: Map<string, { seq: number; from: number; base: MetricValue | null }>;
  landed: Map<string, { seq: number; entry: MetricValue | null }>;
}

/**
 * Queues one cell's write through the compare-and-set: it lands only while the cell still holds
 * the figure the user started from. A write scheduled while an earlier one of the same cell has
 * not started inherits that one's base, since the earlier figure may never reach the database
 * (the queue replaces it) — but when it does land first (it had already left the queue's waiting
 * list), that landed figure is what this write is based on: it is this window's own, not another
 * window's. Pasting a coal row, then its calorific values, was refused as "changed in another
 * window" before, because the second write still carried the first one's "empty" base.
 */
function scheduleCell(
  queue: SaveQueue,
  cell: PendingCell,
  writes: CellWrites,
  outcome: { current: WriteOutcome },
): void {
  const key = entryKey(cell.metricId, cell.period);
  const seq = ++writes.seq;
  const held = writes.waiting.get(key);
  const job: PendingCell = held ? { ...cell, base: held.base } : cell;
  const from = held?.from ?? seq;
  if (job.base !== undefined) writes.waiting.set(key, { seq, from, base: job.base });
  queue.schedule(
    key,
    async () => {
      if (writes.waiting.get(key)?.seq === seq) writes.waiting.delete(key);
      const own = writes.landed.get(key);
      const base = held && own && own.seq >= from ? own.entry : job.base;
      try {
        // A record journalled before writes carried their base is written as it was then.
        if (base === undefined)
          await setMetricValue(job.orgId, job.period, job.metricId, job.entry);
        else await setMetricValueIfUnchanged(job.orgId, job.period, job.metricId, job.entry, base);
      } catch (e) {
        if (e instanceof RestoredElsewhereError) {
          outcome.current.restored(job);
          return;
        }
        if (!(e instanceof ConflictError)) throw e;
        outcome.current.refused(job, (e.current as MetricValue | undefined) ?? null);
        return;
      }
      writes.landed.set(key, { seq, entry: job.entry });
      outcome.current.landed(job);
    },
    job,
  );
}

export interface CellChange {
  row: GridRow;
  period: string;
  text: string;
}

export interface CellRef {
  metricId: MetricId;
  period: string;
}

export type UnitChange = 'convert' | 'relabel';

/** A figure another window's change refused, kept aside with what is stored instead. */
export interface KeptCell extends CellRef, KeptFigure {}

export interface MetricsEditor {
  model: GridModel;
  /** A keystroke: the text is kept and journalled, nothing is written. */
  type: (row: GridRow, period: string, text: string) => void;
  /** The user left the cell (Tab, Enter, arrow, click elsewhere): a valid figure is written. */
  commit: (row: GridRow, period: string) => void;
  /** A paste writes at once: it is a deliberate act, like Delete. */
  paste: (changes: readonly CellChange[]) => void;
  /** Delete or Backspace on a selected cell: the stored figure goes. */
  clear: (row: GridRow, period: string) => void;
  /** Escape: back to what is stored. */
  revert: (metricId: MetricId, period: string) => void;
  answer: (q: Question, yes: boolean) => void;
  recovered: readonly CellRef[];
  saveRecovered: () => void;
  /** Figures refused because another window changed their cell first. */
  kept: readonly KeptCell[];
  /** Writes the kept figure over what is stored now (checked against that). */
  applyKept: (cell: CellRef) => void;
  discardKept: (cell: CellRef) => void;
  discardRecovered: () => void;
  setQuality: (cells: readonly CellRef[], quality: DataQuality | null) => void;
  /** The year's values of a row stored in a unit other than `unit`. */
  valuesToRelabel: (metricId: MetricId, unit: string) => { period: string; value: MetricValue }[];
  setUnit: (metricId: MetricId, unit: string, how?: UnitChange) => Promise<void>;
  keepAndExplain: (metricId: MetricId, period: string, text: string) => void;
  saving: number;
  saveError: unknown;
  flush: () => Promise<void>;
}

const splitKey = (key: string) => {
  const at = key.lastIndexOf('@');
  return { row: key.slice(0, at), period: key.slice(at + 1) };
};
const metricOfRow = (row: string) => row.replace(/#ncv$/, '') as MetricId;

function recoveredState(orgId: string): GridState {
  const state = emptyGridState();
  const drafts: Record<string, string> = {};
  const recovered: Record<string, true> = {};
  const bases: Record<string, MetricValue | null> = {};
  for (const d of recoverDrafts(orgId)) {
    const key = cellKey(d.row, d.period);
    drafts[key] = d.text;
    recovered[key] = true;
    if (d.base !== undefined) bases[entryKey(metricOfRow(d.row), d.period)] = d.base;
  }
  const kept: Record<string, KeptFigure> = {};
  for (const k of recoverKept(orgId))
    kept[entryKey(k.metricId, k.period)] = { mine: k.mine, stored: k.stored };
  return { ...state, drafts, recovered, bases, kept };
}

/**
 * The grid's editing state. Typing only changes the screen and the typing journal; a figure is
 * written when the user leaves its cell or pastes, and only when it is valid. A figure far
 * outside the plausible range, or a cell emptied by editing, waits for the user's answer.
 */
export function useMetricsEditor(
  orgId: string,
  rows: readonly GridRow[],
  months: readonly string[],
  stored: StoredYear,
  processes: readonly Process[],
): MetricsEditor {
  const [state, setState] = useState<GridState>(() => recoveredState(orgId));
  // Handlers run back to back within one event (keydown, then blur): each reads the newest state.
  const current = useRef(state);
  const queue = useSaveQueue(100, metricsJournalKey(orgId));
  const writes = useRef<CellWrites>({ seq: 0, waiting: new Map(), landed: new Map() }).current;
  // What each landed commit's cell held in the live query when the write landed: once that cell
  // moves on (the write shows, or another window wrote after it), the commit's overlay goes and
  // the cell shows what is stored (never a stale shadow). Only the cell counts: the live query
  // also moves for other cells' writes, often before it shows this one, and dropping the overlay
  // then showed the cell empty for a moment — a calorific value pasted in that moment was based
  // on "empty" and refused as if another window had written the coal figure.
  const landed = useRef(
    new Map<string, { period: string; metricId: MetricId; seen: MetricValue | undefined }>(),
  ).current;
  const storedNow = useRef(stored);
  const outcome = useRef<WriteOutcome>({
    landed: () => undefined,
    refused: () => undefined,
    restored: () => undefined,
  });
  useLayoutEffect(() => {
    storedNow.current = stored;
    outcome.current = {
      landed: (cell) =>
        landed.set(entryKey(cell.metricId, cell.period), {
          period: cell.period,
          metricId: cell.metricId,
          seen: storedNow.current[cell.period]?.[cell.metricId],
        }),
      refused: (cell, now) => {
        const ek = entryKey(cell.metricId, cell.period);
        const s = current.current;
        const committed = sameValue(s.committed[ek] ?? undefined, cell.entry)
          ? without(s.committed, [ek])
          : s.committed;
        update({ ...s, committed, kept: { ...s.kept, [ek]: { mine: cell.entry, stored: now } } });
      },
      // The write never landed and the window reloads with the restored data: the figure goes
      // back into its cell as typing, journalled with its base, and is offered back after the
      // reload (where its base decides whether the restored cell still holds what it was over).
      restored: (cell) => {
        const s = current.current;
        const ek = entryKey(cell.metricId, cell.period);
        const drafts: Record<string, string> = {
          ...s.drafts,
          [cellKey(cell.metricId, cell.period)]:
            cell.entry === null ? '' : numberText(cell.entry.value),
        };
        if (cell.entry?.ncvKcalPerKg !== undefined)
          drafts[cellKey(`${cell.metricId}#ncv`, cell.period)] = numberText(
            cell.entry.ncvKcalPerKg,
          );
        const recovered = { ...s.recovered, [cellKey(cell.metricId, cell.period)]: true as const };
        update({
          ...s,
          drafts,
          recovered,
          committed: without(s.committed, [ek]),
          bases: { ...s.bases, [ek]: cell.base ?? null },
        });
      },
    };
  });
  useEffect(() => {
    const s = current.current;
    const gone = [...landed]
      .filter(([, l]) => !sameValue(stored[l.period]?.[l.metricId], l.seen ?? null))
      .map(([ek]) => ek);
    if (gone.length === 0) return;
    for (const ek of gone) landed.delete(ek);
    const committed = without(s.committed, gone);
    current.current = { ...s, committed };
    setState(current.current);
  }, [stored, landed]);
  // Writes the user committed that a reload cut off are written now (once, even when effects
  // run twice): they were committed, unlike typing, which is only offered back.
  const replayed = useRef(false);
  useEffect(() => {
    if (replayed.current) return;
    replayed.current = true;
    const pending = recoverPendingCells(orgId);
    for (const cell of pending) scheduleCell(queue, cell, writes, outcome);
    if (pending.length > 0) void queue.flush();
  }, [orgId, queue, writes]);
  const model = useMemo(
    () => buildGridModel(rows, months, stored, state, processes),
    [rows, months, stored, state, processes],
  );

  function update(next: GridState) {
    if (next.drafts !== current.current.drafts || next.bases !== current.current.bases) {
      const records: DraftCell[] = Object.entries(next.drafts).map(([key, text]) => {
        const cell = splitKey(key);
        const ek = entryKey(metricOfRow(cell.row), cell.period);
        return { orgId, ...cell, text, ...(ek in next.bases ? { base: next.bases[ek] } : {}) };
      });
      journalDrafts(orgId, records);
    }
    if (next.kept !== current.current.kept)
      journalKept(
        orgId,
        Object.entries(next.kept).map(([ek, k]) => {
          const at = ek.lastIndexOf('@');
          return {
            orgId,
            metricId: ek.slice(0, at) as MetricId,
            period: ek.slice(at + 1),
            mine: k.mine,
            stored: k.stored,
          };
        }),
      );
    current.current = next;
    setState(next);
  }

  function write(
    metricId: MetricId,
    period: string,
    entry: MetricValue | null,
    base: MetricValue | null,
  ) {
    landed.delete(entryKey(metricId, period));
    scheduleCell(queue, { orgId, period, metricId, entry, base }, writes, outcome);
  }

  /** What a write of this cell is based on: the figure stored when typing in it began. */
  function baseOf(s: GridState, metricId: MetricId, period: string): MetricValue | null {
    const ek = entryKey(metricId, period);
    if (ek in s.bases) return s.bases[ek] ?? null;
    return effectiveYear(stored, s.committed)[period]?.[metricId] ?? null;
  }

  function commitEntries(
    s: GridState,
    entries: readonly CellRef[],
    allow: { clear: boolean; absurd: boolean },
  ): GridState {
    const effective = effectiveYear(stored, s.committed);
    let drafts = { ...s.drafts };
    const committed = { ...s.committed };
    let asked = { ...s.asked };
    let recovered = { ...s.recovered };
    let bases = { ...s.bases };
    for (const { metricId, period } of entries) {
      const ek = entryKey(metricId, period);
      const keys = [cellKey(metricId, period), cellKey(`${metricId}#ncv`, period)];
      if (!keys.some((k) => drafts[k] !== undefined)) continue;
      const done = () => {
        drafts = without(drafts, keys);
        recovered = without(recovered, keys);
        asked = without(asked, [ek]);
        bases = without(bases, [ek]);
      };
      const base = baseOf(s, metricId, period);
      const unit = rowUnit(metricId, months, effective, s.chosenUnits[metricId]);
      const r = entryFor(metricId, period, unit, effective, { ...s, drafts }, processes);
      const ncvDraft = drafts[keys[1] as string];
      const ncvBad = ncvDraft !== undefined && !parseNcvText(ncvDraft).ok;
      const before = effective[period]?.[metricId];
      if (r.kind === 'invalid' || ncvBad) {
        asked[ek] = true;
      } else if (r.kind === 'clear') {
        if (before === undefined) done();
        else if (!allow.clear) asked[ek] = true;
        else {
          committed[ek] = null;
          write(metricId, period, null, base);
          done();
        }
      } else if (!allow.absurd && absurdOf(metricId, r.value, processes)) {
        asked[ek] = true;
      } else {
        if (!sameValue(before, r.value)) {
          committed[ek] = r.value;
          write(metricId, period, r.value, base);
        }
        done();
      }
    }
    return { ...s, drafts, committed, asked, recovered, bases };
  }

  const refOf = (row: GridRow, period: string): CellRef => ({ metricId: row.metricId, period });

  function type(row: GridRow, period: string, text: string) {
    const s = current.current;
    const ek = entryKey(row.metricId, period);
    const bases = ek in s.bases ? s.bases : { ...s.bases, [ek]: baseOf(s, row.metricId, period) };
    update({ ...s, drafts: { ...s.drafts, [cellKey(row.key, period)]: text }, bases });
  }

  function commit(row: GridRow, period: string) {
    const s = current.current;
    update(commitEntries(s, [refOf(row, period)], { clear: false, absurd: false }));
  }

  function paste(changes: readonly CellChange[]) {
    if (changes.length === 0) return;
    const s = current.current;
    const drafts = { ...s.drafts };
    for (const c of changes) drafts[cellKey(c.row.key, c.period)] = c.text;
    const refs = changes.map((c) => refOf(c.row, c.period));
    update(commitEntries({ ...s, drafts }, refs, { clear: true, absurd: false }));
  }

  function clear(row: GridRow, period: string) {
    const s = current.current;
    const drafts = { ...s.drafts, [cellKey(row.key, period)]: '' };
    update(commitEntries({ ...s, drafts }, [refOf(row, period)], { clear: true, absurd: false }));
  }

  function revert(metricId: MetricId, period: string) {
    const s = current.current;
    const keys = [cellKey(metricId, period), cellKey(`${metricId}#ncv`, period)];
    update({
      ...s,
      drafts: without(s.drafts, keys),
      recovered: without(s.recovered, keys),
      asked: without(s.asked, [entryKey(metricId, period)]),
      bases: without(s.bases, [entryKey(metricId, period)]),
    });
  }

  function answer(q: Question, yes: boolean) {
    const s = current.current;
    const ref = { metricId: q.metricId, period: q.period };
    if (q.kind === 'clear' && !yes) revert(q.metricId, q.period);
    else if (yes)
      update(commitEntries(s, [ref], { clear: q.kind === 'clear', absurd: q.kind === 'absurd' }));
  }

  const recovered = Object.keys(state.recovered).map((k) => {
    const { row, period } = splitKey(k);
    return { metricId: metricOfRow(row), period };
  });

  function saveRecovered() {
    const s = current.current;
    const refs = Object.keys(s.recovered).map((k) => {
      const { row, period } = splitKey(k);
      return { metricId: metricOfRow(row), period };
    });
    const next = commitEntries(s, refs, { clear: false, absurd: false });
    update({ ...next, recovered: {} });
  }

  function discardRecovered() {
    const s = current.current;
    update({ ...s, drafts: without(s.drafts, Object.keys(s.recovered)), recovered: {} });
  }

  function setQuality(cells: readonly CellRef[], quality: DataQuality | null) {
    const s = current.current;
    const effective = effectiveYear(stored, s.committed);
    const committed = { ...s.committed };
    let bases = s.bases;
    for (const { metricId, period } of cells) {
      const v = effective[period]?.[metricId];
      if (!v || (v.quality ?? null) === quality) continue;
      const rest = omit(v, ['quality']);
      const next: MetricValue = quality === null ? rest : { ...rest, quality };
      const ek = entryKey(metricId, period);
      committed[ek] = next;
      write(metricId, period, next, baseOf(s, metricId, period));
      // typing still open in the cell is now over this window's own write, with its source
      if (ek in bases) bases = { ...bases, [ek]: next };
    }
    update({ ...s, committed, bases });
  }

  const kept: KeptCell[] = Object.entries(state.kept).map(([ek, figure]) => {
    const at = ek.lastIndexOf('@');
    return { metricId: ek.slice(0, at) as MetricId, period: ek.slice(at + 1), ...figure };
  });

  function applyKept({ metricId, period }: CellRef) {
    const s = current.current;
    const ek = entryKey(metricId, period);
    const figure = s.kept[ek];
    if (!figure) return;
    // Over the figure the notice showed as stored: a third change meanwhile is refused again.
    write(metricId, period, figure.mine, figure.stored);
    update({
      ...s,
      kept: without(s.kept, [ek]),
      committed: { ...s.committed, [ek]: figure.mine },
    });
  }

  function discardKept({ metricId, period }: CellRef) {
    const s = current.current;
    update({ ...s, kept: without(s.kept, [entryKey(metricId, period)]) });
  }

  function valuesToRelabel(metricId: MetricId, unit: string) {
    const effective = effectiveYear(stored, current.current.committed);
    const out: { period: string; value: MetricValue }[] = [];
    for (const period of months) {
      const v = effective[period]?.[metricId];
      if (v && v.unit !== unit) out.push({ period, value: v });
    }
    return out;
  }

  /**
   * A new unit for a row. With figures stored, `how` says what they are: converted into the new
   * unit, or the same numbers that were meant in the new unit all along. Both are one audited write.
   */
  async function setUnit(metricId: MetricId, unit: string, how?: UnitChange) {
    const s = current.current;
    const chosenUnits = { ...s.chosenUnits, [metricId]: unit };
    const olds = valuesToRelabel(metricId, unit);
    if (olds.length === 0 || how === undefined) {
      update({ ...s, chosenUnits });
      return;
    }
    const changes = olds.map(({ period, value }) => ({
      period,
      value: {
        ...value,
        value: how === 'convert' ? storedInUnit(metricId, value, unit) : value.value,
        unit,
      },
    }));
    const committed = { ...s.committed };
    for (const c of changes) committed[entryKey(metricId, c.period)] = c.value;
    update({ ...s, chosenUnits, committed });
    // Writes already queued for this row must land first, or they would undo the new unit.
    await queue.flush();
    await setUnitOfValues(orgId, metricId, olds, changes, how);
  }

  function keepAndExplain(metricId: MetricId, period: string, text: string) {
    const s = current.current;
    const explanations = { ...s.explanations, [entryKey(metricId, period)]: text };
    const next = { ...s, explanations };
    const effective = effectiveYear(stored, s.committed);
    const unit = rowUnit(metricId, months, effective, s.chosenUnits[metricId]);
    const r = entryFor(metricId, period, unit, effective, next, processes);
    const committed = { ...s.committed };
    if (r.kind === 'entry') {
      committed[entryKey(metricId, period)] = r.value;
      write(metricId, period, r.value, baseOf(s, metricId, period));
    }
    update({ ...next, committed });
  }

  return {
    model,
    type,
    commit,
    paste,
    clear,
    revert,
    answer,
    recovered,
    saveRecovered,
    discardRecovered,
    kept,
    applyKept,
    discardKept,
    setQuality,
    valuesToRelabel,
    setUnit,
    keepAndExplain,
    saving: queue.pending,
    saveError: queue.error,
    flush: queue.flush,
  };
}
