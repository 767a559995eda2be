// What a workbook's parts hold beyond cells, read from the zip before exceljs sees it: parts
// named twice (readers disagree on which copy wins), content GreenThread never writes (macros,
// external links, DDE, script hyperlinks, embedded objects), and the notes a reader added to
// cells. Reads the parts unpacked once by zipParts; nothing is inflated here.
import type { ForeignContent, RawNote, Refusal } from '../../shared/workbook';
import { safeLine, safeText } from '../../shared/workbook/safeText';
import type { ZipEntryInfo } from './zipInspect';
import type { ZipPartMap } from './zipParts';

export interface ZipContent {
  foreign: ForeignContent[];
  notes: RawNote[];
}

/** Parts larger than this are not searched as text here (cells are exceljs's job). */
const MAX_PART = 4 * 1024 * 1024;
const MAX_NOTES = 1_000;

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (m, code: string) => {
    if (code === 'amp') return '&';
    if (code === 'lt') return '<';
    if (code === 'gt') return '>';
    if (code === 'quot') return '"';
    if (code === 'apos') return "'";
    const n = code.startsWith('#x') ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : m;
  });
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[2] ?? m[3] ?? '') : null;
}

interface Rel {
  type: string;
  target: string;
  external: boolean;
}

function relationships(xml: string): Map<string, Rel> {
  const out = new Map<string, Rel>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const tag = m[0];
    out.set(attr(tag, 'Id') ?? '', {
      type: attr(tag, 'Type') ?? '',
      target: attr(tag, 'Target') ?? '',
      external: (attr(tag, 'TargetMode') ?? '').toLowerCase() === 'external',
    });
  }
  return out;
}

/** A relationship target resolved against the folder of the part that names it. */
function resolve(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

const SCRIPT_TARGET = /^\s*(javascript|vbscript):/i;
/** Web and mail links open a browser or mail program; any other target is a file to open. */
const WEB_TARGET = /^\s*(https?|mailto|ftp):/i;
const FILE_TARGET = /^\s*(file:|[\\/]{2})/i;

function foreignByName(name: string): ForeignContent | null {
  const where = safeLine(name, 120);
  if (/vbaProject(Signature)?\.bin$|vbaData\.xml$/i.test(name)) return { kind: 'macros', where };
  if (/(^|\/)externalLinks\//i.test(name)) return { kind: 'external_link', where };
  if (/(^|\/)(activeX|embeddings)\//i.test(name) || /oleObject/i.test(name))
    return { kind: 'embedded_object', where };
  return null;
}

function commentNotes(xml: string, sheet: string): RawNote[] {
  const authors = [...xml.matchAll(/<(?:\w+:)?author>([\s\S]*?)<\/(?:\w+:)?author>/g)].map((m) =>
    decodeXml(m[1] ?? ''),
  );
  const notes: RawNote[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?comment\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?comment>/g)) {
    const tag = m[1] ?? '';
    const ref = attr(tag, 'ref') ?? '';
    const author = authors[Number(attr(tag, 'authorId') ?? -1)] ?? '';
    const text = [...(m[2] ?? '').matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)]
      .map((t) => decodeXml(t[1] ?? ''))
      .join('');
    notes.push({
      sheet: safeLine(sheet, 40),
      cell: safeLine(ref, 12),
      author: safeLine(author, 80),
      text: safeText(text).slice(0, 2_000),
    });
  }
  return notes;
}

/** Refuses parts named twice; otherwise lists foreign content and notes from the parts. */
export function checkDuplicateParts(entries: readonly ZipEntryInfo[]): Refusal | null {
  const seen = new Map<string, string>();
  for (const e of entries) {
    const key = e.name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      return { code: 'duplicate_part', detail: `${safeLine(e.name, 120)} appears more than once` };
    }
    seen.set(key, e.name);
  }
  return null;
}

export function inspectContent(entries: readonly ZipEntryInfo[], parts: ZipPartMap): ZipContent {
  const foreign: ForeignContent[] = [];
  for (const e of entries) {
    const f = foreignByName(e.name);
    if (f) foreign.push(f);
  }
  const decoder = new TextDecoder();
  const read = (name: string): string | null => {
    const data = parts.get(name);
    return data && data.byteLength <= MAX_PART ? decoder.decode(data) : null;
  };
  // every relationship part: script targets, external links and objects anywhere in the file
  const relsByPart = new Map<string, Map<string, Rel>>();
  for (const e of entries) {
    if (!e.name.endsWith('.rels')) continue;
    const xml = read(e.name.replace(/^\//, ''));
    if (xml === null) continue;
    const rels = relationships(xml);
    // "xl/worksheets/_rels/sheet1.xml.rels" describes "xl/worksheets/sheet1.xml"
    const owner = e.name.replace(/^\//, '').replace(/_rels\/([^/]+)\.rels$/, '$1');
    relsByPart.set(owner, rels);
    for (const rel of rels.values()) {
      const where = `${safeLine(e.name, 80)} → ${safeLine(rel.target, 120)}`;
      if (SCRIPT_TARGET.test(rel.target)) foreign.push({ kind: 'script_link', where });
      // file:///C:/…, \\server\share\…, C:\… or ../other.xlsx: Excel opens that file on a click
      // GreenThread writes no hyperlink: a web or mail link was added by someone else
      else if (/\/hyperlink$/i.test(rel.type) && WEB_TARGET.test(rel.target))
        foreign.push({ kind: 'web_link', where });
      else if (/\/hyperlink$/i.test(rel.type) && (rel.external || FILE_TARGET.test(rel.target)))
        foreign.push({ kind: 'external_link', where });
      else if (/\/(externalLink|externalLinkPath|oleObject|package)$/i.test(rel.type))
        foreign.push({
          kind: /oleObject|package/i.test(rel.type) ? 'embedded_object' : 'external_link',
          where,
        });
      else if (/\/attachedTemplate$|\/vbaProject$/i.test(rel.type))
        foreign.push({ kind: 'macros', where });
    }
  }
  for (const e of entries) {
    if (!/(^|\/)externalLinks\/[^/]+\.xml$/i.test(e.name)) continue;
    const xml = read(e.name.replace(/^\//, ''));
    if (xml !== null && /<(?:\w+:)?ddeLink\b/.test(xml))
      foreign.push({ kind: 'dde', where: safeLine(e.name, 120) });
  }
  // notes: sheet names from the workbook, comment parts from each sheet's relationships
  const notes: RawNote[] = [];
  const workbook = read('xl/workbook.xml');
  const wbRels = relsByPart.get('xl/workbook.xml');
  if (workbook !== null && wbRels) {
    for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
      const name = attr(m[0], 'name') ?? '';
      const rid = attr(m[0], 'r:id') ?? attr(m[0], 'id') ?? '';
      const rel = wbRels.get(rid);
      if (!rel) continue;
      const sheetPart = resolve('xl/workbook.xml', rel.target);
      for (const r of relsByPart.get(sheetPart)?.values() ?? []) {
        if (!/\/comments$/i.test(r.type)) continue;
        const xml = read(resolve(sheetPart, r.target));
        if (xml !== null) notes.push(...commentNotes(xml, name));
        if (notes.length >= MAX_NOTES) break;
      }
    }
  }
  return { foreign, notes: notes.slice(0, MAX_NOTES) };
}
