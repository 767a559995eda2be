// @vitest-environment jsdom
// jsdom only for DOMParser (see parseSvg); the chart code itself is pure.
import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import { demoPackages } from '../../../shared/demo';
import { scorePackage } from '../../../shared/engine/scorePackage';
import type { ApplicationPackage } from '../../../shared/package/schema';
import { chartLabel } from '../../../shared/workbook/chartLabels';
import { buildChartSvgs, monthWindow } from '../../../shared/workbook/chartSet';
import { samplePackage } from './fixtures';
import { parseSvg } from './parseSvg';

const CYRILLIC = /[\u0400-\u04FF]/;
const scourer = (): ApplicationPackage => {
  const pkg = demoPackages(ACTIVE_PACK).find((p) => p.organisation.id === 'demo-khangai-cashmere');
  if (!pkg) throw new Error('demo scourer missing');
  return pkg;
};

function charts(pkg: ApplicationPackage, language: 'en' | 'mn') {
  const results = scorePackage(pkg, ACTIVE_PACK);
  return { results, charts: buildChartSvgs({ pkg, results, pack: ACTIVE_PACK, language }) };
}

describe('workbook charts of a scored package', () => {
  it('a demo company with a project gets five well-formed charts in each language', () => {
    for (const lang of ['en', 'mn'] as const) {
      const { charts: list } = charts(scourer(), lang);
      expect(list.map((c) => c.key)).toEqual(['energy', 'co2', 'specificEnergy', 'vcp', 'green']);
      for (const c of list) {
        const doc = parseSvg(c.svg);
        expect(doc.querySelector('.title')?.textContent).toBe(c.title);
        expect(doc.querySelector('.no-data')).toBeNull();
        expect(Number(doc.documentElement.getAttribute('height'))).toBe(c.height);
        expect(c.width).toBe(720);
      }
      expect(list[0]?.title).toBe(chartLabel('energyTitle', lang));
    }
  });

  it('writes the labels in the workbook language', () => {
    const en = charts(scourer(), 'en').charts;
    const mn = charts(scourer(), 'mn').charts;
    const energyEn = parseSvg(en[0]?.svg ?? '');
    const energyMn = parseSvg(mn[0]?.svg ?? '');
    // Carrier names come from the metric catalogue.
    expect(energyEn.querySelector('.legend')?.textContent).toContain('Electricity (grid)');
    expect(energyMn.querySelector('.legend')?.textContent).toContain('Цахилгаан эрчим хүч');
    expect(energyEn.querySelector('.unit')?.textContent).toBe('MWh');
    expect(energyMn.querySelector('.unit')?.textContent).toBe('МВт.ц');
    expect(energyEn.querySelector('.category')?.textContent).toBe('Jan');
    expect(energyMn.querySelector('.category')?.textContent).toBe('1');
    // English charts of the demo carry no Mongolian, the Mongolian ones do.
    for (const c of en) expect(parseSvg(c.svg).documentElement.textContent).not.toMatch(CYRILLIC);
    for (const c of mn) expect(c.title).toMatch(CYRILLIC);
    const vcpMn = parseSvg(mn[3]?.svg ?? '');
    const pillarLabels = [...vcpMn.querySelectorAll('.category')]
      .map((t) => t.textContent)
      .join(' ');
    expect(pillarLabels).toContain('Эрчим хүч (EN)');
    expect(pillarLabels).toContain('(ENV)');
  });

  it('plots the engine’s numbers: energy per carrier, CO2 by scope, intensity, pillar scores', () => {
    const pkg = scourer();
    const { results, charts: list } = charts(pkg, 'en');
    const dec = results.indicators.periods.find((p) => p.period === '2025-12');
    if (!dec) throw new Error('no December');
    const value = (svg: string, sel: string) =>
      Number(parseSvg(svg).querySelector(sel)?.getAttribute('data-value'));
    // December is the last of the twelve months shown (index 11); series 0 is electricity.
    expect(value(list[0]?.svg ?? '', 'rect.bar[data-series="0"][data-index="11"]')).toBeCloseTo(
      (dec.indicators.energy.byCarrier.electricity?.kwh.value ?? NaN) / 1000,
      6,
    );
    expect(value(list[1]?.svg ?? '', 'rect.bar[data-series="1"][data-index="11"]')).toBeCloseTo(
      dec.indicators.emissions.scope2.value ?? NaN,
      6,
    );
    expect(value(list[2]?.svg ?? '', 'circle.point[data-index="11"]')).toBeCloseTo(
      dec.indicators.intensity.energyKwhPerKg.value ?? NaN,
      6,
    );
    const base = results.indicators.years.find((y) => y.year === '2024');
    expect(value(list[2]?.svg ?? '', 'line.reference')).toBeCloseTo(
      base?.indicators.intensity.energyKwhPerKg.value ?? NaN,
      6,
    );
    const en = results.vcp.pillars.findIndex((p) => p.pillar === 'EN');
    expect(value(list[3]?.svg ?? '', `rect.bar[data-index="${String(en)}"]`)).toBeCloseTo(
      results.vcp.pillars[en]?.scorePct.value ?? NaN,
      6,
    );
    const green = parseSvg(list[4]?.svg ?? '');
    const co2 = [...green.querySelectorAll('.panel[data-index="2"] rect.bar')].map((b) =>
      Number(b.getAttribute('data-value')),
    );
    expect(co2).toEqual([results.green?.baseline.co2T, results.green?.after.co2T]);
  });

  it('a package without months, answers or project gives "no data" charts, not a crash', () => {
    const pkg: ApplicationPackage = { ...samplePackage(), periods: [], vcp: undefined };
    delete pkg.project;
    for (const lang of ['en', 'mn'] as const) {
      const { charts: list } = charts(pkg, lang);
      expect(list.map((c) => c.key)).toEqual(['energy', 'co2', 'specificEnergy', 'vcp']);
      // No answers is not "no data" for the VCP: every applicable item counts as "no" (issue 15
      // rule 3), so its chart shows each pillar at 0 %.
      for (const c of list.filter((x) => x.key !== 'vcp')) {
        const doc = parseSvg(c.svg);
        expect(doc.querySelector('.no-data')).not.toBeNull();
        expect(doc.querySelectorAll('rect.bar, circle.point')).toHaveLength(0);
      }
      const vcp = parseSvg(list.find((c) => c.key === 'vcp')?.svg ?? '');
      expect(vcp.querySelector('.no-data')).toBeNull();
      expect(parseSvg(list[0]?.svg ?? '').querySelector('.no-data')?.textContent).toBe(
        chartLabel('noMonths', lang),
      );
    }
  });

  it('escapes the user’s project title', () => {
    const pkg = scourer();
    if (!pkg.project) throw new Error('demo project missing');
    const title = `<img src=x onerror="alert(1)"> & 'Бойлер'`;
    pkg.project = { ...pkg.project, title };
    const green = charts(pkg, 'en').charts.find((c) => c.key === 'green');
    expect(green?.svg).not.toContain('<img');
    const doc = parseSvg(green?.svg ?? '');
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('.subtitle')?.textContent).toBe(title);
  });
});

describe('monthWindow', () => {
  it('shows the twelve months up to the latest one entered, across a year end', () => {
    const periods = ['2024-11', '2025-02', '2023', '2024-12'].map((period) => ({
      period,
      kind: period.length === 4 ? ('year' as const) : ('month' as const),
    }));
    const w = monthWindow(periods);
    expect(w.keys).toHaveLength(12);
    expect(w.keys[0]).toBe('2024-03');
    expect(w.keys.at(-1)).toBe('2025-02');
    expect([...w.byKey.keys()].sort()).toEqual(['2024-11', '2024-12', '2025-02']);
  });

  it('is empty without monthly data', () => {
    expect(monthWindow([]).keys).toEqual([]);
  });
});
