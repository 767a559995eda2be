// The one place that loads exceljs, lazily: in the browser Vite resolves the package's prebuilt
// browser bundle and puts it in its own chunk, so it is fetched only when a workbook is needed.
import type ExcelJSNamespace from 'exceljs';

export type ExcelJS = typeof ExcelJSNamespace;
export type Workbook = ExcelJSNamespace.Workbook;
export type Worksheet = ExcelJSNamespace.Worksheet;

let cached: Promise<ExcelJS> | null = null;

export function loadExcelJs(): Promise<ExcelJS> {
  cached ??= import('exceljs').then((mod: unknown) => {
    // CommonJS in node gives { default: ExcelJS }; the browser bundle may give the namespace.
    const m = mod as { default?: ExcelJS } & Partial<ExcelJS>;
    return m.default ?? (m as ExcelJS);
  });
  return cached;
}

let lastYield = 0;

/** A page that paints (the app's window); the command line and its workers have none. */
const hasScreen = typeof (globalThis as { document?: unknown }).document !== 'undefined';

/**
 * Lets the event loop run (paint, input) between sheets of a long export or import, at most
 * about once a frame: a timer round trip per sheet would cost more than small sheets take.
 * Without a screen there is nothing to paint, and each timer is a millisecond of waiting.
 */
export function yieldToEventLoop(): Promise<void> {
  if (!hasScreen) return Promise.resolve();
  const now = performance.now();
  if (now - lastYield < 12) return Promise.resolve();
  lastYield = now;
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export type ProgressFn = (fraction: number, stage: string) => void;

/**
 * Data validation over a whole range. exceljs's per-cell API writes overlapping sqrefs
 * (exceljs issue #2820); its untyped range API writes one, which every spreadsheet honours.
 */
export function addListValidation(ws: Worksheet, range: string, source: string): void {
  const holder = ws as unknown as {
    dataValidations: { add(address: string, validation: ExcelJSNamespace.DataValidation): void };
  };
  holder.dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [source],
    showErrorMessage: true,
    errorStyle: 'stop',
  });
}

type NodeLikeProcess = { browser?: unknown };
let wholeStringWriters = 0;
let savedBrowserFlag: unknown;

/**
 * Runs an exceljs write with its parts encoded to UTF-8 whole. In node, exceljs hands each XML
 * part to JSZip as a string and JSZip encodes it in 16K-character slices, so a character outside
 * the Basic Multilingual Plane that straddles a slice is written as two U+FFFD; its browser
 * build encodes each part whole first (TextEncoder), and exceljs picks that path by
 * `process.browser`. In the browser there is no `process` and nothing changes. Nested and
 * concurrent writes share one flag, restored when the last finishes.
 */
export async function withWholePartEncoding<T>(write: () => Promise<T>): Promise<T> {
  const proc = (globalThis as { process?: NodeLikeProcess }).process;
  if (!proc) return write();
  if (wholeStringWriters++ === 0) {
    savedBrowserFlag = proc.browser;
    proc.browser = true;
  }
  try {
    return await write();
  } finally {
    if (--wholeStringWriters === 0) proc.browser = savedBrowserFlag;
  }
}
