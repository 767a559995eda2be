// Malformed and hostile .xlsx files, built at test time from a real GreenThread workbook.
import ExcelJS from 'exceljs';
import { ACTIVE_PACK } from '../../shared/catalogue/packs';
import { generatePackage } from '../../shared/engine/generatePackage';
import type { ApplicationPackage } from '../../shared/package/schema';
import { buildWorkbookSpec, MACHINE_SHEET, type RefusalCode } from '../../shared/workbook';
import { signedWith, TEST_KEY } from '../shared/workbook/testKeys';
import { writeWorkbook } from '../../adapters/excel';
import { WORKBOOK_FORMAT_VERSION } from '../../shared/workbook/machineSheet';
import {
  textPart,
  unzipParts,
  withText,
  zerosCrc,
  zerosDeflateStream,
  zipParts,
  type RawZipPart,
  type ZipPart,
} from './zipBytes';

export interface RefusedFile {
  id: string;
  title: string;
  bytes: Uint8Array;
  /** Any of these refusal codes is right (a damaged file may fail at more than one check). */
  codes: readonly RefusalCode[];
  /** The English refusal message must match this (names the sheet, field or reason). */
  mentions: RegExp;
}

/** Seeded bytes so every run builds the same corpus. */
export function randomBytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let a = seed >>> 0;
  for (let i = 0; i < length; i++) {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    out[i] = a >>> 24;
  }
  return out;
}

/** A string of `length` letters that deflate does NOT shrink 200-fold (so it is no "bomb"). */
export function bigString(length: number): string {
  // 64 KiB of random letters repeated: copies lie beyond deflate's 32 KiB window
  const block = Buffer.from(randomBytes(65_536, 7).map((b) => 97 + (b % 26))).toString('latin1');
  return block.repeat(Math.ceil(length / block.length)).slice(0, length);
}

/** UTF-8 bytes of a text. */
export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

export const PDF_HEADER = new TextEncoder().encode(
  '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
);

export function basePackage(): ApplicationPackage {
  return generatePackage(7, 3, ACTIVE_PACK);
}

type Path = readonly (string | number)[];

const xmlEscape = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmlUnescape = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function inlineCell(ref: string, value: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(value)}</t></is></c>`;
}

/** The part holding a sheet, through workbook.xml and its relationships. */
function sheetPartName(parts: readonly ZipPart[], sheet: string): string {
  const tag = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(
    textPart(parts, 'xl/workbook.xml'),
  );
  const rels = textPart(parts, 'xl/_rels/workbook.xml.rels');
  const target = new RegExp(`Id="${tag?.[1] ?? '?'}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no part for ${sheet}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/**
 * Edits the JSON cells of machine rows in the written file (as a person with a zip tool
 * would): json === null deletes the row; a key not present is appended. $rowCount follows
 * path edits so only the intended fault is present.
 */
function editMachine(bytes: Uint8Array, edits: readonly [string | Path, string | null][]) {
  const parts = unzipParts(bytes);
  const name = sheetPartName(parts, MACHINE_SHEET);
  const strings = [
    ...textPart(parts, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((m) =>
    xmlUnescape([...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  let xml = textPart(parts, name);
  const rowOf = (key: string): number | null => {
    const index = strings.indexOf(key);
    const m = new RegExp(`<c r="A(\\d+)" t="s"><v>${String(index)}</v></c>`).exec(xml);
    return index < 0 || m === null ? null : Number(m[1]);
  };
  const setB = (row: number, value: string) => {
    xml = xml.replace(
      new RegExp(`<c r="B${String(row)}"[^>]*>.*?</c>`),
      inlineCell(`B${String(row)}`, value),
    );
  };
  let delta = 0;
  let next =
    [...xml.matchAll(/<row r="(\d+)"/g)].reduce((n, m) => Math.max(n, Number(m[1])), 0) + 1;
  for (const [key, json] of edits) {
    const k = typeof key === 'string' ? key : JSON.stringify(key);
    const row = rowOf(k);
    if (json === null) {
      if (row === null) throw new Error(`no machine row ${k}`);
      xml = xml.replace(new RegExp(`<row r="${String(row)}"[^>]*>.*?</row>`), '');
      if (typeof key !== 'string') delta--;
    } else if (row === null) {
      const r = String(next++);
      xml = xml.replace(
        '</sheetData>',
        `<row r="${r}">${inlineCell(`A${r}`, k)}${inlineCell(`B${r}`, json)}</row></sheetData>`,
      );
      if (typeof key !== 'string') delta++;
    } else setB(row, json);
  }
  const countRow = rowOf('$rowCount');
  const countCell =
    countRow === null
      ? undefined
      : new RegExp(`<c r="B${String(countRow)}" t="s"><v>(\\d+)</v>`).exec(xml);
  if (delta !== 0 && countRow !== null && countCell) {
    setB(countRow, String(Number(strings[Number(countCell[1])]) + delta));
  }
  return zipParts(withText(parts, name, xml));
}

/** The workbook's sheet list with one <sheet> renamed (to === null removes it). */
function editSheetList(bytes: Uint8Array, from: string, to: string | null): Uint8Array {
  const parts = unzipParts(bytes);
  const xml = textPart(parts, 'xl/workbook.xml');
  const re = new RegExp(`<sheet [^>]*name="${from}"[^>]*/>`);
  const tag = re.exec(xml)?.[0];
  if (tag === undefined) throw new Error(`no sheet ${from}`);
  const next = to === null ? '' : tag.replace(`name="${from}"`, `name="${to}"`);
  return zipParts(withText(parts, 'xl/workbook.xml', xml.replace(tag, next)));
}

function bomb(
  name: string,
  realMib: number,
  declared: number,
  copies = 1,
): { parts: RawZipPart[]; size: number } {
  const body = zerosDeflateStream(realMib);
  const crc = zerosCrc(realMib);
  const parts = Array.from({ length: copies }, (_, i) => ({
    name: i === 0 ? name : `xl/media/zeros${String(i)}.bin`,
    method: 8 as const,
    body,
    crc,
    declaredSize: declared,
  }));
  return { parts, size: parts.reduce((n, p) => n + p.body.length, 0) };
}

const tiny = (name: string, s: string) => ({
  name,
  data: new Uint8Array(Buffer.from(s, 'utf8')),
});

const GIB = 1024 * 1024 * 1024;

/** A signed workbook of `pkg`, as an installation with TEST_KEY exports it. */
export async function workbookBytes(pkg: ApplicationPackage = basePackage()): Promise<Uint8Array> {
  const built = buildWorkbookSpec({
    pkg,
    pack: ACTIVE_PACK,
    results: null,
    language: 'en',
    charts: null,
    signingPublicKey: TEST_KEY.publicKey,
  });
  return writeWorkbook((await signedWith(built)).spec);
}

export async function foreignWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['Company', 'Electricity kWh']);
  ws.addRow(['Other Co', 41_000]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every refused workbook file; `good` is a valid GreenThread workbook of basePackage(). */
export async function refusedWorkbooks(): Promise<RefusedFile[]> {
  const pkg = basePackage();
  const good = await workbookBytes(pkg);
  const edited = (edits: [string | Path, string | null][]) =>
    Promise.resolve(editMachine(good, edits));
  // 64 parts × 16 MiB of zeros: 1 GiB really expands from about 1 MB on disk.
  const honest = bomb('xl/worksheets/sheet1.xml', 16, 16 * 1024 * 1024, 64);
  // one part whose directory CLAIMS 3 GiB (only 16 MiB inside)
  const claims = bomb('xl/worksheets/sheet1.xml', 16, 3 * GIB);
  const wbXml = tiny('xl/workbook.xml', '<workbook/>');
  const G = MACHINE_SHEET;
  return [
    {
      id: 'empty',
      title: 'an empty file',
      bytes: new Uint8Array(0),
      codes: ['not_zip'],
      mentions: /not an Excel workbook/,
    },
    {
      id: 'random',
      title: '64 KiB of random bytes',
      bytes: randomBytes(65_536),
      codes: ['not_zip'],
      mentions: /not an Excel workbook/,
    },
    {
      id: 'pdf',
      title: 'a PDF',
      bytes: PDF_HEADER,
      codes: ['not_zip'],
      mentions: /not an Excel workbook/,
    },
    {
      id: 'truncated-half',
      title: 'a workbook cut in half',
      bytes: good.slice(0, good.length >> 1),
      codes: ['truncated'],
      mentions: /damaged or incomplete/,
    },
    {
      id: 'truncated-tail',
      title: 'a workbook missing its last 10 bytes',
      bytes: good.slice(0, -10),
      codes: ['truncated'],
      mentions: /damaged or incomplete/,
    },
    {
      id: 'zip-bomb-1gib',
      title: `a ${String(Math.round(honest.size / 1024))} KiB zip expanding to 1 GiB`,
      bytes: zipParts([wbXml, ...honest.parts]),
      codes: ['zip_bomb'],
      mentions: /unpack to too much data.*(expands|uncompressed)/,
    },
    {
      id: 'zip-bomb-claims-3gib',
      title: 'a part whose directory claims 3 GiB',
      bytes: zipParts([wbXml, ...claims.parts]),
      codes: ['zip_bomb'],
      mentions: /unpack to too much data/,
    },
    {
      id: 'zip-bomb-hidden',
      title: 'a real sheet replaced by 1 GiB of zeros whose directory says 1000 bytes',
      bytes: zipParts(
        unzipParts(good).map((p) =>
          p.name === 'xl/worksheets/sheet2.xml'
            ? {
                name: p.name,
                method: 8 as const,
                body: zerosDeflateStream(1024),
                crc: 0,
                declaredSize: 1000,
              }
            : p,
        ),
      ),
      codes: ['zip_bomb'],
      mentions: /unpack to too much data.*more than the 1000 bytes it declares/,
    },
    {
      id: 'foreign-xlsx',
      title: 'a valid workbook from another program',
      bytes: await foreignWorkbook(),
      codes: ['not_ours'],
      mentions: /not made by GreenThread \(no _gt_data sheet\)/,
    },
    {
      id: 'machine-removed',
      title: 'a GreenThread workbook without its _gt_data sheet',
      bytes: editSheetList(good, G, null),
      codes: ['not_ours'],
      mentions: /_gt_data/,
    },
    {
      id: 'machine-renamed',
      title: '_gt_data renamed to Data',
      bytes: editSheetList(good, G, 'Data'),
      codes: ['not_ours'],
      mentions: /_gt_data/,
    },
    {
      id: 'wrong-type',
      title: 'employees as text in the machine data',
      bytes: await edited([[['organisation', 'employees'], '"many"']]),
      codes: ['invalid_package'],
      mentions: /"_gt_data".*field organisation\.employees/,
    },
    {
      id: 'negative',
      title: 'negative employees',
      bytes: await edited([[['organisation', 'employees'], '-5']]),
      codes: ['invalid_package'],
      mentions: /field organisation\.employees/,
    },
    {
      id: 'nan',
      title: 'NaN as a number',
      bytes: await edited([[['organisation', 'annualTurnoverMnt'], 'NaN']]),
      codes: ['bad_cell'],
      mentions: /"_gt_data".*row \d+.*not valid JSON/,
    },
    {
      id: 'huge',
      title: '1e308 as turnover',
      bytes: await edited([[['organisation', 'annualTurnoverMnt'], '1e308']]),
      codes: ['invalid_package'],
      mentions: /field organisation\.annualTurnoverMnt/,
    },
    {
      id: 'infinity',
      title: '1e999 (Infinity) as turnover',
      bytes: await edited([[['organisation', 'annualTurnoverMnt'], '1e999']]),
      codes: ['invalid_package'],
      mentions: /field organisation\.annualTurnoverMnt/,
    },
    {
      id: 'impossible-date',
      title: 'a permit expiring on 2025-02-30',
      bytes: await edited([[['organisation', 'permits', 0, 'expiresOn'], '"2025-02-30"']]),
      codes: ['invalid_package'],
      mentions: /field organisation\.permits\.0\.expiresOn.*not a real calendar date/,
    },
    {
      id: 'string-10mb',
      title: 'a 10 MB company name',
      bytes: await edited([
        [['organisation', 'nameEn'], JSON.stringify(bigString(10 * 1024 * 1024))],
      ]),
      codes: ['invalid_package', 'bad_cell'],
      mentions: /field organisation\.nameEn/,
    },
    {
      id: 'missing-field',
      title: 'the Mongolian name removed from the machine data',
      bytes: await edited([[['organisation', 'nameMn'], null]]),
      codes: ['invalid_package'],
      mentions: /field organisation\.nameMn/,
    },
    {
      id: 'extra-field',
      title: 'an unknown organisation field',
      bytes: await edited([[['organisation', 'shareholders'], '"x"']]),
      codes: ['invalid_package'],
      mentions: /field organisation.*shareholders/,
    },
    {
      id: 'row-count',
      title: 'machine rows missing but $rowCount not updated',
      bytes: editMachine(good, [['$rowCount', '999999']]),
      codes: ['truncated', 'bad_cell'],
      mentions: /\$rowCount/,
    },
    {
      id: 'newer-pack',
      title: 'a workbook pinned to pack 99.0.0',
      bytes: await edited([
        ['$packVersion', '"99.0.0"'],
        [['packVersion'], '"99.0.0"'],
      ]),
      codes: ['newer_pack'],
      mentions: /newer criteria pack.*99\.0\.0/,
    },
    {
      id: 'newer-workbook-format',
      title: 'a workbook format version newer than this app reads',
      bytes: await edited([['$formatVersion', String(WORKBOOK_FORMAT_VERSION + 1)]]),
      codes: ['newer_format'],
      mentions: /newer GreenThread.*\$formatVersion/,
    },
    {
      id: 'newer-package-format',
      title: 'package format version 2 inside the workbook',
      bytes: await edited([[['formatVersion'], '2']]),
      codes: ['newer_format'],
      mentions: /newer GreenThread.*field formatVersion/,
    },
  ];
}

/** Sheet-list edits on visible sheets: not refused, but every change must be reported. */
export async function editedVisibleSheets(): Promise<{ id: string; bytes: Uint8Array }[]> {
  const good = await workbookBytes();
  return ['Profile', 'Metrics', 'VCP'].flatMap((name) => [
    { id: `${name}-removed`, bytes: editSheetList(good, name, null) },
    { id: `${name}-renamed`, bytes: editSheetList(good, name, `${name} (2)`) },
  ]);
}
