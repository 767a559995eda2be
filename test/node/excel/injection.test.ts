import { sharedStrings, sheetPart, text, unzip } from './zipUtil';
import { exportSample } from './helpers';

const TYPED = [
  '=HYPERLINK("http://evil.example","click")',
  '@SUM(A1:A9)',
  '-2+3',
  '\tTab first',
  '=1+1 install a grease-recovery loop',
  '+1 meter replaced',
];

describe('formula injection', { timeout: 30_000 }, () => {
  it('writes every typed text as a string cell, never as a formula', async () => {
    const { bytes, built } = await exportSample('en');
    const files = unzip(bytes);
    const strings = sharedStrings(files);
    const visible = built.spec.sheets.filter((s) => s.state === 'visible');
    let found = 0;
    for (const sheet of visible) {
      const xml = text(files, sheetPart(files, sheet.name));
      for (const typed of TYPED) {
        const index = strings.indexOf(typed);
        if (index < 0) continue;
        const cells = [
          ...xml.matchAll(new RegExp(`<c r="[A-Z]+\\d+"[^>]*><v>${index}</v></c>`, 'g')),
        ];
        for (const c of cells) {
          expect(c[0]).toMatch(/ t="s"/);
          found++;
        }
      }
      // no formula element anywhere holds user text
      for (const f of xml.matchAll(/<f>([\s\S]*?)<\/f>/g)) {
        for (const typed of TYPED) expect(f[1]).not.toContain(typed.replace(/^[=+@-]/, ''));
      }
    }
    // the address, two VCP comments, the E&S note and the action are visible somewhere
    expect(found).toBeGreaterThanOrEqual(5);
  });

  it('keeps formulas only where GreenThread put them (Summary figures, Metrics, Data quality counts, Factors)', async () => {
    const { bytes, built } = await exportSample('en');
    const files = unzip(bytes);
    for (const sheet of built.spec.sheets) {
      const xml = text(files, sheetPart(files, sheet.name));
      const hasFormula = /<f>/.test(xml);
      expect([sheet.key, hasFormula]).toEqual([
        sheet.key,
        ['metrics', 'quality', 'factors', 'summary'].includes(sheet.key),
      ]);
    }
  });
});
