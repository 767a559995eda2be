import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { computePeriodIndicators } from '../../../../shared/calc/periods';
import { factorsFor } from '../../../../shared/factors/resolve';
import type { Language } from '../../../../shared/package/enums';
import { LanguageContext } from '../../../../renderer/src/app/LanguageContext';
import { EnergyChart } from '../../../../renderer/src/features/dashboard/EnergyChart';
import { testI18n } from '../../testI18n';

// March 2025: 322,465.6 kWh of grid electricity and 100 t of coal at 3,400 kcal/kg.
// By hand: 3,400 kcal/kg × 4.1868 kJ/kcal = 14.23512 GJ/t; 100 t = 1,423.512 GJ = 1,423.512 ÷
// 0.0036 = 395,420 kWh; the month's bar = 322,465.6 + 395,420 = 717,885.6 → 717,886 kWh.
const results = computePeriodIndicators(
  [
    {
      period: '2025-03',
      values: {
        'energy.electricity': { value: 322_465.6, unit: 'kWh' },
        'energy.coal': { value: 100, unit: 't', ncvKcalPerKg: 3400 },
      },
    },
  ],
  [],
  factorsFor(undefined),
);

async function openMarch(language: Language) {
  const i18n = testI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={{ language, setLanguage: () => undefined }}>
        <EnergyChart results={results} year="2025" empty={null} waiting={false} />
      </LanguageContext.Provider>
    </I18nextProvider>,
  );
  const keys = screen.getAllByRole('button', { hidden: true });
  await userEvent.setup().click(keys.find((b) => /717/.test(b.getAttribute('aria-label') ?? ''))!);
  return screen.getByTestId('chart-energy-explanation');
}

afterEach(cleanup);

describe('EnergyChart explanation of a month', () => {
  it('writes the bar out as the sum of its sources, adding up as shown', async () => {
    const panel = await openMarch('en');
    expect(within(panel).getByTestId('energy-explanation-sum')).toHaveTextContent(
      '717,886 kWh = Electricity 322,466 kWh + Coal 395,420 kWh',
    );
    // Factors by name with a source a bank can look up, not a pointer into our notes.
    expect(panel).toHaveTextContent('Coal net calorific value (supplier certificate)');
    expect(panel).not.toHaveTextContent('reference.md');
  });

  it('in Mongolian says "not reviewed" once for the whole explanation, with Mongolian sources', async () => {
    const panel = await openMarch('mn');
    expect(within(panel).getAllByTestId('explain-unreviewed')).toHaveLength(1);
    expect(within(panel).getByTestId('energy-explanation-sum')).toHaveTextContent(
      '717,886 кВт·ц = Цахилгаан 322,466 кВт·ц + Нүүрс 395,420 кВт·ц',
    );
    expect(panel).toHaveTextContent('Нүүрсний илчлэг (нийлүүлэгчийн гэрчилгээ)');
    expect(panel).toHaveTextContent('Нийлүүлэгчийн нүүрсний гэрчилгээ (оруулсан)');
    expect(panel).not.toHaveTextContent('Supplier');
  });
});
