// The Data quality sheet, the Legend and the Summary's declaration: what a bank expects beside
// the numbers (IFC/EBRD screening forms end with a declaration; Higg FEM exports show sources).
import { buildWorkbookSpec } from '../../../shared/workbook';
import type { CellSpec } from '../../../shared/workbook';
import { samplePackage } from './fixtures';

function build(language: 'en' | 'mn' = 'en') {
  const pkg = samplePackage();
  // January: electricity metered, diesel estimated, heat from an invoice; the rest not stated.
  // February: electricity estimated; no diesel that month.
  pkg.periods[0]!.values['energy.electricity']!.quality = 'metered';
  pkg.periods[0]!.values['energy.diesel']!.quality = 'estimated';
  pkg.periods[0]!.values['energy.district_heat']!.quality = 'invoice';
  pkg.periods[1]!.values['energy.electricity']!.quality = 'estimated';
  return buildWorkbookSpec({ pkg, pack: null, results: null, language, charts: null });
}

const shown = (c: CellSpec | undefined) =>
  c === null || c === undefined ? null : c.t === 'f' ? [c.f, c.result] : c.v;

describe('data quality, coverage, legend and declaration', () => {
  it('shows where each month’s figure came from, its months with data and the share estimated', () => {
    const built = build();
    const sheet = built.spec.sheets.find((s) => s.key === 'quality')!;
    const block = built.layout.metricsGrid!.blocks[0]!;
    const line = (metric: string) => block.rows.find((r) => r.metric === metric)!.row;
    const row = (metric: string) => sheet.rows[line(metric) - 1]!;
    // the header of the count column says of how many months
    expect(shown(sheet.rows[block.headerRow - 1]![13])).toBe('Months with data (of 12)');
    // electricity: Jan metered, Feb estimated → 2 months, 1 of 2 estimated = 50 %
    const el = line('energy.electricity');
    expect(row('energy.electricity').slice(1, 3).map(shown)).toEqual(['meter reading', 'estimate']);
    expect(shown(row('energy.electricity')[13])).toEqual([`COUNT('Metrics'!$B$${el}:$M$${el})`, 2]);
    expect(shown(row('energy.electricity')[14])).toBe(0.5);
    // diesel: Jan estimated, no February figure → 1 month, 1 of 1 estimated = 100 %
    expect(row('energy.diesel').slice(1, 3).map(shown)).toEqual(['estimate', null]);
    const dieselCount = row('energy.diesel')[13];
    expect(dieselCount?.t === 'f' && dieselCount.result).toBe(1);
    expect(shown(row('energy.diesel')[14])).toBe(1);
    // water: no source given in either month → "not stated", 0 % estimated
    expect(row('water.municipal').slice(1, 3).map(shown)).toEqual(['not stated', 'not stated']);
    expect(shown(row('water.municipal')[14])).toBe(0);
    // the Data quality sheet lines up with the Metrics sheet row for row
    const metrics = built.spec.sheets.find((s) => s.key === 'metrics')!;
    expect(shown(metrics.rows[el - 1]![0])).toBe(shown(sheet.rows[el - 1]![0]));
  });

  it('ends the Summary with the company’s declaration and the bank’s review, in both languages', () => {
    for (const [language, words] of [
      ['en', ['Declaration by the company', 'true and complete', 'Review by the bank', 'Decision']],
      ['mn', ['Компанийн мэдэгдэл', 'үнэн зөв, бүрэн', 'Банкны хянасан тэмдэглэл', 'Шийдвэр']],
    ] as const) {
      const summary = build(language).spec.sheets.find((s) => s.key === 'summary')!;
      const texts = summary.rows.flat().map((c) => (c?.t === 's' ? c.v : ''));
      for (const w of words) expect(texts.some((t) => t.includes(w))).toBe(true);
      // empty lines to sign on: name, role, date, signature; reviewed by, date, decision, …
      const lines = summary.rows.filter((r) => r[1]?.t === 's' && r[1].style === 'sign');
      expect(lines).toHaveLength(9);
    }
  });

  it('explains units, abbreviations and the provenance tags used on the Factors sheet', () => {
    const legend = build().spec.sheets.find((s) => s.key === 'legend')!;
    const terms = legend.rows.map((r) => (r[0]?.t === 's' ? r[0].v : ''));
    for (const t of [
      'kWh',
      'Gcal',
      'CO2e, t CO2e',
      'VCP',
      'GEIA',
      'NDSh',
      'ZDHC MRSL',
      '[S]',
      '[D]',
      '[K]',
    ])
      expect(terms).toContain(t);
  });
});
