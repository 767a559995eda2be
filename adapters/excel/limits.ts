// Limits for untrusted workbooks (a USB stick or an e-mail attachment), checked before parsing.
export const WORKBOOK_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxEntries: 2_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** A single part inflating more than this many times its compressed size is a bomb. */
  maxRatio: 200,
} as const;

export type WorkbookLimits = { [K in keyof typeof WORKBOOK_LIMITS]: number };
