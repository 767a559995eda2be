import { describe, expect, it } from 'vitest';
import { computePeriodIndicators } from '../../../shared/calc/periods';
import { FACTORS_V1, MINIMUM_WAGES, SRC_OVERRIDE, resolveFactors } from '../../../shared/factors';
import { factorCitation } from '../../../shared/factors/citations';
import { factorName } from '../../../shared/factors/factorNames';
import { DENSITY } from '../../../shared/units/densities';

const CYRILLIC = /[А-Яа-яЁёӨөҮү]/;

// Every source an explanation or the Factors sheet can show: the factor set, the minimum wages,
// densities, the derived heat factor (default and with a changed efficiency), overrides.
function shippedSources() {
  return [
    ...Object.values(FACTORS_V1.factors).map((f) => f.source),
    ...MINIMUM_WAGES.map((m) => m.source),
    ...Object.values(DENSITY).map((d) => d.source),
    resolveFactors().cite['heat.ef']!.source,
    SRC_OVERRIDE,
  ];
}

describe('factor sources and names in the reader’s language', () => {
  it('has a Mongolian source line for every shipped factor source', () => {
    const missing = shippedSources().filter((s) => !CYRILLIC.test(factorCitation(s, 'mn')));
    expect(missing.map((s) => s.citation)).toEqual([]);
  });

  it('names sources as a bank cites them, never by a pointer into our own notes', () => {
    for (const s of shippedSources())
      for (const language of ['en', 'mn'] as const) {
        const line = factorCitation(s, language);
        expect(line).not.toMatch(/reference\.md|realism\.md|§/);
      }
    const grid = FACTORS_V1.factors['grid.ef']!.source;
    expect(factorCitation(grid, 'en')).toMatch(/^JCM Mongolia methodology MN_AM003/);
    expect(factorCitation(grid, 'mn')).toMatch(/^JCM Монгол, MN_AM003 аргачлал/);
    const lignite = FACTORS_V1.factors['fuel.lignite.co2']!.source;
    expect(factorCitation(lignite, 'mn')).toMatch(/^IPCC 2006 удирдамж/);
  });

  it('writes the derived heat factor with the numbers it was derived from', () => {
    // 4.1868 GJ/Gcal × 0.101 tCO2/GJ ÷ 0.8 = 0.5285835 tCO2/Gcal
    const heat = resolveFactors().cite['heat.ef']!;
    expect(heat.value).toBeCloseTo(0.5285835, 7);
    expect(factorCitation(heat.source, 'en')).toBe(
      'Derived: 4.1868 GJ/Gcal × 0.101 tCO2/GJ (lignite, IPCC 2006) ÷ 0.8 (heat supply efficiency)',
    );
    expect(factorCitation(heat.source, 'mn')).toBe(
      'Тооцоолсон: 4.1868 ГЖ/Гкал × 0.101 т CO2/ГЖ (хүрэн нүүрс, IPCC 2006) ÷ 0.8 (дулаан хангамжийн үр ашиг)',
    );
  });

  it('has a Mongolian name for every factor an explanation cites', () => {
    const ids = [
      ...Object.keys(FACTORS_V1.factors),
      ...MINIMUM_WAGES.map((m) => m.id),
      'heat.ef',
      'coal.ncv.certificate',
      'briquettes.ncv.certificate',
    ];
    const cited = computePeriodIndicators(
      [
        {
          period: '2025-05',
          values: {
            'energy.electricity': { value: 1000, unit: 'kWh' },
            'energy.coal': { value: 10, unit: 't' },
            'energy.district_heat': { value: 50, unit: 'Gcal' },
          },
        },
      ],
      [],
      resolveFactors(),
    ).periods[0]!.indicators.emissions.byCarrier;
    for (const e of Object.values(cited)) for (const f of e.explanation.factors) ids.push(f.id);
    const missing = ids.filter((id) => !CYRILLIC.test(factorName(id, 'mn') ?? ''));
    expect(missing).toEqual([]);
    expect(ids.filter((id) => factorName(id, 'en') === undefined)).toEqual([]);
    expect(factorName('min_wage.2025-04', 'mn')).toBe(
      'Хөдөлмөрийн хөлсний доод хэмжээ, 2025 оны 4-р сараас',
    );
  });
});
