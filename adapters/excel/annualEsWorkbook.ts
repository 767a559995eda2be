// The annual E&S report written as an Excel workbook: one sheet per table, a title row, headers,
// numbers as numbers with their format, notes below. Every text goes in as a plain string value
// (never a formula), so a borrower's name starting with "=" stays text in any spreadsheet.
// One writer for the bank server's route and head office's view in the app.
import { loadExcelJs } from './loadExcelJs';
import type { AnnualEsReport, ReportColumn } from '../../shared/reports/annualEsReport';

const FORMATS: Record<ReportColumn['kind'], string | undefined> = {
  text: undefined,
  int: '#,##0',
  mnt: '#,##0',
  pct: '0.0%',
};

export async function writeAnnualEsWorkbook(report: AnnualEsReport): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'GreenThread';
  wb.created = new Date(`${report.asOf.slice(0, 10)}T00:00:00Z`);
  // exceljs stamps "modified" with the clock unless told: the same report would differ by the
  // second it was written (a byte, once deflated), so it carries its report day instead.
  wb.modified = wb.created;
  for (const sheet of report.sheets) {
    const ws = wb.addWorksheet(sheet.name.slice(0, 31), {
      pageSetup: {
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    // A4 (9): exceljs types paper sizes as an enum its package does not export at runtime.
    Object.assign(ws.pageSetup, { paperSize: 9 });
    ws.columns = sheet.columns.map((c) => ({ width: c.width }));
    const title = ws.addRow([sheet.title]);
    title.font = { bold: true, size: 13 };
    ws.addRow([]);
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    // Spreadsheets do not grow a row for wrapped text written by a library: room for two lines.
    header.height = 30;
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0E8' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const values of sheet.rows) {
      const row = ws.addRow(values.map((v) => v ?? ''));
      row.alignment = { wrapText: true, vertical: 'top' };
      // Room for wrapped text (about one character per unit of column width), as for the header.
      const lines = Math.max(
        1,
        ...values.map((v, i) =>
          typeof v === 'string'
            ? Math.ceil(v.length / Math.max(1, (sheet.columns[i]?.width ?? 10) - 2))
            : 1,
        ),
      );
      if (lines > 1) row.height = 15 * lines;
      // A row with only its first cell filled is a sub-heading (e.g. "By sector").
      if (values.slice(1).every((v) => v === null)) row.font = { bold: true };
      sheet.columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        if (typeof values[i] === 'number') cell.numFmt = FORMATS[c.kind] ?? '#,##0';
        // Text after a right-aligned number would touch it: a small indent keeps them apart.
        else cell.alignment = { wrapText: true, vertical: 'top', horizontal: 'left', indent: 1 };
      });
    }
    ws.addRow([]);
    for (const note of sheet.notes) {
      const row = ws.addRow([note]);
      row.font = { italic: true, size: 9 };
    }
    ws.views = [{ state: 'frozen', ySplit: 3 }];
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
