// Hands exceljs the parts zipParts already unpacked and bounded, so its own reader (every part it
// knows, in zip order, through its own parsers) runs on them without a zip in between. exceljs
// reads only zips: `JSZip.loadAsync(bytes)` and then each entry's text. Re-zipping the parts for
// it (storedZip) and letting JSZip take them apart again in 16 KB steps cost a third of a
// verify's exceljs time. In node, exceljs's own JSZip is told to answer for our parts (and only
// for them: any other argument goes to JSZip unchanged); in the browser, whose exceljs bundle
// keeps its JSZip inside, the parts are re-zipped as before.
import type { Workbook } from './loadExcelJs';
import { storedZip, type ZipPartMap } from './zipParts';

/** What exceljs's `load` uses of a JSZip entry. */
interface ZipEntryLike {
  name: string;
  dir: boolean;
  async(type: string): Promise<string | Uint8Array>;
}

interface JsZipStatic {
  loadAsync(data: unknown, options?: unknown): Promise<unknown>;
}

type NodeModule = { createRequire(from: string): ((id: string) => unknown) & NodeRequireLike };
type NodeRequireLike = { resolve(id: string): string };

/** The parts, recognised by the JSZip hook; `used` tells a hook that never ran from one that did. */
class UnpackedParts {
  used = false;
  constructor(readonly parts: ZipPartMap) {}
}

// ignoreBOM: JSZip's node decoder (Buffer#toString) keeps a byte-order mark as U+FEFF too
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function asZip(given: UnpackedParts): { files: Record<string, ZipEntryLike> } {
  given.used = true;
  const files: Record<string, ZipEntryLike> = {};
  for (const [name, data] of given.parts) {
    files[name] = {
      name,
      dir: name.endsWith('/'),
      async: (type) => Promise.resolve(type === 'string' ? decoder.decode(data) : data),
    };
  }
  return { files };
}

let hooked: boolean | null = null;

/** Installs the hook once, in node only; false where exceljs's JSZip cannot be reached. */
function hookJsZip(): boolean {
  if (hooked !== null) return hooked;
  hooked = false;
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.('node:module') as Partial<NodeModule> | undefined;
  if (typeof mod?.createRequire !== 'function') return false;
  try {
    // jszip as exceljs itself resolves it (from its own folder): the very module it calls
    const fromHere = mod.createRequire(import.meta.url);
    const fromExcel = mod.createRequire(fromHere.resolve('exceljs'));
    const JSZip = fromExcel('jszip') as Partial<JsZipStatic> | undefined;
    const original = JSZip?.loadAsync;
    if (!JSZip || typeof original !== 'function') return false;
    JSZip.loadAsync = function (this: unknown, data: unknown, options?: unknown) {
      return data instanceof UnpackedParts
        ? Promise.resolve(asZip(data))
        : original.call(this, data, options);
    };
    hooked = true;
  } catch {
    // no exceljs or jszip where node looks: the re-zipped path below still reads the file
  }
  return hooked;
}

/** Loads the unpacked parts into an exceljs workbook exactly as `wb.xlsx.load(zip)` would. */
export async function loadParts(wb: Workbook, parts: ZipPartMap): Promise<void> {
  if (hookJsZip()) {
    const given = new UnpackedParts(parts);
    try {
      await wb.xlsx.load(given as unknown as ArrayBuffer);
      return;
    } catch (error) {
      // a failure inside exceljs is the file's; only a hook exceljs never called falls back
      if (given.used) throw error;
      hooked = false;
    }
  }
  await wb.xlsx.load(storedZip(parts) as unknown as ArrayBuffer);
}
