import fc from 'fast-check';
import { METRICS } from '../../../shared/catalogue/metrics';
import type { MetricId } from '../../../shared/catalogue/metricIds';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { generatePackage } from '../../../shared/engine/generatePackage';
import { scorePackage } from '../../../shared/engine/scorePackage';
import type { ApplicationPackage, MetricValue } from '../../../shared/package/schema';
import { buildWorkbookSpec, type DerivedRow } from '../../../shared/workbook';
import { samplePackage } from './fixtures';

function derivedOf(pkg: ApplicationPackage): DerivedRow[] {
  return buildWorkbookSpec({ pkg, pack: null, results: null, language: 'en', charts: null })
    .derived;
}

function close(a: number | '' | null, b: number | null): boolean {
  const x = a === '' ? null : a;
  if (x === null || b === null)
    return x === b || (x === 0 && b === null) || (x === null && b === 0);
  return Math.abs(x - b) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(b));
}

const CARRIERS: MetricId[] = [
  'energy.electricity',
  'energy.district_heat',
  'energy.steam',
  'energy.coal',
  'energy.briquettes',
  'energy.diesel',
  'energy.gasoline',
  'energy.lpg',
  'energy.solar_generated',
  'water.municipal',
  'water.groundwater',
  'production.output_kg',
];

const valueArb = (metric: MetricId): fc.Arbitrary<MetricValue> =>
  fc
    .record({
      unit: fc.constantFrom(...Object.keys(METRICS[metric].units)),
      value: fc.double({ min: 0.5, max: 50_000, noNaN: true }),
      ncv: fc.option(fc.integer({ min: 2500, max: 7000 }), { nil: undefined }),
    })
    .map(({ unit, value, ncv }) => {
      const hasNcv =
        (metric === 'energy.coal' || metric === 'energy.briquettes') && ncv !== undefined;
      return hasNcv ? { value, unit, ncvKcalPerKg: ncv } : { value, unit };
    });

const periodsArb = fc.array(
  fc.record(
    Object.fromEntries(CARRIERS.map((m) => [m, fc.option(valueArb(m), { nil: undefined })])),
  ),
  { minLength: 1, maxLength: 6 },
);

describe('Metrics sheet derived columns', () => {
  it('give every month the same complete formula, so a value typed into a blank cell counts', () => {
    const built = buildWorkbookSpec({
      pkg: samplePackage(),
      pack: null,
      results: null,
      language: 'en',
      charts: null,
    });
    const sheet = built.spec.sheets.find((x) => x.key === 'metrics')!;
    const block = built.layout.metricsGrid!.blocks[0]!;
    const dieselRow = block.rows.find((x) => x.metric === 'energy.diesel')!.row;
    const energyRow = sheet.rows.findIndex(
      (r) => r[0]?.t === 's' && r[0].v === 'Total energy (kWh)',
    );
    const col = (period: string) => block.periods.find((p) => p.period === period)!.col;
    // February has no diesel: its cell is blank, yet its energy formula reads it (blank = 0)
    const feb = col('2025-02');
    const letter = String.fromCharCode(64 + feb);
    expect(sheet.rows[dieselRow - 1]![feb - 1]).toMatchObject({ t: 's', v: '' });
    const f = sheet.rows[energyRow]![feb - 1];
    expect(f?.t === 'f' && f.f).toContain(`${letter}${dieselRow}`);
    // the same formula, column letter aside, as January's
    const janF = sheet.rows[energyRow]![col('2025-01') - 1];
    const shape = (x: string) => x.replace(/\b[A-Z](\d+)\b/g, '#$1');
    expect(f?.t === 'f' && janF?.t === 'f' && shape(f.f) === shape(janF.f)).toBe(true);
    // factors by name, no unnamed 0.001 or 1000 inline
    expect(f?.t === 'f' && f.f).toMatch(/EF_grid|GJ_per_kWh/);
    expect(f?.t === 'f' && /(^|[^\w.])(0\.001|1000)([^\w.]|$)/.test(f.f)).toBe(false);
  });

  it('lays a year out as metrics by months, January in column B and the year in N', () => {
    const pkg = samplePackage();
    // a second year with only March and a yearly entry of its own
    pkg.periods.push(
      { period: '2026-03', values: { 'energy.electricity': { value: 10_000, unit: 'kWh' } } },
      { period: '2027', values: { 'energy.electricity': { value: 400_000, unit: 'kWh' } } },
    );
    const built = buildWorkbookSpec({
      pkg,
      pack: null,
      results: null,
      language: 'en',
      charts: null,
    });
    const grid = built.layout.metricsGrid!;
    expect(grid.blocks.map((b) => [b.title, b.periods.map((p) => [p.period, p.col])])).toEqual([
      [
        '2025',
        [
          ['2025-01', 2],
          ['2025-02', 3],
        ],
      ],
      ['2026', [['2026-03', 4]]],
      ['2027', [['2027', 14]]],
    ]);
    const sheet = built.spec.sheets.find((x) => x.key === 'metrics')!;
    // each year after the first starts a printed page
    expect(sheet.rowBreaks).toEqual(grid.blocks.slice(1).map((b) => b.headerRow - 1));
    // the twelve month columns share a width, wide enough for the longest number in them
    const widths = sheet.columns.slice(1, 13).map((c) => c.width);
    expect(new Set(widths).size).toBe(1);
    // the longest month figure is January 2025's total energy, 564,876 kWh: 7 characters + 2
    expect(widths[0]).toBe(9);
  });

  it('total a year by sum for flows, by average for headcount and by the lowest month for wages', () => {
    const pkg = samplePackage();
    pkg.periods[0]!.values['labour.employees'] = { value: 80, unit: 'persons' };
    pkg.periods[1]!.values['labour.employees'] = { value: 90, unit: 'persons' };
    pkg.periods[0]!.values['labour.lowest_wage_mnt'] = { value: 700_000, unit: 'MNT' };
    pkg.periods[1]!.values['labour.lowest_wage_mnt'] = { value: 650_000, unit: 'MNT' };
    const built = buildWorkbookSpec({
      pkg,
      pack: null,
      results: null,
      language: 'en',
      charts: null,
    });
    const sheet = built.spec.sheets.find((x) => x.key === 'metrics')!;
    const block = built.layout.metricsGrid!.blocks[0]!;
    expect(sheet.rows[block.headerRow - 1]![13]).toMatchObject({ v: '2025 total' });
    const rowOf = (metric: string) =>
      sheet.rows[block.rows.find((x) => x.metric === metric)!.row - 1]!;
    const total = (metric: string) => {
      const cell = rowOf(metric)[13];
      return cell?.t === 'f' ? [cell.f, cell.result] : null;
    };
    const how = (metric: string) => rowOf(metric)[14];
    // employees (80 + 90) / 2 = 85; lowest wage min(700,000, 650,000); electricity 52,000 + 55,500
    const r = block.rows.find((x) => x.metric === 'labour.employees')!.row;
    expect(total('labour.employees')).toEqual([
      `IF(COUNT(B${r}:M${r})>0,AVERAGE(B${r}:M${r}),"")`,
      85,
    ]);
    expect(total('labour.lowest_wage_mnt')?.[1]).toBe(650_000);
    expect(total('energy.electricity')?.[1]).toBe(107_500);
    expect(how('labour.employees')).toMatchObject({ v: 'average of months' });
    expect(how('labour.lowest_wage_mnt')).toMatchObject({ v: 'lowest month' });
    expect(how('energy.electricity')).toMatchObject({ v: 'sum of months' });
  });

  it('match a hand calculation for the sample January', () => {
    const jan = derivedOf(samplePackage())[0]!;
    // 52,000 kWh + 310 Gcal × 1,163 kWh + 40 t × 3,300 kcal/kg × 4.1868/3.6 kWh/kg... + 400 L diesel
    const heatKwh = (310 * 4.1868) / 0.0036;
    const coalKwh = (40 * 3300 * 4.1868) / 1000 / 0.0036;
    const dieselKwh = (400 * 0.84 * 43) / 1000 / 0.0036;
    expect(jan.energyKwh).toBeCloseTo(52_000 + heatKwh + coalKwh + dieselKwh, 6);
    const heatEf = (4.1868 * 0.101) / 0.8;
    const coalCo2e = ((40 * 3300 * 4.1868) / 1000) * (0.101 + (10 * 28 + 1.5 * 265) * 1e-6);
    const dieselCo2e = ((400 * 0.84 * 43) / 1000) * (0.0741 + (3 * 28 + 0.6 * 265) * 1e-6);
    expect(jan.co2eT).toBeCloseTo(52 * 0.797 + 310 * heatEf + coalCo2e + dieselCo2e, 6);
    expect(jan.waterLPerKg).toBeCloseTo((900 * 1000) / 12_000, 9);
  });

  it('agree with the engine for generated packages', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const pkg = generatePackage(seed, 14, ACTIVE_PACK);
      const engine = scorePackage(pkg, ACTIVE_PACK).indicators.periods;
      const ours = derivedOf(pkg);
      for (const row of ours) {
        const e = engine.find((p) => p.period === row.period)!.indicators;
        expect(close(row.energyKwh, e.energy.totalKwh.value)).toBe(true);
        expect(close(row.co2eT, e.emissions.total.value)).toBe(true);
        expect(close(row.energyKwhPerKg, e.intensity.energyKwhPerKg.value)).toBe(true);
      }
    }
  });

  it('agree with the engine for any carrier in any allowed unit', () => {
    const base = samplePackage();
    fc.assert(
      fc.property(periodsArb, (periods) => {
        const pkg: ApplicationPackage = {
          ...base,
          periods: periods.map((values, i) => ({
            period: `2024-${String(i + 1).padStart(2, '0')}`,
            values: Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)),
          })),
        };
        const engine = scorePackage(pkg, ACTIVE_PACK).indicators.periods;
        for (const row of derivedOf(pkg)) {
          const e = engine.find((p) => p.period === row.period)!.indicators;
          const checks: [number | '', number | null][] = [
            [row.energyKwh, e.energy.totalKwh.value],
            [row.co2eT, e.emissions.total.value],
            [row.energyKwhPerKg, e.intensity.energyKwhPerKg.value],
            [row.co2eKgPerKg, e.intensity.co2KgPerKg.value],
            [row.waterLPerKg, e.intensity.waterLPerKg.value],
          ];
          for (const [ours, theirs] of checks) {
            if (!close(ours, theirs))
              throw new Error(`${row.period}: ${String(ours)} vs ${String(theirs)}`);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
