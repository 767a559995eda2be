// Edits of a written workbook's sheet XML, as a person with a spreadsheet or a zip tool makes
// them: set a cell, delete, insert or swap rows (the rows below move, as in a spreadsheet).
import { textPart, unzipParts, withText, zipParts, type ZipPart } from './zipBytes';

const xmlEscape = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The part holding a sheet, through workbook.xml and its relationships. */
export function sheetPartName(parts: readonly ZipPart[], sheet: string): string {
  const name = xmlEscape(sheet).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tag = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(
    textPart(parts, 'xl/workbook.xml'),
  );
  const rels = textPart(parts, 'xl/_rels/workbook.xml.rels');
  const target = new RegExp(`Id="${tag?.[1] ?? '?'}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no part for ${sheet}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The workbook with one sheet's XML passed through `edit`. */
export function editSheet(
  bytes: Uint8Array,
  sheet: string,
  edit: (xml: string) => string,
): Uint8Array {
  const parts = unzipParts(bytes);
  const name = sheetPartName(parts, sheet);
  const before = textPart(parts, name);
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${sheet} changed nothing`);
  return zipParts(withText(parts, name, after));
}

/** A cell element holding `value` (a number, or an inline string). */
export function cellXml(ref: string, value: string | number, style = ''): string {
  return typeof value === 'number'
    ? `<c r="${ref}"${style}><v>${String(value)}</v></c>`
    : `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlEscape(value)}</t></is></c>`;
}

/** Sets cell `ref` (which must exist) to `value`, keeping its style; a formula is replaced. */
export function setCell(xml: string, ref: string, value: string | number): string {
  const re = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  const m = re.exec(xml);
  if (!m) throw new Error(`no cell ${ref}`);
  const style = / s="\d+"/.exec(m[1] ?? '')?.[0] ?? '';
  return xml.replace(re, cellXml(ref, value, style));
}

const ROW_RE = /<row r="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;

/** Renumbers rows through `move` (null drops the row), then writes them in ascending order. */
function renumber(xml: string, move: (row: number) => number | null): string {
  const rows: { n: number; xml: string }[] = [];
  const open = xml.indexOf('<sheetData>');
  const close = xml.indexOf('</sheetData>');
  if (open < 0 || close < 0) throw new Error('no sheetData');
  const body = xml.slice(open + '<sheetData>'.length, close);
  for (const m of body.matchAll(ROW_RE)) {
    const n = move(Number(m[1]));
    if (n === null) continue;
    rows.push({
      n,
      xml: m[0]
        .replace(/^<row r="\d+"/, `<row r="${String(n)}"`)
        .replace(/<c r="([A-Z]+)\d+"/g, `<c r="$1${String(n)}"`),
    });
  }
  rows.sort((a, b) => a.n - b.n);
  const merges = xml.replace(
    /<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\/>/g,
    (_m, c1: string, r1: string, c2: string, r2: string) => {
      const a = move(Number(r1));
      const b = move(Number(r2));
      return a === null || b === null ? '' : `<mergeCell ref="${c1}${a}:${c2}${b}"/>`;
    },
  );
  const o = merges.indexOf('<sheetData>') + '<sheetData>'.length;
  const c = merges.indexOf('</sheetData>');
  return merges.slice(0, o) + rows.map((r) => r.xml).join('') + merges.slice(c);
}

/** Deletes row `r`; the rows below move up one, as a spreadsheet's "delete row" does. */
export function deleteRow(xml: string, r: number): string {
  return renumber(xml, (n) => (n === r ? null : n > r ? n - 1 : n));
}

/** Inserts a row at `r` holding `values` from column A; the rows from `r` down move one down. */
export function insertRow(xml: string, r: number, values: readonly (string | number)[]): string {
  const moved = renumber(xml, (n) => (n >= r ? n + 1 : n));
  const cells = values.map((v, i) => cellXml(`${String.fromCharCode(65 + i)}${String(r)}`, v));
  const row = `<row r="${String(r)}">${cells.join('')}</row>`;
  const before = [...moved.matchAll(ROW_RE)].find((m) => Number(m[1]) > r);
  return before?.index === undefined
    ? moved.replace('</sheetData>', `${row}</sheetData>`)
    : moved.slice(0, before.index) + row + moved.slice(before.index);
}

/** Rows `a` and `b` trade places (a row dragged elsewhere). */
export function swapRows(xml: string, a: number, b: number): string {
  return renumber(xml, (n) => (n === a ? b : n === b ? a : n));
}
