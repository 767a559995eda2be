import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedUnits } from '../../../../shared/units/toCanonical';
import { useLanguage } from '../../app/LanguageContext';
import { formatNumber } from '../../i18n/format';
import type { GridModel } from './gridModel';
import { cellKey, type GridGroup, type GridRow } from './gridRows';
import { outlierText } from './outlierText';
import { isBlock, parseClipboardBlock, planPaste } from './parseCell';
import type { CellChange } from './useMetricsEditor';

interface Props {
  groups: readonly GridGroup[];
  rows: readonly GridRow[];
  months: readonly string[];
  model: GridModel;
  onCells: (changes: readonly CellChange[]) => void;
  onUnit: (row: GridRow, unit: string) => void;
  onPasted: (count: number, dropped: number) => void;
}

/** A spreadsheet-like grid: arrows move, Enter moves down, Escape undoes the typing in a cell. */
export function MetricsGrid({ groups, rows, months, model, onCells, onUnit, onPasted }: Props) {
  const { t } = useTranslation(['metrics', 'common']);
  const { language } = useLanguage();
  const table = useRef<HTMLTableElement>(null);
  const atFocus = useRef(new Map<string, string>());
  const [focus, setFocus] = useState<{ r: number; c: number } | null>(null);
  const rowIndex = new Map(rows.map((r, i) => [r.key, i]));
  const label = (row: GridRow) =>
    row.kind === 'ncv'
      ? t('ncvRow', { fuel: row.metric.label[language] })
      : row.metric.label[language];
  const unitLabel = (u: string) => t(`units.${u.replace(/ /g, '_')}`);
  const monthLabel = (i: number) => t(`months.m${String(i + 1)}`);

  function move(r: number, c: number) {
    const nr = Math.max(0, Math.min(rows.length - 1, r));
    const nc = Math.max(0, Math.min(months.length - 1, c));
    table.current
      ?.querySelector<HTMLInputElement>(`input[data-r="${nr}"][data-c="${nc}"]`)
      ?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>, row: GridRow, r: number, c: number) {
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const allSelected = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    const atEnd = input.selectionEnd === input.value.length;
    if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey)) move(r + 1, c);
    else if (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey)) move(r - 1, c);
    else if (e.key === 'ArrowLeft' && (atStart || allSelected)) move(r, c - 1);
    else if (e.key === 'ArrowRight' && atEnd) move(r, c + 1);
    else if (e.key === 'Escape') {
      const period = months[c] ?? '';
      const before = atFocus.current.get(cellKey(row.key, period));
      if (before !== undefined && before !== input.value) onCells([{ row, period, text: before }]);
      requestAnimationFrame(() => input.select());
    } else return;
    e.preventDefault();
  }

  function onPaste(e: ClipboardEvent<HTMLInputElement>, r: number, c: number) {
    const text = e.clipboardData.getData('text/plain');
    e.preventDefault();
    if (!isBlock(text)) {
      const row = rows[r];
      const period = months[c];
      if (row && period) onCells([{ row, period, text: text.trim() }]);
      return;
    }
    const { targets, dropped } = planPaste(
      parseClipboardBlock(text),
      { row: r, col: c },
      { rows: rows.length, cols: months.length },
    );
    const changes: CellChange[] = [];
    for (const tg of targets) {
      const row = rows[tg.row];
      const period = months[tg.col];
      if (row && period) changes.push({ row, period, text: tg.text });
    }
    onCells(changes);
    onPasted(changes.length, dropped);
  }

  const focusedRow = focus ? rows[focus.r] : undefined;
  const focusedPeriod = focus ? months[focus.c] : undefined;
  const focusedCell =
    focusedRow && focusedPeriod
      ? model.cells.get(cellKey(focusedRow.key, focusedPeriod))
      : undefined;

  return (
    <>
      <div className="cell-bar" aria-live="polite" data-testid="cell-bar">
        {focusedRow && focus ? (
          <>
            <strong>{label(focusedRow)}</strong> · {monthLabel(focus.c)}{' '}
            {focusedRow.kind === 'value'
              ? `(${unitLabel(model.units[focusedRow.metricId] ?? focusedRow.metric.canonicalUnit)})`
              : `(${t('units.kcal_per_kg')})`}
            {focusedCell?.error && (
              <span className="error"> — {t(`cellErrors.${focusedCell.error}`)}</span>
            )}
            {!focusedCell?.error && focusedCell?.outlier && (
              <span className="warn-text">
                {' '}
                — {outlierText(focusedCell.outlier, t, language)}
                {focusedCell.explanation
                  ? ` ${t('outlier.keptShort')}`
                  : ` ${t('outlier.seeBelow')}`}
              </span>
            )}
          </>
        ) : (
          <span className="muted">{t('cellBarIdle')}</span>
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
                  {t(`groups.${g.group}.title`)}{' '}
                  <span className="hint">{t(`groups.${g.group}.hint`)}</span>
                </th>
              </tr>
              {g.rows.map((row) => {
                const r = rowIndex.get(row.key) ?? 0;
                const unit = model.units[row.metricId] ?? row.metric.canonicalUnit;
                const units = allowedUnits(row.metricId);
                const total = model.totals.get(row.key) ?? null;
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
                      const state = cell?.error
                        ? 'error'
                        : cell?.outlier
                          ? cell.explanation
                            ? 'kept'
                            : 'outlier'
                          : undefined;
                      return (
                        <td key={period} className={state ? `cell ${state}` : 'cell'}>
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
                            value={cell?.text ?? ''}
                            onChange={(e) => onCells([{ row, period, text: e.target.value }])}
                            onFocus={(e) => {
                              atFocus.current.set(key, e.currentTarget.value);
                              e.currentTarget.select();
                              setFocus({ r, c });
                            }}
                            onKeyDown={(e) => onKeyDown(e, row, r, c)}
                            onPaste={(e) => onPaste(e, r, c)}
                          />
                        </td>
                      );
                    })}
                    <td className="col-total num" data-testid={`total-${row.key}`}>
                      {total === null
                        ? ''
                        : formatNumber(total, language, row.kind === 'ncv' ? 0 : 2)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}
