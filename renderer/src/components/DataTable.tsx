/**
 * A table of words already formatted for the reader: column headings, rows of text, numeric
 * columns right-aligned. The decision memo and the Monitoring tab's measured-against-promised
 * tables are the same tables, so they are drawn by this one component.
 */
export function DataTable({
  columns,
  rows,
  className,
  testId,
  widths,
  numeric,
  rowHeaders = false,
}: {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** Added to the shared "data" class. */
  className?: string;
  testId?: string;
  /** Column widths in per cent of the table. */
  widths?: readonly number[];
  /** Columns (by index) holding numbers: right-aligned. */
  numeric?: readonly number[];
  /** The first cell of each row names the row (a row header for a screen reader). */
  rowHeaders?: boolean;
}) {
  return (
    <table className={className ? `data ${className}` : 'data'} data-testid={testId}>
      {widths && (
        <colgroup>
          {widths.map((w, i) => (
            <col key={i} style={{ width: `${String(w)}%` }} />
          ))}
        </colgroup>
      )}
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) =>
              rowHeaders && j === 0 ? (
                <th key={j} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={j} className={numeric?.includes(j) ? 'num' : undefined}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
