// The Factors sheet: every constant with its source as a bank would cite it, in the workbook's
// language (issue 18 item 12).
import { buildWorkbookSpec } from '../../../shared/workbook';
import type { CellSpec } from '../../../shared/workbook';
import { samplePackage } from './fixtures';

const text = (c: CellSpec | undefined) => (c && c.t !== 'f' && typeof c.v === 'string' ? c.v : '');

function sources(language: 'en' | 'mn'): Map<string, string> {
  const built = buildWorkbookSpec({
    pkg: samplePackage(),
    pack: null,
    results: null,
    language,
    charts: null,
  });
  const sheet = built.spec.sheets.find((s) => s.key === 'factors')!;
  // Column A is the range name, E the source.
  return new Map(sheet.rows.slice(1).map((r) => [text(r[0]), text(r[4])]));
}

describe('Factors sheet sources', () => {
  it('are in Mongolian in the Mongolian workbook, in English in the English one', () => {
    const en = sources('en');
    const mn = sources('mn');
    expect(en.get('EF_grid')).toMatch(/^JCM Mongolia methodology MN_AM003/);
    expect(mn.get('EF_grid')).toMatch(/^JCM Монгол, MN_AM003 аргачлал/);
    expect(mn.get('NCV_diesel')).toBe(
      'IPCC 2006 удирдамж, 2-р боть, 1-р бүлэг, хүснэгт 1.2 (илчлэг) ба 1.4 (CO2 коэффициент)',
    );
    // 4.1868 GJ/Gcal × 0.101 tCO2/GJ ÷ 0.8: the derived factor says what it is made of.
    expect(en.get('EF_heat')).toBe(
      'Derived: 4.1868 GJ/Gcal × 0.101 tCO2/GJ (lignite, IPCC 2006) ÷ 0.8 (heat supply efficiency)',
    );
    const notMongolian = [...mn].filter(([, s]) => !/[А-Яа-яӨөҮү]/.test(s));
    expect(notMongolian).toEqual([]);
    for (const s of [...en.values(), ...mn.values()]) expect(s).not.toMatch(/reference\.md|§/);
  });
});
