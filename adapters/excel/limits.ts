// Limits for untrusted workbooks (a USB stick or an e-mail attachment), checked before parsing.
// The numbers live in shared/limits.ts, one place for every reader; this names them for the zip.
import { FILE_LIMITS, XML_LIMITS, ZIP_LIMITS } from '../../shared/limits';

export const WORKBOOK_LIMITS = {
  maxBytes: FILE_LIMITS.maxWorkbookBytes,
  maxEntries: ZIP_LIMITS.maxEntries,
  maxUncompressedBytes: ZIP_LIMITS.maxInflatedBytes,
  maxPartBytes: ZIP_LIMITS.maxPartInflatedBytes,
  /** A single part inflating more than this many times its compressed size is a bomb. */
  maxRatio: ZIP_LIMITS.maxRatio,
  maxCellsPerSheet: ZIP_LIMITS.maxCellsPerSheet,
  maxSharedStrings: XML_LIMITS.maxSharedStrings,
  maxXmlDepth: XML_LIMITS.maxXmlDepth,
} as const;

export type WorkbookLimits = { [K in keyof typeof WORKBOOK_LIMITS]: number };
