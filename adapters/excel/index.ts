// Workbook file I/O for the renderer and the command line alike: the only code that imports
// exceljs (lazily, see loadExcelJs). It lives outside renderer/ so the CLI never imports the app.
export { writeWorkbook } from './writeWorkbook';
export { readWorkbook, verifyWorkbook, type ReadResult, type ReadOptions } from './readWorkbook';
export { inspectZip, type ZipEntryInfo, type ZipInspection } from './zipInspect';
export { WORKBOOK_LIMITS, type WorkbookLimits } from './limits';
export type { ProgressFn } from './loadExcelJs';
