import { MACHINE_SHEET } from '../../../shared/workbook';
import { writeWorkbook } from '../../../adapters/excel';
import { exportSample } from './helpers';
import { sheetPart, text, unzip, xmlDecode } from './zipUtil';

describe('banker conventions in the written file', { timeout: 30_000 }, () => {
  it('hides Lists, very-hides the machine sheet and names sheets in the chosen language', async () => {
    const { bytes } = await exportSample('mn');
    const wb = text(unzip(bytes), 'xl/workbook.xml');
    expect(wb).toMatch(new RegExp(`<sheet [^>]*name="${MACHINE_SHEET}"[^>]*state="veryHidden"`));
    expect(wb).toMatch(/<sheet [^>]*name="Жагсаалт"[^>]*state="hidden"/);
    expect(wb).toContain('name="Хураангуй"');
    expect(wb).toContain('name="Үзүүлэлтүүд"');
  });

  it('puts one range validation per answer column, pointing at the Lists sheet', async () => {
    const { bytes, built } = await exportSample('en');
    const files = unzip(bytes);
    const vcp = text(files, sheetPart(files, 'VCP'));
    const validations = [
      ...vcp.matchAll(
        /<dataValidation [^>]*sqref="([^"]+)"[^>]*>[\s\S]*?<formula1>([^<]+)<\/formula1>/g,
      ),
    ];
    expect(validations).toHaveLength(1);
    const rows = built.spec.sheets.find((s) => s.key === 'vcp')!.rows.length;
    expect(validations[0]![1]).toBe(`E2:E${rows}`);
    expect(xmlDecode(validations[0]![2]!)).toBe("'Lists'!$A$1:$A$4");
  });

  it('freezes headers, sets A4 landscape fit-to-width with page numbers, protects formula sheets', async () => {
    const { bytes } = await exportSample('en');
    const files = unzip(bytes);
    const metrics = text(files, sheetPart(files, 'Metrics'));
    // the metric names stay in view; a year (twelve months and its total) fits one page width
    expect(metrics).toMatch(/<pane [^>]*xSplit="1"[^>]*state="frozen"/);
    expect(metrics).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(metrics).toMatch(/fitToPage="1"/);
    const book = text(files, 'xl/workbook.xml');
    // other sheets fit their width on the page
    expect(text(files, sheetPart(files, 'Summary'))).toMatch(/fitToPage="1"/);
    // factors are named ranges the formulas use by name
    expect(book).toMatch(/<definedName name="EF_grid"[^>]*>'?Factors'?!\$C\$\d+<\/definedName>/);
    expect(metrics).toContain('&amp;P');
    expect(metrics).toMatch(/<sheetProtection [^>]*sheet="1"/);
    // derived cells are formulas with cached values; input cells are unlocked (a style with locked=0)
    expect(metrics).toMatch(/<c r="B\d+"[^>]*><f>[^<]+<\/f><v>[\d.]+<\/v><\/c>/);
    const styles = text(files, 'xl/styles.xml');
    expect(styles).toContain('<protection locked="0"/>');
  });

  it('starts every year of the Metrics sheet on a new printed page', async () => {
    const { buildWorkbookSpec } = await import('../../../shared/workbook');
    const { writeWorkbook } = await import('../../../adapters/excel');
    const { samplePackage } = await import('../../shared/workbook/fixtures');
    const pkg = samplePackage();
    pkg.periods.push({
      period: '2026-01',
      values: { 'energy.electricity': { value: 40_000, unit: 'kWh' } },
    });
    const built = buildWorkbookSpec({
      pkg,
      pack: null,
      results: null,
      language: 'en',
      charts: null,
    });
    const second = built.layout.metricsGrid!.blocks[1]!.headerRow;
    const files = unzip(await writeWorkbook(built.spec));
    const metrics = text(files, sheetPart(files, 'Metrics'));
    expect(metrics).toMatch(new RegExp(`<rowBreaks [^>]*><brk id="${second - 1}"`));
  });

  it('formats MNT amounts with the tugrik sign', async () => {
    const { bytes } = await exportSample('en');
    expect(text(unzip(bytes), 'xl/styles.xml')).toContain('#,##0 ₮');
  });

  it('embeds chart PNGs given by the app, and a note instead from the command line', async () => {
    const { buildWorkbookSpec } = await import('../../../shared/workbook');
    const { writeWorkbook } = await import('../../../adapters/excel');
    const { samplePackage } = await import('../../shared/workbook/fixtures');
    // a 1×1 transparent PNG
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const built = buildWorkbookSpec({
      pkg: samplePackage(),
      pack: null,
      results: null,
      language: 'en',
      charts: [{ title: 'Energy by month', png, width: 600, height: 300 }],
    });
    const files = unzip(await writeWorkbook(built.spec));
    expect(files.some((f) => f.name.startsWith('xl/media/') && f.name.endsWith('.png'))).toBe(true);
    const { bytes } = await exportSample('en');
    const plain = unzip(bytes);
    expect(plain.some((f) => f.name.startsWith('xl/media/'))).toBe(false);
  });

  it('wraps a warning sentence and gives its row the height to show it', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const long =
      'Payroll figures show a lowest monthly wage below the minimum wage in force. '.repeat(3);
    const { built } = await exportSample('en');
    const vcp = built.spec.sheets.find((s) => s.key === 'vcp')!;
    const r = vcp.rows.findIndex((row, i) => i > 0 && row[0]?.t === 's');
    vcp.rows[r]![7] = { t: 's', v: long, style: 'warn' };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbook(built.spec)).slice().buffer);
    const cell = wb.getWorksheet('VCP')!.getCell(r + 1, 8);
    expect(cell.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(cell.fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    // three sentences in a 48-wide column need more than one line
    expect(wb.getWorksheet('VCP')!.getRow(r + 1).height).toBeGreaterThan(30);
  });

  it('gives a Mongolian question the lines LibreOffice needs to print it whole', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { built, bytes } = await exportSample('mn');
    const es = built.spec.sheets.find((s) => s.key === 'es')!;
    // 129 letters in the 60-wide question column: LibreOffice prints it on three lines
    const r = es.rows.findIndex((row) => row[0]?.t === 's' && row[0].v === 'ES-EFF-03');
    const question = es.rows[r]![2];
    expect(question?.t === 's' ? question.v.length : 0).toBeGreaterThan(120);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    expect(wb.getWorksheet(es.name)!.getRow(r + 1).height).toBeGreaterThanOrEqual(45);
  });
});
