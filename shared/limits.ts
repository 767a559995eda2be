// Every bound on untrusted input (a file from a USB stick, an e-mail attachment, a backup), named
// once: the CLI, the app's import and restore, and the workbook reader all check these BEFORE they
// parse, so a hostile file is refused for the price of a size check, not of the parse it aims to
// exhaust. Refusals name the limit (its key below) so a user or support can tell which one hit.
import { PACK_LIMITS } from './catalogue/packSchema';

const MiB = 1024 * 1024;

/** Files, checked from the file system's size before a byte is read. */
export const FILE_LIMITS = {
  /** An application package (.json): 2,000 answers with full comments stay far below this. */
  maxPackageBytes: 50 * MiB,
  /** A workbook (.xlsx): GreenThread writes a few hundred KB; 20 MB leaves room for pictures. */
  maxWorkbookBytes: 20 * MiB,
  /** A criteria pack (.json). */
  maxPackBytes: PACK_LIMITS.maxFileBytes,
} as const;

/** Evidence files: attached on a desktop, and their bytes sent to and fetched from the bank server. */
export const EVIDENCE_LIMITS = {
  /** One file: a scanned permit or a phone photo of a meter stays far below this. */
  maxFileBytes: 25 * MiB,
  /** Files asked about in one "which of these does the server hold" request. */
  maxFilesPerCheck: 2_000,
} as const;

/** JSON text, checked by a scan of the bytes before JSON.parse builds anything. */
export const JSON_LIMITS = {
  /** Objects and arrays inside one another; GreenThread's deepest document nests 6. */
  maxDepth: 64,
  /**
   * Array items and object fields at any depth (counted as separators): ten years of monthly
   * figures with every answer and action stay under 100,000; a file of a million answers is
   * refused before JSON.parse builds a million-key object (seconds and hundreds of MB).
   */
  maxEntries: 500_000,
} as const;

/** Zip archives (.xlsx), read from the central directory before anything is inflated. */
export const ZIP_LIMITS = {
  maxEntries: 2_000,
  /** All parts together, inflated. */
  maxInflatedBytes: 200 * MiB,
  /** One part, inflated: a 50,000-row sheet GreenThread could write stays below 40 MB. */
  maxPartInflatedBytes: 64 * MiB,
  /** A part inflating more than this many times its compressed size (above 1 MB) is a bomb. */
  maxRatio: 200,
  /** Cells in one worksheet, counted while inflating and before exceljs parses the sheet. */
  maxCellsPerSheet: 1_000_000,
} as const;

/** XML inside a workbook's parts, checked in one pass over each part before exceljs parses it. */
export const XML_LIMITS = {
  /**
   * Entries in the shared-string table. GreenThread writes a few thousand; a signed workbook with
   * 1.2 million appended read as intact after 3.2 CPU-seconds and 323 MB (a 5 MB file).
   */
  maxSharedStrings: 250_000,
  /** Elements inside one another: a spreadsheet nests about 10; a part nested 100,000 deep read. */
  maxXmlDepth: 100,
} as const;

/**
 * Records inside a package, enforced by its schema (zod) before any entry is checked one by one.
 * Keyed records (answers, checks, exclusions) hold one entry per item of the criteria pack, whose
 * lists are bounded by PACK_LIMITS.maxListItems.
 */
export const RECORD_LIMITS = {
  maxAnswers: PACK_LIMITS.maxListItems,
  maxChecks: PACK_LIMITS.maxListItems,
  maxExclusions: PACK_LIMITS.maxListItems,
  maxPeriods: 600,
  maxActions: 1_000,
  maxEvidence: 2_000,
} as const;

export type LimitName =
  | `FILE_LIMITS.${keyof typeof FILE_LIMITS}`
  | `EVIDENCE_LIMITS.${keyof typeof EVIDENCE_LIMITS}`
  | `JSON_LIMITS.${keyof typeof JSON_LIMITS}`
  | `ZIP_LIMITS.${keyof typeof ZIP_LIMITS}`
  | `XML_LIMITS.${keyof typeof XML_LIMITS}`
  | `RECORD_LIMITS.${keyof typeof RECORD_LIMITS}`;
