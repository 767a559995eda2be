// What a perfect reader would return for a spec: lets the interpretation be tested without files.
import type { RawCell, RawWorkbook, WorkbookSpec } from '../../../shared/workbook';

export function specToRaw(spec: WorkbookSpec): RawWorkbook {
  return {
    sheets: spec.sheets.map((s) => ({
      name: s.name,
      state: s.state,
      rows: s.rows.map((row): RawCell[] =>
        Array.isArray(row)
          ? row.map((c) => (c === null ? null : c.t === 'f' ? c.result : c.v))
          : [],
      ),
    })),
  };
}
