// Workbook file I/O: the only code that imports exceljs (lazily, see loadExcelJs).
export { writeWorkbook } from './writeWorkbook';
export { readWorkbook, verifyWorkbook, type ReadResult, type ReadOptions } from './readWorkbook';
export { inspectZip, type ZipEntryInfo, type ZipInspection } from './zipInspect';
export { WORKBOOK_LIMITS, type WorkbookLimits } from './limits';
export type { ProgressFn } from './loadExcelJs';
