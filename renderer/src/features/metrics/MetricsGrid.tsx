import { useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_QUALITIES, type DataQuality } from '../../../../shared/package/enums';
import { allowedUnits } from '../../../../shared/units/toCanonical';
import { useLanguage } from '../../app/LanguageContext';
import { formatNumber } from '../../i18n/format';
import type { CellView, GridModel } from './gridModel';
import { cellKey, type GridGroup, type GridRow } from './gridRows';
import { outlierText } from './outlierText';
import { isBlock, parseClipboardBlock, planPaste } from './parseCell';
import { commonQuality, selectedCells } from './gridSelection';
import { qualityOfWord } from './qualityWords';
import type { CellChange, MetricsEditor } from './useMetricsEditor';

interface Props {
  groups: readonly GridGroup[];
  rows: readonly GridRow[];
  months: readonly string[];
  model: GridModel;
  editor: Pick<MetricsEditor, 'type' | 'commit' | 'paste' | 'clear' | 'revert' | 'setQuality'>;
  onUnit: (row: GridRow, unit: string) => void;
  onPasted: (count: number, dropped: number) => void;
}

function cellClass(cell: CellView | undefined): string {
  if (!cell) return 'cell';
  const parts = ['cell'];
  if (cell.status !== 'saved') parts.push(cell.status);
  else if (cell.outlier) parts.push(cell.explanation ? 'kept' : 'outlier');
  if (cell.recovered) parts.push('recovered');
  return parts.join(' ');
}

const SHIFT_STEPS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * A spreadsheet-like grid: arrows move, Enter moves down, Tab right (after December to January
 * of the next row), Escape undoes the typing in a cell. A cell is written when it is left.
 */
export function MetricsGrid({ groups, rows, months, model, editor, onUnit, onPasted }: Props) {
  const { t } = useTranslation(['metrics', 'common']);
  const { language } = useLanguage();
  const table = useRef<HTMLTableElement>(null);
  // Typed into since it got focus: only then does leaving the cell commit it.
  const edited = useRef<string | null>(null);
  const [focus, setFocus] = useState<{ r: number; c: number } | null>(null);
  // The other corner of a selection made with Shift+arrows or Shift+click; null: one cell.
  const [anchor, setAnchor] = useState<{ r: number; c: number } | null>(null);
  // Set while Shift moves the focus, so the focus handler keeps the selection's anchor.
  const extending = useRef(false);
  const [editing, setEditing] = useState<string | null>(null);
  // Texts looked up once per language, not for each of the ~500 cells on every keystroke: a
  // translation lookup cost about 1 ms at 4× CPU throttle, a tenth of a Tab's budget per row.
  const rowIndex = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);
  const rowLabels = useMemo(
    () =>
      new Map(
        rows.map((row) => [
          row.key,
          row.kind === 'ncv'
            ? t('ncvRow', { fuel: row.metric.label[language] })
            : row.metric.label[language],
        ]),
      ),
    [rows, t, language],
  );
  const monthLabels = useMemo(
    () => months.map((_, i) => t(`months.m${String(i + 1)}`)),
    [months, t],
  );
  const unitLabels = useMemo(() => {
    const out = new Map<string, string>();
    for (const row of rows)
      for (const u of [row.metric.canonicalUnit, ...allowedUnits(row.metricId)])
        if (!out.has(u)) out.set(u, t(`units.${u.replace(/ /g, '_')}`));
    return out;
  }, [rows, t]);
  const label = (row: GridRow) => rowLabels.get(row.key) ?? row.metric.label[language];
  const unitLabel = (u: string) => unitLabels.get(u) ?? t(`units.${u.replace(/ /g, '_')}`);
  const monthLabel = (i: number) => monthLabels[i] ?? '';
  const qualityTexts = useMemo(
    () =>
      Object.fromEntries(
        DATA_QUALITIES.map((q) => [
          q,
          { title: t(`quality.${q}`), short: t(`quality.short.${q}`) },
        ]),
      ) as Record<DataQuality, { title: string; short: string }>,
    [t],
  );

  function move(r: number, c: number) {
    const nr = Math.max(0, Math.min(rows.length - 1, r));
    const nc = Math.max(0, Math.min(months.length - 1, c));
    table.current
      ?.querySelector<HTMLInputElement>(`input[data-r="${nr}"][data-c="${nc}"]`)
      ?.focus();
  }

  function leave(row: GridRow, period: string) {
    const key = cellKey(row.key, period);
    if (edited.current === key) editor.commit(row, period);
    edited.current = null;
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>, row: GridRow, r: number, c: number) {
    const input = e.currentTarget;
    const period = months[c] ?? '';
    const step = SHIFT_STEPS[e.key];
    if (e.shiftKey && step) {
      // Shift+arrow selects cells, as in a spreadsheet, to mark their source at once.
      e.preventDefault();
      leave(row, period);
      if (!anchor) setAnchor({ r, c });
      extending.current = true;
      move(r + step[0], c + step[1]);
      extending.current = false;
      return;
    }
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const allSelected = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    const atEnd = input.selectionEnd === input.value.length;
    const last = months.length - 1;
    let to: [number, number] | null = null;
    if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey)) to = [r + 1, c];
    else if (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey)) to = [r - 1, c];
    else if (e.key === 'ArrowLeft' && (atStart || allSelected)) to = [r, c - 1];
    else if (e.key === 'ArrowRight' && atEnd) to = [r, c + 1];
    else if (e.key === 'Tab' && !e.shiftKey && c === last && r < rows.length - 1) to = [r + 1, 0];
    else if (e.key === 'Escape') {
      edited.current = null;
      editor.revert(row.metricId, period);
      requestAnimationFrame(() => input.select());
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && allSelected && input.value) {
      // Emptying a selected cell with Delete is a deliberate clear, written at once.
      edited.current = null;
      editor.clear(row, period);
    } else return;
    e.preventDefault();
    if (to) {
      leave(row, period);
      move(to[0], to[1]);
    }
  }

  function onPaste(e: ClipboardEvent<HTMLInputElement>, r: number, c: number) {
    const text = e.clipboardData.getData('text/plain');
    e.preventDefault();
    edited.current = null;
    const block = isBlock(text) ? parseClipboardBlock(text) : [[text.trim()]];
    const { targets, dropped } = planPaste(
      block,
      { row: r, col: c },
      { rows: rows.length, cols: months.length },
    );
    const words = targets.map((tg) => qualityOfWord(tg.text));
    if (words.every((w) => w !== undefined)) {
      // A pasted column of "metered / invoice / estimated" marks the figures' quality.
      targets.forEach((tg, i) => {
        const row = rows[tg.row];
        const period = months[tg.col];
        if (row && period && row.kind === 'value')
          editor.setQuality([{ metricId: row.metricId, period }], words[i] ?? null);
      });
      onPasted(targets.length, dropped);
      return;
    }
    const changes: CellChange[] = [];
    for (const tg of targets) {
      const row = rows[tg.row];
      const period = months[tg.col];
      if (row && period) changes.push({ row, period, text: tg.text });
    }
    editor.paste(changes);
    if (isBlock(text)) onPasted(changes.length, dropped);
  }

  const focusedRow = focus ? rows[focus.r] : undefined;
  const focusedPeriod = focus ? months[focus.c] : undefined;
  const focusedCell =
    focusedRow && focusedPeriod
      ? model.cells.get(cellKey(focusedRow.key, focusedPeriod))
      : undefined;

  const selection = selectedCells(rows, months, model, focus, anchor);
  const selectedKeys = new Set(selection.map((s) => s.key));
  const many = selection.length > 1;
  const shownQuality = commonQuality(selection.map((s) => s.cell?.quality ?? null));

  function setRowQuality(scope: 'selection' | 'row', q: DataQuality | null) {
    if (scope === 'selection') {
      editor.setQuality(
        selection.map((s) => s.ref),
        q,
      );
      return;
    }
    if (!focusedRow || focusedRow.kind !== 'value') return;
    editor.setQuality(
      months.map((period) => ({ metricId: focusedRow.metricId, period })),
      q,
    );
  }

  return (
    <div className="metrics-grid-area">
      <div className="cell-bar" data-testid="cell-bar">
        <div aria-live="polite" className="cell-bar-text">
          {focusedRow && focus ? (
            <>
              <strong>{label(focusedRow)}</strong> · {monthLabel(focus.c)}{' '}
              {focusedRow.kind === 'value'
                ? `(${unitLabel(model.units[focusedRow.metricId] ?? focusedRow.metric.canonicalUnit)})`
                : `(${t('units.kcal_per_kg')})`}
              {focusedCell?.error && (
                <span className="error"> — {t(`cellErrors.${focusedCell.error}`)}</span>
              )}
              {focusedCell?.error && focusedCell.number !== null && (
                <span>
                  {' '}
                  {t('storedKept', { value: formatNumber(focusedCell.number, language, 3) })}
                </span>
              )}
              {focusedCell?.status === 'held' && (
                <span className="warn-text"> — {t('held.short')}</span>
              )}
              {focusedCell?.status === 'saved' && focusedCell.outlier && (
                <span className="warn-text">
                  {' '}
                  — {outlierText(focusedCell.outlier, t, language)}
                  {focusedCell.explanation
                    ? ` ${t('outlier.keptShort')}`
                    : ` ${t('outlier.seeBelow')}`}
                </span>
              )}
              {many && (
                <span data-testid="selection-size">
                  {' '}
                  · {t('quality.selected', { count: selection.length })}
                </span>
              )}
            </>
          ) : (
            <span className="muted">{t('cellBarIdle')}</span>
          )}
        </div>
        {selection.length > 0 && (
          <div className="quality-tools">
            <label className="inline">
              {many ? t('quality.labelSelection', { count: selection.length }) : t('quality.label')}{' '}
              <select
                value={shownQuality ?? ''}
                onChange={(e) =>
                  setRowQuality('selection', (e.target.value || null) as DataQuality | null)
                }
              >
                {shownQuality === 'mixed' && (
                  <option value="mixed" disabled>
                    {t('quality.mixed')}
                  </option>
                )}
                <option value="">{t('quality.unknown')}</option>
                {DATA_QUALITIES.map((q) => (
                  <option key={q} value={q}>
                    {t(`quality.${q}`)}
                  </option>
                ))}
              </select>
            </label>
            {!many && focusedCell && (
              <button
                type="button"
                className="small"
                onClick={() => setRowQuality('row', focusedCell.quality)}
              >
                {t('quality.wholeRow')}
              </button>
            )}
            {!many && <span className="hint">{t('quality.selectHint')}</span>}
          </div>
        )}
      </div>
      <div className="metrics-grid-wrap">
        <table className="metrics-grid" ref={table} aria-label={t('gridLabel')}>
          <thead>
            <tr>
              <th scope="col" className="col-metric">
                {t('metric')}
              </th>
              <th scope="col" className="col-unit">
                {t('unit')}
              </th>
              {months.map((m, i) => (
                <th scope="col" key={m} className="col-month">
                  {monthLabel(i)}
                </th>
              ))}
              <th scope="col" className="col-total">
                {t('yearTotal')}
              </th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.group}>
              <tr className="group-row">
                <th colSpan={months.length + 3} scope="rowgroup">
                  <span className="group-title">
                    {t(`groups.${g.group}.title`)}{' '}
                    <span className="hint">{t(`groups.${g.group}.hint`)}</span>
                  </span>
                </th>
              </tr>
              {g.rows.map((row) => {
                const r = rowIndex.get(row.key) ?? 0;
                const unit = model.units[row.metricId] ?? row.metric.canonicalUnit;
                const units = allowedUnits(row.metricId);
                const total = model.totals.get(row.key) ?? null;
                const q = row.kind === 'value' ? model.quality.get(row.key) : undefined;
                return (
                  <tr key={row.key} className={row.kind === 'ncv' ? 'ncv-row' : undefined}>
                    <th scope="row" className="col-metric">
                      {label(row)}
                    </th>
                    <td className="col-unit">
                      {row.kind === 'ncv' ? (
                        t('units.kcal_per_kg')
                      ) : units.length > 1 ? (
                        <select
                          aria-label={t('unitFor', { metric: label(row) })}
                          value={unit}
                          onChange={(e) => onUnit(row, e.target.value)}
                        >
                          {units.map((u) => (
                            <option key={u} value={u}>
                              {unitLabel(u)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        unitLabel(unit)
                      )}
                    </td>
                    {months.map((period, c) => {
                      const key = cellKey(row.key, period);
                      const cell = model.cells.get(key);
                      const shown =
                        editing === key || cell === undefined || cell.status !== 'saved'
                          ? (cell?.text ?? '')
                          : cell.number === null
                            ? ''
                            : formatNumber(cell.number, language, 3);
                      return (
                        <td
                          key={period}
                          className={
                            many && selectedKeys.has(key)
                              ? `${cellClass(cell)} selected`
                              : cellClass(cell)
                          }
                        >
                          <input
                            data-r={r}
                            data-c={c}
                            data-cell={key}
                            inputMode="decimal"
                            autoComplete="off"
                            aria-label={`${label(row)}, ${monthLabel(c)}`}
                            aria-invalid={cell?.error ? true : undefined}
                            title={
                              cell?.error
                                ? t(`cellErrors.${cell.error}`)
                                : cell?.outlier
                                  ? outlierText(cell.outlier, t, language)
                                  : undefined
                            }
                            value={shown}
                            onChange={(e) => {
                              edited.current = key;
                              editor.type(row, period, e.target.value);
                            }}
                            onMouseDown={(e) => {
                              if (e.shiftKey && focus && (focus.r !== r || focus.c !== c)) {
                                if (!anchor) setAnchor(focus);
                                extending.current = true;
                              }
                            }}
                            onFocus={(e) => {
                              const input = e.currentTarget;
                              setEditing(key);
                              setFocus({ r, c });
                              if (!extending.current) setAnchor(null);
                              extending.current = false;
                              // The plain number replaces the grouped one on this render.
                              requestAnimationFrame(() => {
                                if (document.activeElement === input) input.select();
                              });
                            }}
                            onBlur={() => {
                              leave(row, period);
                              setEditing((k) => (k === key ? null : k));
                            }}
                            onKeyDown={(e) => onKeyDown(e, row, r, c)}
                            onPaste={(e) => onPaste(e, r, c)}
                          />
                          {cell?.quality && (
                            <span
                              className={`quality-mark q-${cell.quality}`}
                              title={qualityTexts[cell.quality].title}
                              aria-hidden="true"
                            >
                              {qualityTexts[cell.quality].short}
                            </span>
                          )}
                        </td>
                      );
                    })}
                    <td className="col-total num" data-testid={`total-${row.key}`}>
                      {total === null
                        ? ''
                        : formatNumber(total, language, row.kind === 'ncv' ? 0 : 2)}
                      {q && q.estimated > 0 && (
                        <span
                          className="estimated-share"
                          data-testid={`estimated-${row.key}`}
                          title={t('quality.estimatedOf', { count: q.estimated, of: q.values })}
                        >
                          {t('quality.estimatedShare', {
                            pct: formatNumber((q.estimated / q.values) * 100, language, 0),
                          })}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}
