// What a perfect reader would return for a spec: lets the interpretation be tested without files.
import type { RawCell, RawWorkbook, WorkbookSpec } from '../../../shared/workbook';
import { columnLetter } from '../../../shared/workbook/raw';

export function specToRaw(spec: WorkbookSpec): RawWorkbook {
  return {
    sheets: spec.sheets.map((s) => {
      const formulas = new Map<string, string>();
      s.rows.forEach((row, r) => {
        if (!Array.isArray(row)) return;
        row.forEach((c, col) => {
          if (c?.t === 'f') formulas.set(`${columnLetter(col + 1)}${String(r + 1)}`, c.f);
        });
      });
      return {
        name: s.name,
        state: s.state,
        formulas,
        rows: s.rows.map((row): RawCell[] =>
          Array.isArray(row)
            ? row.map((c) => (c === null ? null : c.t === 'f' ? c.result : c.v))
            : [],
        ),
      };
    }),
  };
}
