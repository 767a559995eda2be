import { verifyWorkbook } from '../../../adapters/excel';
import { exportSample } from './helpers';
import { replaceText, sharedStrings, sheetPart, text, unzip, zip } from './zipUtil';

/** Replaces the value of cell `ref` in a worksheet XML with an inline string. */
function setInlineString(xml: string, ref: string, value: string): string {
  const cell = new RegExp(`<c r="${ref}"([^>]*?)(/>|>[\\s\\S]*?</c>)`);
  const m = cell.exec(xml);
  if (!m) throw new Error(`no cell ${ref}`);
  const attrs = (m[1] ?? '').replace(/\s*t="[^"]*"/, '');
  return xml.replace(cell, `<c r="${ref}"${attrs} t="inlineStr"><is><t>${value}</t></is></c>`);
}

/** The row number whose column-A shared string is `id`. */
function rowOf(xml: string, strings: readonly string[], id: string): number {
  const index = strings.indexOf(id);
  const m = new RegExp(`<c r="A(\\d+)"[^>]*t="s"[^>]*><v>${index}</v>`).exec(xml);
  if (!m) throw new Error(`no row for ${id}`);
  return Number(m[1]);
}

describe('tampering with the sheet XML', { timeout: 30_000 }, () => {
  it('editing one answer cell is reported as exactly that change', async () => {
    const { bytes, built } = await exportSample('en');
    const files = unzip(bytes);
    const vcp = built.layout.vcp!;
    const part = sheetPart(files, vcp.sheet);
    const xml = text(files, part);
    const row = rowOf(xml, sharedStrings(files), 'VCP-WA-02');
    const edited = replaceText(files, part, setInlineString(xml, `E${row}`, 'No'));
    const verdict = await verifyWorkbook(zip(edited));
    expect(verdict.kind).toBe('changed');
    if (verdict.kind !== 'changed') return;
    expect(verdict.digestMatches).toBe(true);
    expect(verdict.changes).toEqual([
      {
        kind: 'vcp',
        sheet: 'VCP',
        row,
        col: 5,
        id: 'VCP-WA-02',
        field: 'answer',
        before: 'partly',
        after: 'no',
        valid: true,
      },
    ]);
  });

  it('re-zipping without edits stays intact (the check is on content, not bytes)', async () => {
    const { bytes } = await exportSample('mn');
    const verdict = await verifyWorkbook(zip(unzip(bytes)));
    expect(verdict.kind).toBe('intact');
  });

  it('editing the hidden machine data breaks the digest', async () => {
    const { bytes } = await exportSample('en');
    const files = unzip(bytes);
    const strings = sharedStrings(files);
    const i = strings.indexOf('"Б. Сарангэрэл"');
    expect(i).toBeGreaterThanOrEqual(0);
    const ssXml = text(files, 'xl/sharedStrings.xml').replace(
      /(&quot;|")Б\. Сарангэрэл(&quot;|")/g,
      '&quot;Someone Else&quot;',
    );
    expect(ssXml).toContain('Someone Else');
    const verdict = await verifyWorkbook(zip(replaceText(files, 'xl/sharedStrings.xml', ssXml)));
    // the signature covers the data as read: a changed value fails it even with $digest intact
    expect(verdict).toMatchObject({
      kind: 'changed',
      digestMatches: false,
      changes: [],
      signature: { status: 'invalid' },
    });
    if (verdict.kind === 'changed') expect(verdict.pkg.preparedBy).toBe('Someone Else');
  });
});
