import { describe, expect, it } from 'vitest';
import { computePeriodIndicators } from '../../../../shared/calc/periods';
import { factorsFor } from '../../../../shared/factors/resolve';
import {
  aggregate,
  buildEntry,
  rowUnit,
  weightedNcv,
} from '../../../../renderer/src/features/metrics/cellEntry';
import {
  buildGridModel,
  emptyGridState,
} from '../../../../renderer/src/features/metrics/gridModel';
import {
  cellKey,
  flatRows,
  gridGroups,
  monthsOf,
} from '../../../../renderer/src/features/metrics/gridRows';

const ids = (processes: Parameters<typeof gridGroups>[0]) =>
  flatRows(gridGroups(processes)).map((r) => r.key);

describe('rows by process', () => {
  it('shows a garment maker no scouring metrics, and a scourer its sludge and detergents', () => {
    const garment = ids(['garment']);
    expect(garment).not.toContain('waste.sludge');
    expect(garment).not.toContain('chemicals.detergents');
    expect(garment).not.toContain('chemicals.dyes');
    expect(garment).toContain('energy.electricity');
    const scourer = ids(['scouring', 'dehairing']);
    expect(scourer).toContain('waste.sludge');
    expect(scourer).toContain('chemicals.detergents');
    expect(scourer).not.toContain('chemicals.dyes');
  });

  it('puts a calorific-value row under coal and briquettes, groups in a fixed order', () => {
    const keys = ids(['scouring']);
    expect(keys[keys.indexOf('energy.coal') + 1]).toBe('energy.coal#ncv');
    expect(keys[keys.indexOf('energy.briquettes') + 1]).toBe('energy.briquettes#ncv');
    expect(gridGroups(['garment']).map((g) => g.group)).toEqual([
      'production',
      'energy',
      'water',
      'waste',
      'chemicals',
      'labour',
      'cost',
    ]);
  });
});

describe('entries', () => {
  it('keeps note, evidence and a still-valid explanation; drops an explanation that explains nothing', () => {
    const stored = { value: 900_000, unit: 'kWh', note: 'meter', outlierExplanation: 'new line' };
    const base = { ncvDraft: undefined, explanationDraft: undefined, stored, unit: 'kWh' };
    const still = buildEntry('energy.electricity', {
      ...base,
      valueDraft: '950000',
      processes: ['knitting'],
    });
    expect(still).toEqual({
      kind: 'entry',
      value: { value: 950_000, unit: 'kWh', note: 'meter', outlierExplanation: 'new line' },
    });
    const normal = buildEntry('energy.electricity', {
      ...base,
      valueDraft: '90 000',
      processes: ['knitting'],
    });
    expect(normal).toEqual({ kind: 'entry', value: { value: 90_000, unit: 'kWh', note: 'meter' } });
    expect(
      buildEntry('energy.electricity', { ...base, valueDraft: '', processes: ['knitting'] }),
    ).toEqual({ kind: 'clear' });
    expect(
      buildEntry('energy.electricity', { ...base, valueDraft: 'x', processes: ['knitting'] }),
    ).toEqual({ kind: 'invalid', error: 'notANumber' });
  });

  it('chooses the unit most months were stored in', () => {
    const months = monthsOf('2025');
    const stored = {
      '2025-01': { 'energy.district_heat': { value: 1, unit: 'GJ' } },
      '2025-02': { 'energy.district_heat': { value: 1, unit: 'GJ' } },
      '2025-03': { 'energy.district_heat': { value: 1, unit: 'Gcal' } },
    };
    expect(rowUnit('energy.district_heat', months, stored, undefined)).toBe('GJ');
    expect(rowUnit('energy.district_heat', months, stored, 'MWh')).toBe('MWh');
    expect(rowUnit('energy.district_heat', months, {}, undefined)).toBe('Gcal');
  });

  it('aggregates like the engine roll-up', () => {
    expect(aggregate('sum', [1, null, 2.5])).toBe(3.5);
    expect(aggregate('average', [40, 44, null])).toBe(42);
    expect(aggregate('minimum', [800_000, 792_000])).toBe(792_000);
    expect(aggregate('sum', [null])).toBeNull();
    // 10 t at 3000 and 30 t at 4000 kcal/kg → (30 000 + 120 000) / 40 = 3750
    expect(
      weightedNcv([
        { amount: 10, ncv: 3000 },
        { amount: 30, ncv: 4000 },
        { amount: 5, ncv: null },
      ]),
    ).toBe(3750);
  });
});

describe('buildGridModel', () => {
  const rows = flatRows(gridGroups(['scouring']));
  const months = monthsOf('2025');

  it('counts only what is stored or committed; a draft is typing, an error or held', () => {
    const stored = {
      '2025-04': { 'energy.electricity': { value: 20_000, unit: 'kWh' } },
      '2025-07': { 'energy.electricity': { value: 9_000, unit: 'kWh' } },
    };
    const committed = {
      'energy.electricity@2025-01': { value: 10_000, unit: 'kWh' },
      // Above the scouring maximum of 300 000 kWh but under 10 × that: unusual, not absurd.
      'energy.electricity@2025-03': { value: 400_000, unit: 'kWh' },
      'energy.electricity@2025-07': null,
      'energy.coal@2025-01': { value: 20, unit: 't', ncvKcalPerKg: 3000 },
      'production.output_kg@2025-01': { value: 5000, unit: 'kg' },
    };
    const drafts = {
      [cellKey('energy.electricity', '2025-02')]: '12,5e',
      // A lone minus over a stored 20 000: an unfinished number, the stored value stays.
      [cellKey('energy.electricity', '2025-04')]: '-',
      // 4 000 000 > 10 × 300 000: held until the user keeps it.
      [cellKey('energy.electricity', '2025-05')]: '4 000 000',
      [cellKey('energy.electricity', '2025-06')]: '15000',
      [cellKey('energy.coal#ncv', '2025-02')]: '3 500',
    };
    const m = buildGridModel(rows, months, stored, { ...emptyGridState(), drafts, committed }, [
      'scouring',
    ]);
    const cell = (row: string, period: string) => m.cells.get(cellKey(row, period));
    expect(cell('energy.electricity', '2025-02')?.error).toBe('notANumber');
    expect(cell('energy.electricity', '2025-04')).toMatchObject({
      error: 'incomplete',
      number: 20_000,
      text: '-',
    });
    expect(cell('energy.electricity', '2025-05')?.status).toBe('held');
    expect(cell('energy.electricity', '2025-06')?.status).toBe('typing');
    expect(cell('energy.coal#ncv', '2025-02')?.error).toBe('ncvNeedsValue');
    expect(m.errorCount).toBe(3);
    expect(m.questions).toEqual([
      {
        kind: 'absurd',
        metricId: 'energy.electricity',
        period: '2025-05',
        unit: 'kWh',
        value: 4_000_000,
      },
    ]);
    expect(m.outliers.map((o) => `${o.metricId}@${o.period}`)).toEqual([
      'energy.electricity@2025-03',
    ]);
    // Typed, held and invalid texts stay out: 10 000 + 400 000 + 20 000 (July was cleared).
    expect(m.totals.get('energy.electricity')).toBe(430_000);
    expect(m.totals.get('energy.coal#ncv')).toBe(3000);
    const jan = m.periods.find((p) => p.period === '2025-01');
    expect(jan?.values['energy.coal']).toEqual({ value: 20, unit: 't', ncvKcalPerKg: 3000 });
    const year = computePeriodIndicators(m.periods, ['scouring'], factorsFor(undefined)).years[0];
    // Electricity scope 2: 430 000 kWh ÷ 1000 × 0.797 t/MWh (FACTORS_V1 grid factor) = 342.71.
    expect(year?.indicators.emissions.byCarrier.electricity?.value).toBeCloseTo(342.71, 6);
  });

  it('asks before a cell emptied by editing clears a stored figure', () => {
    const stored = { '2025-05': { 'energy.diesel': { value: 1800, unit: 'L' } } };
    const drafts = { [cellKey('energy.diesel', '2025-05')]: '' };
    const typing = buildGridModel(rows, months, stored, { ...emptyGridState(), drafts }, [
      'scouring',
    ]);
    expect(typing.cells.get(cellKey('energy.diesel', '2025-05'))?.status).toBe('typing');
    expect(typing.totals.get('energy.diesel')).toBe(1800);
    const left = buildGridModel(
      rows,
      months,
      stored,
      { ...emptyGridState(), drafts, asked: { 'energy.diesel@2025-05': true } },
      ['scouring'],
    );
    expect(left.questions).toMatchObject([{ kind: 'clear', value: 1800 }]);
    expect(left.totals.get('energy.diesel')).toBe(1800);
  });

  it('counts estimated figures per row beside the total', () => {
    const stored = {
      '2025-01': { 'energy.diesel': { value: 10, unit: 'L', quality: 'estimated' as const } },
      '2025-02': { 'energy.diesel': { value: 10, unit: 'L', quality: 'metered' as const } },
      '2025-03': { 'energy.diesel': { value: 10, unit: 'L' } },
      '2025-04': { 'energy.diesel': { value: 10, unit: 'L', quality: 'estimated' as const } },
    };
    const m = buildGridModel(rows, months, stored, emptyGridState(), ['scouring']);
    expect(m.quality.get('energy.diesel')).toEqual({ values: 4, estimated: 2 });
    expect(m.cells.get(cellKey('energy.diesel', '2025-02'))?.quality).toBe('metered');
  });

  it('marks an outlier as kept once it has an explanation', () => {
    const stored = {
      '2025-03': {
        'energy.electricity': { value: 500_000, unit: 'kWh', outlierExplanation: 'trial run' },
      },
    };
    const m = buildGridModel(rows, months, stored, emptyGridState(), ['scouring']);
    expect(m.outliers[0]?.explanation).toBe('trial run');
    expect(m.periods[0]?.values['energy.electricity']?.outlierExplanation).toBe('trial run');
  });
});
