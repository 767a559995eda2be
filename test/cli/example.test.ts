import { readFileSync } from 'node:fs';
import { scourerDehairerExample } from '../../cli/examples/scourerDehairer';
import { ACTIVE_PACK } from '../../shared/catalogue/packs';
import { scorePackage } from '../../shared/engine/scorePackage';
import { parsePackage } from '../../shared/package/parsePackage';
import type { ApplicationPackage } from '../../shared/package/schema';

const file = JSON.parse(
  readFileSync('docs/examples/scourer-dehairer.package.json', 'utf8'),
) as unknown;

function v(
  pkg: ApplicationPackage,
  period: number,
  metric: keyof ApplicationPackage['periods'][number]['values'],
) {
  return pkg.periods[period]?.values[metric]?.value ?? 0;
}

describe('docs/examples/scourer-dehairer.package.json', () => {
  it('is a valid package and is what the generator script writes', () => {
    const parsed = parsePackage(file);
    expect(parsed.ok).toBe(true);
    expect(file).toEqual(JSON.parse(JSON.stringify(scourerDehairerExample())));
  });

  it('looks like a scourer-dehairer year (realism.md)', () => {
    const pkg = scourerDehairerExample();
    expect(pkg.organisation.processes).toEqual(['sorting', 'scouring', 'dehairing']);
    expect(pkg.periods.map((p) => p.period)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
    );
    const rawT = pkg.periods.reduce((s, _p, i) => s + v(pkg, i, 'production.input_kg'), 0) / 1000;
    expect(rawT).toBeGreaterThan(100); // "a few hundred tonnes of raw cashmere a year"
    expect(rawT).toBeLessThan(900);
    // volumes peak late spring to autumn; heating peaks in January
    expect(v(pkg, 6, 'production.input_kg')).toBeGreaterThan(2 * v(pkg, 0, 'production.input_kg'));
    expect(v(pkg, 0, 'energy.district_heat')).toBeGreaterThan(v(pkg, 6, 'energy.district_heat'));
    for (let i = 0; i < 12; i++) {
      const yieldShare = v(pkg, i, 'production.output_kg') / v(pkg, i, 'production.input_kg');
      expect(yieldShare).toBeGreaterThan(0.35); // scouring + dehairing lose roughly half
      expect(yieldShare).toBeLessThan(0.65);
      const staff = v(pkg, i, 'labour.employees');
      expect(staff).toBeGreaterThanOrEqual(40);
      expect(staff).toBeLessThanOrEqual(200);
      expect(v(pkg, i, 'labour.women')).toBeLessThan(staff);
      // minimum wage: MNT 660,000 until March 2025, 792,000 from 1 April 2025 (reference §6)
      expect(v(pkg, i, 'labour.lowest_wage_mnt')).toBeGreaterThanOrEqual(i < 3 ? 660_000 : 792_000);
      // scouring water 4–78 m³ per tonne (reference §4.4), checked on the wet-process share
      const m3PerT = v(pkg, i, 'water.municipal') / (v(pkg, i, 'production.input_kg') / 1000);
      expect(m3PerT).toBeGreaterThan(4);
      expect(m3PerT).toBeLessThan(78);
      expect(v(pkg, i, 'wastewater.discharged')).toBeLessThan(v(pkg, i, 'water.municipal'));
    }
  });

  it('scores without unit issues or unexplained outliers against the active pack', () => {
    const r = scorePackage(scourerDehairerExample(), ACTIVE_PACK);
    expect(r.packMatches).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.outliers.filter((o) => !o.kept)).toEqual([]);
    expect(r.vcp.completion.unanswered).toBe(0);
    expect(r.green).not.toBeNull();
  });
});
