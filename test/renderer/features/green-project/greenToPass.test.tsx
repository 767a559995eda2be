import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { GreenResultsPanel } from '../../../../renderer/src/features/green-project/GreenResultsPanel';
import { resolveFactors } from '../../../../shared/factors';
import type { ProjectFigures } from '../../../../shared/package/schema';
import { screenEs } from '../../../../shared/scoring/es';
import { assessGreen } from '../../../../shared/scoring/green';
import { womenLed } from '../../../../shared/scoring/womenLed';
import { basePackage } from '../../../shared/engine/fixtures/basePackage';
import { MINI_PACK } from '../../../shared/engine/fixtures/miniPack';

const baseline: ProjectFigures = {
  productionKg: 100_000,
  electricityKwh: 200_000,
  heatGcal: 0,
  coalT: 0,
  dieselL: 0,
  waterM3: 5000,
  energyCostMnt: 100_000_000,
};
const pkg = basePackage();
const result = assessGreen(
  {
    title: 'Motors',
    measure: 'M-MOTOR',
    taxonomyCode: 'MGT-EE',
    investmentMnt: 9_000_000,
    lifetimeYears: 10,
    baseline,
    // 2.0 → 1.9 kWh/kg: a 5 % saving, the 20 % needs 1.6 kWh/kg; water 50 → 45 L/kg.
    projected: { ...baseline, electricityKwh: 190_000, waterM3: 4500 },
  },
  MINI_PACK,
  screenEs(pkg, MINI_PACK, { asOf: '2025-06-30', signingDate: '2025-07-01' }),
  resolveFactors(),
  womenLed(pkg.organisation, null),
);

beforeEach(() => localStorage.setItem('gt.language', 'en'));

describe('GreenResultsPanel: what would make it pass', () => {
  it('gives the figure to reach for each qualifying criterion, not the ones outside the category', () => {
    render(
      <LanguageProvider>
        <GreenResultsPanel result={result} />
      </LanguageProvider>,
    );
    const list = screen.getByTestId('green-to-pass');
    expect(list).toHaveTextContent(
      'energy per kg must fall to 1.6 kWh/kg or less to reach the 20% saving (now 1.9 kWh/kg after the project, 2 before)',
    );
    expect(list).toHaveTextContent('(GC-GHG-1): CO2 per kg must fall to');
    // Water is not a criterion of energy efficiency (MGT-EE): it does not block this project.
    expect(list).not.toHaveTextContent('GC-WAT-1');
  });
});
