import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { demoPackages } from '../../../shared/demo';
import { scorePackage } from '../../../shared/engine/scorePackage';
import { generatePackage } from '../../../shared/engine/generatePackage';
import {
  groupBenchmark,
  groupSummarySpec,
  MIN_GROUP_SIZE,
  participantFigures,
  type ParticipantFigures,
} from '../../../shared/workshop';

const figure = (energy: number | null, vcp: number | null): ParticipantFigures => ({
  year: '2025',
  energyKwhPerKg: energy,
  waterLPerKg: null,
  co2KgPerKg: null,
  womenSharePct: 50,
  vcpOverallPct: vcp,
  vcpPillarPct: { EN: vcp },
});

describe('group benchmark', () => {
  it('summarises every measure over the participants (hand-computed)', () => {
    const b = groupBenchmark(
      [figure(4, 80), figure(1, 40), figure(3, null), figure(2, 60)],
      ACTIVE_PACK,
    );
    expect(b.participants).toBe(4);
    expect(b.shown).toBe(true);
    const by = (k: string) => b.measures.find((m) => m.key === k)?.summary;
    expect(by('energyKwhPerKg')).toEqual({ n: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
    // Three scored VCP values 40, 60, 80: the participant with no score is left out.
    expect(by('vcpOverallPct')).toEqual({ n: 3, min: 40, q1: 50, median: 60, q3: 70, max: 80 });
    expect(by('vcp.EN')?.median).toBe(60);
    expect(by('waterLPerKg')).toBeNull();
    expect(by('womenSharePct')?.median).toBe(50);
  });

  it('has a row for the intensities, women, VCP overall and every pillar of the pack', () => {
    const b = groupBenchmark([figure(1, 1), figure(2, 2), figure(3, 3)], ACTIVE_PACK);
    expect(b.measures.map((m) => m.key)).toEqual([
      'energyKwhPerKg',
      'waterLPerKg',
      'co2KgPerKg',
      'womenSharePct',
      'vcpOverallPct',
      ...ACTIVE_PACK.pillars.map((p) => `vcp.${p.id}`),
    ]);
    for (const m of b.measures) {
      expect(m.label.en).not.toBe('');
      expect(m.label.mn).toMatch(/[А-Яа-яӨөҮүЁё]/);
    }
  });

  it(`withholds everything below ${MIN_GROUP_SIZE} participants`, () => {
    const b = groupBenchmark([figure(1, 1), figure(2, 2)], ACTIVE_PACK);
    expect(b.shown).toBe(false);
    expect(b.measures.every((m) => m.summary === null)).toBe(true);
  });

  it("reads a participant's fullest year from the engine", () => {
    const pkg = demoPackages(ACTIVE_PACK)[1]!;
    const f = participantFigures(pkg, ACTIVE_PACK);
    const r = scorePackage(pkg, ACTIVE_PACK);
    const y2025 = r.indicators.years.find((y) => y.year === '2025')!;
    expect(f.year).toBe('2025');
    expect(f.energyKwhPerKg).toBe(y2025.indicators.intensity.energyKwhPerKg.value);
    expect(f.co2KgPerKg).toBe(y2025.indicators.intensity.co2KgPerKg.value);
    expect(f.vcpOverallPct).toBe(r.vcp.overallPct.value);
    expect(f.vcpPillarPct.EN).toBe(r.vcp.pillars.find((p) => p.pillar === 'EN')?.scorePct.value);
  });

  it('a stray first month of a new year does not replace a full year', () => {
    const pkg = generatePackage(7, 13, ACTIVE_PACK);
    const f = participantFigures(pkg, ACTIVE_PACK);
    expect(f.year).toBe(pkg.periods[0]!.period.slice(0, 4));
  });
});

describe('group summary workbook', () => {
  const pkgs = demoPackages(ACTIVE_PACK);
  const bench = groupBenchmark(
    pkgs.map((p) => participantFigures(p, ACTIVE_PACK)),
    ACTIVE_PACK,
  );

  it('names no company and writes text as text, never formulas', () => {
    for (const lang of ['en', 'mn'] as const) {
      const spec = groupSummarySpec(bench, lang, '2026-11-24T10:00:00.000Z');
      const json = JSON.stringify(spec);
      for (const p of pkgs) {
        expect(json).not.toContain(p.organisation.nameEn);
        expect(json).not.toContain(p.organisation.nameMn);
        expect(json).not.toContain(p.organisation.id);
        expect(json).not.toContain(p.organisation.registrationNo);
      }
      const cells = spec.sheets.flatMap((s) => s.rows.flat());
      // the only formulas are the per-measure figures over the values column
      const formulas = cells.flatMap((c) => (c?.t === 'f' ? [c.f] : []));
      expect(formulas.length).toBeGreaterThan(0);
      for (const f of formulas)
        expect(f).toMatch(/^(COUNT|MIN|MAX|MEDIAN|QUARTILE\.INC)\(B5:B\d+(,[13])?\)$/);
      expect(cells.filter((c) => c?.t === 's').length).toBeGreaterThan(20);
    }
  });

  it('carries the medians it was given', () => {
    const spec = groupSummarySpec(bench, 'en', '2026-11-24T10:00:00.000Z');
    const row = spec.sheets[0]!.rows.find((r) => r[0]?.t === 's' && r[0].v === 'Energy intensity')!;
    const median = bench.measures[0]!.summary!.median;
    expect(row[5]).toMatchObject({ t: 'n', v: Math.round(median * 1000) / 1000 });
    expect(row[2]).toMatchObject({ t: 'n', v: 4 });
  });

  it('gives every measure with data a sheet: sorted values, live figures that agree, the chart', () => {
    const energy = bench.measures.find((m) => m.key === 'energyKwhPerKg')!;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const spec = groupSummarySpec(
      bench,
      'en',
      '2026-11-24T10:00:00.000Z',
      'GreenThread',
      new Map([['energyKwhPerKg', { png, width: 640, height: 300 }]]),
    );
    const withData = bench.measures.filter((m) => (m.values ?? []).length > 0);
    expect(spec.sheets).toHaveLength(1 + withData.length);
    const names = spec.sheets.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    const sheet = spec.sheets.find((s) => s.key === 'group-energyKwhPerKg')!;
    const values = sheet.rows.slice(4).flatMap((r) => (r[1]?.t === 'n' ? [r[1].v] : []));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values).toHaveLength(energy.summary!.n);
    const figureOf = (fn: string) =>
      sheet.rows.flat().find((c) => c?.t === 'f' && c.f.startsWith(fn)) as { result: number };
    expect(figureOf('MEDIAN').result).toBeCloseTo(energy.summary!.median, 3);
    expect(figureOf('QUARTILE.INC(B5:B8,1)').result).toBeCloseTo(energy.summary!.q1, 3);
    expect(sheet.images).toHaveLength(1);
    expect(sheet.images[0]).toMatchObject({ width: 480, height: 225 });
    expect(spec.sheets.find((s) => s.key === 'group-co2KgPerKg')!.images).toHaveLength(0);
  });

  it('gives no per-measure sheets when the group is too small to show', () => {
    const small = groupBenchmark(
      pkgs.slice(0, 1).map((p) => participantFigures(p, ACTIVE_PACK)),
      ACTIVE_PACK,
    );
    expect(groupSummarySpec(small, 'mn', '2026-11-24T10:00:00.000Z').sheets).toHaveLength(1);
  });
});
