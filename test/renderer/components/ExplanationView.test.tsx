import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { labourIndicators } from '../../../shared/calc/labour';
import { valuesFromRecord } from '../../../shared/calc/valueTable';
import { computePeriodIndicators } from '../../../shared/calc/periods';
import { factorsFor } from '../../../shared/factors/resolve';
import { scoreVcp } from '../../../shared/scoring/vcp';
import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import type { Explanation } from '../../../shared/explain/types';
import type { Language } from '../../../shared/package/enums';
import { LanguageContext } from '../../../renderer/src/app/LanguageContext';
import { ExplanationView } from '../../../renderer/src/components/ExplanationView';
import { testI18n } from '../testI18n';

function show(explanation: Explanation, language: Language) {
  const i18n = testI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={{ language, setLanguage: () => undefined }}>
        <ExplanationView explanation={explanation} />
      </LanguageContext.Provider>
    </I18nextProvider>,
  );
}

const canonical = (value: number) => ({ value, ncvKcalPerKg: null });

const ltifr = labourIndicators(
  valuesFromRecord({
    'labour.lost_time_injuries': canonical(2),
    'labour.hours_worked': canonical(400_000),
  }),
  { wage: null, minimum: undefined, period: '2024-03' },
).ltifr.explanation;

const electricity = computePeriodIndicators(
  [{ period: '2024-03', values: { 'energy.electricity': { value: 12_000, unit: 'kWh' } } }],
  [],
  factorsFor(undefined),
).periods[0]?.indicators.emissions.byCarrier.electricity?.explanation;
if (!electricity) throw new Error('no electricity CO2 explanation');

const item = ACTIVE_PACK.vcpItems[0];
if (!item) throw new Error('empty pack');
const pillar = scoreVcp(ACTIVE_PACK, [], {
  packVersion: ACTIVE_PACK.version,
  status: 'draft',
  version: 1,
  answers: { [item.id]: { answer: 'partly' } },
}).pillars.find((p) => p.pillar === item.pillar)?.scorePct.explanation;
if (!pillar) throw new Error('no pillar');

describe('ExplanationView', () => {
  it('leads with a line a manager can read, in both languages', () => {
    // 12,000 kWh = 12 MWh × 0.797 tCO2/MWh = 9.564 t CO2e
    show(electricity, 'en');
    expect(screen.getByTestId('explain-line')).toHaveTextContent(
      '9.56 tCO2e = Electricity (grid) 12 MWh × 0.797 tCO2/MWh',
    );
    cleanup();
    show(electricity, 'mn');
    expect(screen.getByTestId('explain-line')).toHaveTextContent(
      '9.56 т CO2e = Цахилгаан эрчим хүч (сүлжээ) 12 МВт·ц × 0.797 т CO2/МВт·ц',
    );
    cleanup();
  });

  it('keeps the engine formula and input ids behind "step by step" when a readable line leads', () => {
    // A manager reads "9.56 tCO2e = …"; `[energy.electricity]` and the raw formula are for an
    // auditor, one click away, not shown first as if they were the explanation.
    const { container } = show(electricity, 'en');
    const steps = container.querySelector('details.explain-steps');
    expect(steps).not.toBeNull();
    expect(steps).not.toHaveAttribute('open');
    expect(screen.getByText('How it was computed, step by step')).toBeVisible();
    expect(screen.getByText(/\[energy\.electricity\]/)).not.toBeVisible();
    cleanup();
  });

  it('in Mongolian shows the formula, labels, units and answers in Mongolian, flagged unreviewed', () => {
    show(ltifr, 'mn');
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('ажлын цаг алдсан осол × 1 000 000 ÷ ажилласан цаг');
    expect(note).not.toHaveTextContent('lost-time injuries');
    // Input labels come from the metric catalogue; units in words are translated.
    expect(note).toHaveTextContent('Ажилласан цаг =');
    expect(note).toHaveTextContent('1 000 000 цаг тутамд');
    expect(note).not.toHaveTextContent('per 1,000,000 h');
    const badge = screen.getByText('Монгол орчуулгыг хянаагүй');
    // The engine's English record stays one hover away.
    expect(badge).toHaveAttribute('title', expect.stringContaining(ltifr.formula));
  });

  it('shows a VCP answer as a Mongolian word next to the item’s Mongolian question', () => {
    show(pillar, 'mn');
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(`${item.question.mn} = хэсэгчлэн хариулт`);
    expect(note).toHaveTextContent('хариулаагүй');
    expect(note).not.toHaveTextContent('unanswered');
    expect(note).not.toHaveTextContent(item.question.en);
  });

  it('in Mongolian writes symbol units in Cyrillic, in English as the engine wrote them', () => {
    show(electricity, 'mn');
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('кВт·ц');
    expect(note).toHaveTextContent('т CO2/МВт·ц');
    expect(note).not.toHaveTextContent('kWh');
    expect(note).not.toHaveTextContent('tCO2');
    expect(note).toHaveTextContent('т CO2 = кВт·ц ÷ 1000');
    cleanup();
    show(electricity, 'en');
    expect(screen.getByRole('note')).toHaveTextContent('tCO2/MWh');
  });

  it('in English shows the engine’s record as written, without the review flag', () => {
    show(ltifr, 'en');
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(ltifr.formula);
    expect(note).toHaveTextContent('per 1,000,000 h');
    expect(screen.queryByText('Mongolian not yet reviewed')).toBeNull();
  });

  it('falls back to the English formula when an explanation has no key', () => {
    const unkeyed: Explanation = { ...ltifr };
    delete unkeyed.formulaKey;
    show(unkeyed, 'mn');
    expect(screen.getByRole('note')).toHaveTextContent(ltifr.formula);
  });
});
