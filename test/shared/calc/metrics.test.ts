import { METRIC_IDS } from '../../../shared/catalogue/metricIds';
import {
  METRICS,
  checkOutlier,
  getMetric,
  metricsForProcesses,
} from '../../../shared/catalogue/metrics';

describe('metric catalogue', () => {
  it('defines every permanent metric id with a canonical unit among its allowed units', () => {
    expect(Object.keys(METRICS).sort()).toEqual([...METRIC_IDS].sort());
    for (const id of METRIC_IDS) {
      const m = getMetric(id);
      expect(m.units[m.canonicalUnit]).toEqual({ kind: 'linear', factor: 1 });
      expect(m.label.en.length).toBeGreaterThan(0);
      expect(m.label.mn).toMatch(/[А-Яа-яӨөҮүЁё]/);
      expect(m.label.mnReviewed).toBe(false);
    }
  });

  it('offers the units the brief asks for', () => {
    expect(Object.keys(getMetric('energy.district_heat').units)).toEqual([
      'Gcal',
      'GJ',
      'MWh',
      'kWh',
    ]);
    expect(Object.keys(getMetric('energy.diesel').units)).toContain('kg');
    expect(Object.keys(getMetric('energy.lpg').units)).toContain('L');
    expect(Object.keys(getMetric('water.municipal').units)).toEqual(['m3', 'L']);
  });

  it('filters by process', () => {
    const garment = metricsForProcesses(['garment']).map((m) => m.id);
    expect(garment).not.toContain('chemicals.dyes');
    expect(garment).not.toContain('waste.sludge');
    expect(garment).toContain('energy.electricity');
    expect(metricsForProcesses(['dyeing']).map((m) => m.id)).toContain('chemicals.dyes');
  });
});

describe('checkOutlier', () => {
  it('flags values outside the combined range of the processes', () => {
    // garment electricity range 200–60,000 kWh/month
    expect(checkOutlier('energy.electricity', 100_000, ['garment']).outlier).toBe(true);
    expect(checkOutlier('energy.electricity', 100_000, ['garment']).reason).toMatch(/above/);
    // garment + spinning: max 60,000 + 800,000
    expect(checkOutlier('energy.electricity', 100_000, ['garment', 'spinning']).outlier).toBe(
      false,
    );
    expect(checkOutlier('energy.electricity', 50, ['garment']).reason).toMatch(/below/);
    expect(checkOutlier('energy.electricity', -1, ['garment']).reason).toBe('negative quantity');
    expect(checkOutlier('water.recycled', 1e9, ['garment'])).toMatchObject({
      outlier: false,
      range: null,
    });
    expect(checkOutlier('energy.electricity', 5000, []).range?.max).toBe(800_000);
  });
});
