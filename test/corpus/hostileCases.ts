// Files built to exhaust or to lie about their size, for every reader (CLI, app import, restore):
// each is refused by a named limit of shared/limits.ts before the parse it aims at.
import { FILE_LIMITS, RECORD_LIMITS, XML_LIMITS, ZIP_LIMITS } from '../../shared/limits';
import { basePackage, enc, workbookBytes } from './workbookCases';
import { unzipParts, zipParts } from './zipBytes';
import { deflateRawSync, crc32 } from 'node:zlib';

export interface HostileFile {
  id: string;
  title: string;
  /** Built lazily: some are tens of MB. */
  bytes: () => Uint8Array | Promise<Uint8Array>;
  /** The refusal must name this limit (or reason). */
  mentions: RegExp;
}

/** A schema-valid package but for its `n` VCP answers; 1,000,000 (28 MB) was issue 17's OOM. */
export function manyAnswers(n: number): Uint8Array {
  const pkg = basePackage();
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(`"X${i}":{"answer":"yes"}`);
  const text = JSON.stringify({ ...pkg, vcp: { ...pkg.vcp, answers: {} } });
  return enc(text.replace('"answers":{}', `"answers":{${parts.join(',')}}`));
}

/** Arrays nested 100,000 deep: JSON.parse copes, every recursive walk after it would not. */
export function deepJson(): Uint8Array {
  return enc(`{"format":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
}

/** Ids JavaScript objects reserve, as answer keys: dropped or reaching Object.prototype before. */
export function prototypeIds(): Uint8Array {
  const pkg = basePackage();
  const text = JSON.stringify({ ...pkg, vcp: { ...pkg.vcp, answers: {} } });
  return enc(
    text.replace(
      '"answers":{}',
      '"answers":{"__proto__":{"answer":"yes"},"constructor":{"answer":"no"}}',
    ),
  );
}

/** A package one byte over the size limit (its content never matters: the size refuses it). */
export function oversizedPackage(): Uint8Array {
  return new Uint8Array(FILE_LIMITS.maxPackageBytes + 1).fill(0x20);
}

/** A real workbook whose first sheet holds one cell more than ZIP_LIMITS.maxCellsPerSheet. */
export async function manyCellsWorkbook(): Promise<Uint8Array> {
  const parts = unzipParts(await workbookBytes());
  const n = ZIP_LIMITS.maxCellsPerSheet + 1;
  // Distinct values so the part compresses like real data (under maxRatio), not like a bomb.
  const rows: string[] = [];
  for (let r = 0; r * 1000 < n; r++) {
    const cells: string[] = [];
    for (let c = 0; c < 1000; c++) cells.push(`<c><v>${(r * 7919 + c * 104729) % 1000003}</v></c>`);
    rows.push(`<row>${cells.join('')}</row>`);
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  return zipParts(
    parts.map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, data: enc(xml) } : p)),
  );
}

/**
 * A real workbook whose first sheet declares (honestly, with a body that truly inflates that far)
 * more bytes than one part may hold; its ratio stays under maxRatio, so only the part limit hits.
 */
export async function inflatedSheetWorkbook(): Promise<Uint8Array> {
  const parts = unzipParts(await workbookBytes());
  const size = ZIP_LIMITS.maxPartInflatedBytes + 1;
  // Pseudo-random 0s and 1s compress about 8:1 (an 8 MB file, under the file limit): no bomb,
  // just a part too large to load.
  const data = new Uint8Array(size);
  let x = 7;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    data[i] = 0x30 + (x >>> 31);
  }
  const body = new Uint8Array(deflateRawSync(data));
  return zipParts(
    parts.map((p) =>
      p.name === 'xl/worksheets/sheet1.xml'
        ? { name: p.name, method: 8 as const, body, crc: crc32(data), declaredSize: size }
        : p,
    ),
  );
}

/**
 * A real workbook whose shared-string table is grown to `n` distinct texts: at 1,200,000 (5 MB)
 * it read as intact after 3.2 CPU-seconds and 323 MB.
 */
export async function manyStringsWorkbook(n: number): Promise<Uint8Array> {
  const parts = unzipParts(await workbookBytes());
  const sst = parts.find((p) => p.name === 'xl/sharedStrings.xml');
  if (!sst) throw new Error('the workbook has no shared strings');
  const xml = new TextDecoder().decode(sst.data);
  // the workbook's own strings stay first, so every cell still reads as exported
  const own = xml.match(/<si>/g)?.length ?? 0;
  const items: string[] = [];
  for (let i = own; i < n; i++) items.push(`<si><t>${String((i * 7919) % 10_000_019)}</t></si>`);
  const grown = xml
    .replace(/(count|uniqueCount)="\d+"/g, `$1="${String(n)}"`)
    .replace('</sst>', `${items.join('')}</sst>`);
  return zipParts(
    parts.map((p) => (p.name === 'xl/sharedStrings.xml' ? { ...p, data: enc(grown) } : p)),
  );
}

/** A real workbook whose first sheet ends in elements nested `depth` deep (100,000 read intact). */
export async function deepXmlWorkbook(depth: number): Promise<Uint8Array> {
  const parts = unzipParts(await workbookBytes());
  const nest = `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;
  return zipParts(
    parts.map((p) =>
      p.name === 'xl/worksheets/sheet1.xml'
        ? {
            ...p,
            data: enc(
              new TextDecoder().decode(p.data).replace('</worksheet>', `${nest}</worksheet>`),
            ),
          }
        : p,
    ),
  );
}

/** A part name carrying terminal escape sequences (clear screen, a fake green "OK"). */
export async function escapeNameWorkbook(): Promise<Uint8Array> {
  const parts = unzipParts(await workbookBytes());
  const evil = 'xl/\u001b[2J\u001b[32mverified OK\u001b[0m.xml';
  // Declared far over the part limit so the refusal names the part.
  return zipParts([
    ...parts,
    { name: evil, method: 8, body: deflateRawSync(enc('x')), crc: 0, declaredSize: 0x7ffffff0 },
  ]);
}

/**
 * The same part twice: the first sheet's copy that Excel (which takes the first) would show says
 * one thing, a second copy another; a reader taking the last would check the wrong one.
 */
export async function duplicatePartWorkbook(): Promise<Uint8Array> {
  const parts = unzipParts(await workbookBytes());
  const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error('the workbook has no first sheet');
  const other = new TextDecoder().decode(sheet.data).replace(/<v>\d+<\/v>/, '<v>999999</v>');
  return zipParts([...parts, { name: sheet.name, data: enc(other) }]);
}

export function hostilePackages(): HostileFile[] {
  return [
    {
      id: 'million-answers',
      title: 'a package with 1,000,000 VCP answers',
      bytes: () => manyAnswers(1_000_000),
      mentions: /JSON_LIMITS\.maxEntries/,
    },
    {
      id: 'too-many-answers',
      title: `a package with ${RECORD_LIMITS.maxAnswers + 1} VCP answers`,
      bytes: () => manyAnswers(RECORD_LIMITS.maxAnswers + 1),
      mentions: /RECORD_LIMITS\.maxAnswers/,
    },
    {
      id: 'deep-json',
      title: 'JSON nested 100,000 deep',
      bytes: deepJson,
      mentions: /JSON_LIMITS\.maxDepth/,
    },
    {
      id: 'prototype-ids',
      title: 'answers keyed "__proto__" and "constructor"',
      bytes: prototypeIds,
      mentions: /reserve/,
    },
    {
      id: 'oversized-package',
      title: `a package of ${FILE_LIMITS.maxPackageBytes + 1} bytes`,
      bytes: oversizedPackage,
      mentions: /FILE_LIMITS\.maxPackageBytes|too large/,
    },
  ];
}

export function hostileWorkbooks(): HostileFile[] {
  return [
    {
      id: 'many-cells',
      title: `a sheet of ${ZIP_LIMITS.maxCellsPerSheet + 1} cells`,
      bytes: manyCellsWorkbook,
      mentions: /ZIP_LIMITS\.maxCellsPerSheet/,
    },
    {
      id: 'inflated-sheet',
      title: `a sheet inflating to ${ZIP_LIMITS.maxPartInflatedBytes + 1} bytes`,
      bytes: inflatedSheetWorkbook,
      mentions: /ZIP_LIMITS\.maxPartInflatedBytes/,
    },
    {
      id: 'many-shared-strings',
      title: 'a workbook with 1,200,000 shared strings',
      bytes: () => manyStringsWorkbook(1_200_000),
      mentions: /too many different texts.*XML_LIMITS\.maxSharedStrings/,
    },
    {
      id: 'shared-strings-over-limit',
      title: `a workbook with ${String(XML_LIMITS.maxSharedStrings + 1)} shared strings`,
      bytes: () => manyStringsWorkbook(XML_LIMITS.maxSharedStrings + 1),
      mentions: /XML_LIMITS\.maxSharedStrings/,
    },
    {
      id: 'deep-xml',
      title: 'a sheet with elements nested 100,000 deep',
      bytes: () => deepXmlWorkbook(100_000),
      mentions: /nested too deep.*XML_LIMITS\.maxXmlDepth/,
    },
    {
      id: 'duplicate-part',
      title: 'a workbook holding its first sheet twice',
      bytes: duplicatePartWorkbook,
      mentions: /same part twice/,
    },
    {
      id: 'escape-name',
      title: 'a part name with terminal escape sequences',
      bytes: escapeNameWorkbook,
      mentions: /%1b\[2J/,
    },
  ];
}
